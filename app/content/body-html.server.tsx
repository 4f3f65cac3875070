/**
 * Portable Text bodies rendered to HTML on the server with @portabletext/react, so the browser
 * never loads the renderer (4 KB gzip on every page with a body; docs/decisions/0021). React
 * escapes every text and attribute; links keep only safe schemes (`safeHref`); image blocks
 * arrive resolved (`bodyView` in app/content/images.ts) and render as `ContentImage` figures.
 * The page inserts the string as the body's markup (`PortableTextBody`).
 */
import { PortableText, type PortableTextComponents } from "@portabletext/react";
import { renderToStaticMarkup } from "react-dom/server";
import { ContentImage } from "~/components/ContentImage";
import type { BodyBlocks } from "~/content/views";
import type { ImageBlockView } from "~/content/images";
import { safeHref } from "~/utils/safe-href";

/** The body's markup, as `PortableTextBody` inserts it. */
export type BodyHtml = string;

const SIZES = "(min-width: 48rem) 44rem, 100vw";

const components: PortableTextComponents = {
  marks: {
    link: ({ value, children }) => {
      const href = safeHref(value?.href);
      if (!href) return <>{children}</>;
      const external = href.startsWith("http");
      return (
        <a href={href} rel={external ? "noopener noreferrer" : undefined}>
          {children}
        </a>
      );
    },
  },
  types: {
    image: ({ value }: { value: ImageBlockView }) => <ContentImage image={value.image} sizes={SIZES} />,
  },
  // Unknown block types render nothing rather than a warning box.
  unknownType: () => null,
  unknownMark: ({ children }) => <>{children}</>,
};

/** A resolved body as HTML; null when there is none (the page then shows no body). */
export function bodyHtml(body: BodyBlocks | null | undefined): BodyHtml | null {
  if (!body?.length) return null;
  return renderToStaticMarkup(<PortableText value={body} components={components} onMissingComponent={false} />);
}
