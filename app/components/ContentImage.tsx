/** A dataset image at the sizes the layout needs, through the one image URL builder. */
import type { ImageConfig } from "~/content/source.server";
import { urlForImage } from "~/content/images";
import type { ImageRef } from "~/content/views";

const WIDTHS = [480, 800, 1200, 1600];

export function ContentImage({
  image,
  imageConfig,
  sizes,
  className,
  figure = true,
  priority = false,
}: {
  image: ImageRef | null | undefined;
  imageConfig: ImageConfig;
  sizes: string;
  className?: string;
  figure?: boolean;
  /** The page's main image loads at once; others when scrolled near. */
  priority?: boolean;
}) {
  if (!image?.asset?._ref) return null;
  const ratio = image.dimensions?.aspectRatio ?? 16 / 9;
  const src = (w: number) => urlForImage(image, imageConfig).width(w).height(Math.round(w / ratio)).url();
  const img = (
    <img
      src={src(800)}
      srcSet={WIDTHS.map((w) => `${src(w)} ${w}w`).join(", ")}
      sizes={sizes}
      width={800}
      height={Math.round(800 / ratio)}
      alt={image.alt ?? ""}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
    />
  );
  if (!figure) return img;
  return (
    <figure className={className}>
      {img}
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  );
}
