/**
 * Image URLs resolved in loaders: the one place that reads the content source's image
 * configuration. Loaders hand components `ImageView`s (app/content/images.ts), so no
 * URL builder and no configuration travel to the browser.
 */
import { bodyView, imageView, type BodyView, type ImageFields, type ImageLayout, type ImageView } from "./images";
import { getContentSource } from "./load.server";

/** A document with `mainImage` and the image blocks of `body` resolved. */
export type WithImageViews<T> = {
  [K in keyof T]: K extends "mainImage" ? ImageView | null : K extends "body" ? BodyView<T[K]> : T[K];
};

interface WithImages {
  mainImage?: ImageFields | null;
  body?: readonly { _type: string }[] | null;
}

/**
 * Resolves a document's images: `mainImage` for `mainImageLayout` (the page's own image
 * shows the editor's crop whole; a card passes its aspect ratio), body images as figures.
 */
export function withImageViews<T extends WithImages>(
  doc: T,
  mainImageLayout: ImageLayout = "natural",
): WithImageViews<T> {
  const config = getContentSource().imageConfig;
  const images: { mainImage?: ImageView | null; body?: unknown } = {};
  if ("mainImage" in doc) images.mainImage = imageView(doc.mainImage, config, mainImageLayout);
  if ("body" in doc) images.body = bodyView(doc.body, config);
  // The mapped type says per key what the two assignments above did; TypeScript cannot
  // follow an `in` check on a generic to the keys of the result.
  return { ...doc, ...images } as WithImageViews<T>;
}
