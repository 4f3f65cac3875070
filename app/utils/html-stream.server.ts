/**
 * React streams Remix's data scripts (single fetch) after `</body></html>`; browsers
 * cope, but it is invalid HTML ("Stray start tag script" in the Nu HTML Checker). This
 * transform holds the closing tags back and writes them after the last script.
 *
 * It also drops U+0000: React 18.3's streaming renderer pads a 2 KB chunk with zero
 * bytes when a multi-byte character does not fit at its end (facebook/react#31134),
 * and HTML may not contain U+0000.
 *
 * And it gives Remix's modulepreload links a low fetch priority (see MODULEPRELOAD below).
 */
import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";

const CLOSE = "</body></html>";

/**
 * Remix's <Scripts/> preloads every module of the page (about 25 files, 100 KB gzip) with
 * `<link rel="modulepreload">`, which browsers fetch at high priority, alongside the
 * stylesheet that first paint waits for. On a slow connection they share its bandwidth, and
 * Lighthouse's simulation counts high-priority scripts as render-blocking. At low priority
 * they come after what the first paint needs; the page is readable before it is hydrated
 * (everything works without JavaScript). <Scripts/> takes no attribute for its links, so the
 * HTML is rewritten here; React ignores the attribute when it hydrates.
 */
const MODULEPRELOAD_TAG = '<link rel="modulepreload"';
const MODULEPRELOAD = /<link rel="modulepreload"(?! fetchpriority)/g;
const LOW_PRIORITY = '<link rel="modulepreload" fetchpriority="low"';

export function closeDocumentLast(): Transform {
  // A decoder, not chunk.toString(): a chunk may end in the middle of a UTF-8 character.
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let sawClose = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      // eslint-disable-next-line no-control-regex -- the zero bytes are what this strips
      pending += decoder.write(chunk).replace(/\u0000/g, "");
      if (!sawClose) pending = pending.replace(MODULEPRELOAD, LOW_PRIORITY);
      if (!sawClose) {
        const at = pending.indexOf(CLOSE);
        if (at !== -1) {
          sawClose = true;
          pending = pending.slice(0, at) + pending.slice(at + CLOSE.length);
        }
      }
      // Until the closing tags are seen, hold back a tail that may be their split beginning.
      // (and of a modulepreload link, whose priority is set above).
      const keep = sawClose ? 0 : Math.max(CLOSE.length, MODULEPRELOAD_TAG.length) - 1;
      const out = pending.slice(0, Math.max(0, pending.length - keep));
      pending = pending.slice(out.length);
      callback(null, out);
    },
    flush(callback) {
      // eslint-disable-next-line no-control-regex -- as above
      callback(null, pending + decoder.end().replace(/\u0000/g, "") + (sawClose ? CLOSE : ""));
    },
  });
}
