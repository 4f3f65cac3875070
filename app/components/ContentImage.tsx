/** A content image at the sizes the layout needs; its URLs were resolved by the loader (app/content/images.ts). */
import type { ImageView } from "~/content/views";

export function ContentImage({
  image,
  sizes,
  className,
  figure = true,
  priority = false,
}: {
  image: ImageView | null | undefined;
  sizes: string;
  className?: string;
  figure?: boolean;
  /** The page's main image loads at once; others when scrolled near. */
  priority?: boolean;
}) {
  if (!image) return null;
  const img = (
    <img
      src={image.src}
      srcSet={image.srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
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
