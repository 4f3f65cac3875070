// Placeholder until the js-budget branch lands its own module of this name: the JavaScript a page makes the browser load, in gzip bytes.
import { gzipSync } from "node:zlib";

/**
 * `pageJavaScript(baseUrl, path)` → `{ files, gzip }`: the page's script and modulepreload
 * URLs under /build/, each fetched once and gzip-compressed at level 6 (what the server's
 * compression middleware sends), plus its inline scripts.
 */
export async function pageJavaScript(baseUrl, path) {
  const html = await (await fetch(baseUrl + path)).text();
  const srcs = new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/build\/[^"]+\.js)"/g)].map((m) => m[1]),
  );
  let gzip = 0;
  for (const src of srcs) gzip += gzipSync(Buffer.from(await (await fetch(baseUrl + src)).arrayBuffer())).length;
  const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  gzip += gzipSync(inline).length;
  return { files: srcs.size, gzip };
}
