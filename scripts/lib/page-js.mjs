// The JavaScript a page makes the browser download: every /build/*.js the HTML names (<script src>,
// modulepreload, `import "…"` in inline module scripts), plus what those modules import statically,
// each counted once and measured gzipped (zlib level 9, as the server's compression would at best).
// Shared by the budget script (scripts/js-budget.mjs) and the benchmarks; keep the signature.
import { gzipSync } from "node:zlib";

/** `/build/….js` URLs named in a page's HTML. */
function scriptsInHtml(html) {
  const found = new Set();
  const patterns = [
    /<script\b[^>]*\bsrc="([^"]+\.js)"/g,
    /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g,
    /<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"/g,
    /\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']([^"']+\.js)["']/g,
    /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of html.matchAll(pattern)) found.add(m[1]);
  return [...found].filter((u) => new URL(u, "http://x").pathname.startsWith("/build/"));
}

/** Static imports of an esbuild chunk (`import{a}from"./chunk-X.js"`, `import"./x.js"`); dynamic ones are not loaded up front. */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) found.add(m[1]);
  for (const m of code.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g)) found.add(m[1]);
  return [...found];
}

/** A GET without compression; retried once if a kept-alive connection was closed under it (the server's idle timeout). */
async function get(url) {
  const init = { headers: { "Accept-Encoding": "identity" } };
  try {
    return await fetch(url, init);
  } catch {
    return await fetch(url, init);
  }
}

/**
 * @param {string} baseUrl e.g. http://127.0.0.1:3000
 * @param {string} path e.g. /en/invest/opportunities
 * @returns {Promise<{ files: { url: string, bytes: number, gzip: number }[], gzip: number }>}
 */
export async function pageJavaScript(baseUrl, path) {
  const page = new URL(path, baseUrl);
  const response = await get(page);
  const html = await response.text();
  const queue = scriptsInHtml(html).map((u) => new URL(u, page).href);
  const seen = new Set();
  const files = [];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const r = await get(url);
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    const body = Buffer.from(await r.arrayBuffer());
    files.push({ url: new URL(url).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    for (const imported of staticImports(body.toString("utf8"))) {
      const next = new URL(imported, url);
      if (next.pathname.startsWith("/build/")) queue.push(next.href);
    }
  }
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}
