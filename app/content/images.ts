/**
 * Image URLs, built on the server: loaders turn each queried image into an `ImageView`
 * (src, srcSet, size, alt, caption), so components only draw <img> and no URL builder
 * reaches the browser. One @sanity/image-url builder per image configuration. On Sanity
 * the URLs point at its CDN; in the embedded mode at this site
 * (`/images/<projectId>/<dataset>/<file>?w=…`), where
 * app/routes/images.$projectId.$dataset.$file.tsx cuts and resizes the dataset's files.
 *
 * The editor's crop and hotspot (Studio) are honoured by the builder: given the whole
 * image object and a width and height, it computes the `rect` inside the crop, centred
 * on the hotspot, for the aspect ratio the layout asks for.
 */
import imageUrlBuilder from "@sanity/image-url";
import type { SanityImageSource } from "@sanity/image-url/lib/types/types";

export interface ImageConfig {
  projectId: string;
  dataset: string;
  /** Where image URLs point: Sanity's CDN, or "" (this site) in the embedded mode. */
  baseUrl: string;
}

/** An image as a component draws it: every URL already built. */
export interface ImageView {
  src: string;
  srcSet: string;
  /** Intrinsic size of `src`, so the browser reserves the space before it loads. */
  width: number;
  height: number;
  alt: string;
  caption: string | null;
}

/** The image fields every query projects (`imageFields` in queries.ts). */
export interface ImageFields {
  alt?: string | null;
  caption?: string | null;
  asset?: { _ref: string } | null;
  crop?: { top: number; bottom: number; left: number; right: number } | null;
  hotspot?: { x: number; y: number; width: number; height: number } | null;
}

/**
 * How an image is laid out: `natural` shows the editor's crop whole (figures, an
 * article's main image); a number is a fixed aspect ratio (width / height) that the
 * image is cut to around the hotspot (cards).
 */
export type ImageLayout = "natural" | number;

/** The card grid's frame (`.card__media` in site.css). */
export const CARD_ASPECT_RATIO = 16 / 9;

/** Widths offered in srcset; the one at `SRC_WIDTH` is the fallback `src`. */
export const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;
const SRC_WIDTH = 800;

type Builder = ReturnType<typeof imageUrlBuilder>;

const builders = new Map<string, Builder>();

function builderFor(config: ImageConfig): Builder {
  const key = `${config.projectId}\u0000${config.dataset}\u0000${config.baseUrl}`;
  let builder = builders.get(key);
  if (!builder) {
    builder = imageUrlBuilder({
      projectId: config.projectId,
      dataset: config.dataset,
      // The builder treats "" as "use Sanity's CDN"; "/" is trimmed to "" when the URL is
      // built, which gives a root-relative URL on this site.
      baseUrl: config.baseUrl === "" ? "/" : config.baseUrl,
    });
    builders.set(key, builder);
  }
  return builder;
}

/**
 * A URL builder for one image, with the defaults every image wants: the best format the
 * browser accepts (`auto=format`) and no upscaling. Chain `.width()`, `.height()`, `.url()`.
 */
export function urlForImage(image: SanityImageSource, config: ImageConfig) {
  return builderFor(config).image(image).auto("format").fit("max");
}

// `image-<sha1>-<width>x<height>-<format>`: asset ids carry the original's size.
const ASSET_REF = /^image-[A-Za-z0-9]+-(\d+)x(\d+)-[a-z]+$/;

/** Width / height of what the editor's crop leaves of the original. */
function croppedAspectRatio(image: ImageFields, width: number, height: number): number {
  const crop = image.crop;
  const w = width * (1 - (crop?.left ?? 0) - (crop?.right ?? 0));
  const h = height * (1 - (crop?.top ?? 0) - (crop?.bottom ?? 0));
  return w > 0 && h > 0 ? w / h : width / height;
}

/** The image's URLs for a layout, or null when it has no (valid) asset. */
export function imageView(
  image: ImageFields | null | undefined,
  config: ImageConfig,
  layout: ImageLayout,
): ImageView | null {
  const ref = image?.asset?._ref;
  const size = ref ? ASSET_REF.exec(ref) : null;
  if (!image || !size) return null;
  const alt = image.alt ?? "";
  const caption = image.caption ?? null;
  // The URLs depend on the asset, crop, hotspot, layout and configuration only: built once
  // for all requests (nine builder calls per image, dozens of images per home page).
  const key = JSON.stringify([
    ref,
    image.crop,
    image.hotspot,
    layout,
    config.projectId,
    config.dataset,
    config.baseUrl,
  ]);
  const known = urlsMemo.get(key);
  if (known) return { ...known, alt, caption };
  const ratio = layout === "natural" ? croppedAspectRatio(image, Number(size[1]), Number(size[2])) : layout;
  // The builder reads crop and hotspot from the image object; it wants no nulls there.
  const source = {
    asset: { _ref: ref! },
    ...(image.crop ? { crop: image.crop } : {}),
    ...(image.hotspot ? { hotspot: image.hotspot } : {}),
  };
  const url = (w: number) =>
    layout === "natural"
      ? // A width alone: the builder then asks for the crop exactly (with a height too, it
        // would refit the crop to the rounded ratio and shave a pixel column off).
        urlForImage(source, config).width(w).url()
      : // Width and height: the builder picks the window of that ratio around the hotspot.
        urlForImage(source, config)
          .width(w)
          .height(Math.round(w / ratio))
          .fit("crop")
          .url();
  const urls = {
    src: url(SRC_WIDTH),
    srcSet: IMAGE_WIDTHS.map((w) => `${url(w)} ${w}w`).join(", "),
    width: SRC_WIDTH,
    height: Math.round(SRC_WIDTH / ratio),
  };
  // Bounded: a dataset with more images than this starts the memo again (a plain Map, no
  // library, since this module also serves the browser bundle's types and constants).
  if (urlsMemo.size >= URLS_MEMO_MAX) urlsMemo.clear();
  urlsMemo.set(key, urls);
  return { ...urls, alt, caption };
}
const URLS_MEMO_MAX = 20_000;
const urlsMemo = new Map<string, Omit<ImageView, "alt" | "caption">>();

/** A Portable Text image block after the loader resolved its URLs. */
export interface ImageBlockView {
  _type: "image";
  _key: string;
  image: ImageView | null;
}

type ImageBlock = { _type: "image"; _key: string } & ImageFields;

/** Portable Text with every image block resolved: what `PortableTextBody` renders. */
export type BodyView<B> = B extends readonly (infer E)[] ? (E extends { _type: "image" } ? ImageBlockView : E)[] : null;

/** Resolves the image blocks of a Portable Text body (figures keep the editor's crop). */
export function bodyView<B extends readonly { _type: string }[] | null | undefined>(
  body: B,
  config: ImageConfig,
): BodyView<B> {
  if (!body) return null as BodyView<B>; // the conditional type cannot follow the narrowing to null
  return body.map((block) =>
    isImageBlock(block) ? { _type: "image", _key: block._key, image: imageView(block, config, "natural") } : block,
  ) as BodyView<B>; // nor the per-element mapping: it is exactly BodyView's definition
}

function isImageBlock(block: { _type: string }): block is ImageBlock {
  return block._type === "image";
}
