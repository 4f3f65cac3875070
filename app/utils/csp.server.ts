/**
 * The site's Content-Security-Policy, with inline scripts allowed by their SHA-256 hashes
 * (docs/decisions/0010): the same page gives the same bytes and the same header to every
 * reader, so a response can be cached and shared (our page cache, a CDN) without sharing
 * a nonce, and the policy stays strict (no 'unsafe-inline').
 */
import { createHash } from "node:crypto";

/**
 * The text of every inline script a browser would run: `<script>` without `src` and of a
 * JavaScript or module type (JSON-LD and other data blocks run nothing and need no hash).
 * The text between the tags is what the browser hashes (script contents are not entity-decoded).
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes, text] = match;
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== "module" && type !== "text/javascript" && type !== "application/javascript") continue;
    scripts.push(text);
  }
  return scripts;
}

/** CSP hash sources (`'sha256-…'`) for the inline scripts of a document, each once. */
export function scriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(hashOf))];
}

// Most inline scripts (Remix's module script of a route set, its stream bootstrap) are the same
// text on every render: hashed once. The page's own data script differs and is hashed anew.
const known = new Map<string, string>();
const KNOWN_MAX = 2_000;
function hashOf(text: string): string {
  let hash = known.get(text);
  if (hash === undefined) {
    hash = `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    // Short scripts only: a page's data script is long and rarely seen twice.
    if (text.length <= 4_096) {
      if (known.size >= KNOWN_MAX) known.clear();
      known.set(text, hash);
    }
  }
  return hash;
}

/**
 * The policy for a response: `scriptHashes` for an HTML document's inline scripts, none for
 * everything else. Development adds what `remix dev` needs (eval for HMR, its WebSocket).
 */
export function contentSecurityPolicy({
  scriptHashes = [],
  development = false,
}: { scriptHashes?: readonly string[]; development?: boolean } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...scriptHashes, ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", "https://cdn.sanity.io"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}
