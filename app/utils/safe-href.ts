/**
 * The one rule for links that come from content (Portable Text marks, sources, documents,
 * registration links): only http, https, mailto and tel; anything else (javascript:, data:,
 * relative tricks) is dropped and the caller renders plain text. Its own module so that a page
 * citing a source does not pull @portabletext/react into its bundle.
 */
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
