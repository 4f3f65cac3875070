/**
 * Portable Text rendered with @portabletext/react. Links are kept only for http, https,
 * mailto and tel; anything else (javascript:, data:, relative tricks) renders as plain text.
 * Image blocks arrive with their URLs resolved by the loader (`BodyView` in app/content/images.ts).
 */
import { PortableText, type PortableTextComponents } from "@portabletext/react";
import type { BodyBlocks, ImageBlockView } from "~/content/views";
import { ContentImage } from "./ContentImage";

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

export function safeHref(href: unknown): string | null {
  if (typeof href !== "string") return null;
  try {
    const url = new URL(href.trim());
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

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

export function PortableTextBody({ value }: { value: BodyBlocks | null | undefined }) {
  if (!value?.length) return null;
  return (
    <div className="prose">
      <PortableText value={value} components={components} onMissingComponent={false} />
    </div>
  );
}
