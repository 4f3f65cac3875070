/**
 * Portable Text rendered with @portabletext/react. Links are kept only for http, https,
 * mailto and tel; anything else (javascript:, data:, relative tricks) renders as plain text.
 */
import { PortableText, type PortableTextComponents } from "@portabletext/react";
import type { ImageConfig } from "~/content/source.server";
import type { ImageRef } from "~/content/views";
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

function components(imageConfig: ImageConfig): PortableTextComponents {
  return {
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
      figure: ({ value }: { value: ImageRef }) => <ContentImage image={value} imageConfig={imageConfig} sizes="(min-width: 48rem) 44rem, 100vw" />,
      image: ({ value }: { value: ImageRef }) => <ContentImage image={value} imageConfig={imageConfig} sizes="(min-width: 48rem) 44rem, 100vw" />,
    },
    // Unknown block types render nothing rather than a warning box.
    unknownType: () => null,
    unknownMark: ({ children }) => <>{children}</>,
  };
}

export function PortableTextBody({ value, imageConfig }: { value: unknown; imageConfig: ImageConfig }) {
  if (!Array.isArray(value) || value.length === 0) return null;
  return (
    <div className="prose">
      <PortableText value={value} components={components(imageConfig)} onMissingComponent={false} />
    </div>
  );
}
