/**
 * Image URLs resolved in loaders: the one place that reads the content source's image
 * configuration. Loaders hand components `ImageView`s (app/content/images.ts), so no
 * URL builder and no configuration travel to the browser.
 */
import { bodyView, imageView, type ImageFields, type ImageLayout, type ImageView } from "./images";
import { bodyHtml, type BodyHtml } from "./body-html.server";
import { getContentSource } from "./load.server";

/** A document with `mainImage` resolved and `body` rendered to HTML (its image blocks resolved first). */
export type WithImageViews<T> = {
  [K in keyof T]: K extends "mainImage" ? ImageView | null : K extends "body" ? BodyHtml | null : T[K];
};

interface WithImages {
  mainImage?: ImageFields | null;
  body?: readonly { _type: string }[] | null;
}

/**
 * Resolves a document's images: `mainImage` for `mainImageLayout` (the page's own image
 * shows the editor's crop whole; a card passes its aspect ratio), body images as figures, and
 * the body rendered to HTML on the server (`bodyHtml`).
 */
export function withImageViews<T extends WithImages>(
  doc: T,
  mainImageLayout: ImageLayout = "natural",
): WithImageViews<T> {
  const config = getContentSource().imageConfig;
  const images: { mainImage?: ImageView | null; body?: unknown } = {};
  if ("mainImage" in doc) images.mainImage = imageView(doc.mainImage, config, mainImageLayout);
  if ("body" in doc) images.body = bodyHtml(bodyView(doc.body, config));
  // The mapped type says per key what the two assignments above did; TypeScript cannot
  // follow an `in` check on a generic to the keys of the result.
  return { ...doc, ...images } as WithImageViews<T>;
}
