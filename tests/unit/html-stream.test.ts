import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { closeDocumentLast } from "~/utils/html-stream.server";

async function run(chunks: (string | Buffer)[]) {
  return text(Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))).pipe(closeDocumentLast()));
}

describe("closing tags after streamed scripts", () => {
  it("moves </body></html> after scripts that follow it", async () => {
    expect(await run(["<html><body><p>x</p></body></html>", "<script>a()</script>"])).toBe(
      "<html><body><p>x</p><script>a()</script></body></html>",
    );
  });
  it("finds the closing tags split across chunks", async () => {
    expect(await run(["<body>x</bo", "dy></ht", "ml><script>b()</script>"])).toBe(
      "<body>x<script>b()</script></body></html>",
    );
  });
  it("keeps multi-byte characters split across chunks intact", async () => {
    const bytes = Buffer.from("<p>Hậu Giang 日本語</p></body></html>");
    expect(await run([bytes.subarray(0, 6), bytes.subarray(6, 17), bytes.subarray(17)])).toBe(
      "<p>Hậu Giang 日本語</p></body></html>",
    );
  });
  it("leaves a fragment without closing tags unchanged", async () => {
    expect(await run(["<p>a</p>", "<p>b</p>"])).toBe("<p>a</p><p>b</p>");
  });
});

describe("React's zero-byte padding", () => {
  it("is removed from the document", async () => {
    expect(await run([Buffer.concat([Buffer.from("<p>a"), Buffer.alloc(3), Buffer.from("ậ</p>")])])).toBe("<p>aậ</p>");
  });
});

describe("module preloads", () => {
  const link = (href: string) => `<link rel="modulepreload" href="${href}"/>`;
  const low = (href: string) => `<link rel="modulepreload" fetchpriority="low" href="${href}"/>`;

  it("are fetched at low priority, so they do not compete with what the first paint needs", async () => {
    expect(await run([`<head></head><body><p>x</p>${link("/build/a.js")}${link("/build/b.js")}</body></html>`])).toBe(
      `<head></head><body><p>x</p>${low("/build/a.js")}${low("/build/b.js")}</body></html>`,
    );
  });
  it("are found split across chunks, and rewritten once", async () => {
    const html = `<body><p>x</p>${link("/build/a.js")}${link("/build/b.js")}</body></html>`;
    for (let at = 1; at < html.length; at++) {
      expect(await run([html.slice(0, at), html.slice(at)])).toBe(
        `<body><p>x</p>${low("/build/a.js")}${low("/build/b.js")}</body></html>`,
      );
    }
  });
  it("leave other links and the page's text alone", async () => {
    const html = `<link rel="stylesheet" href="/s.css"/><p>rel="modulepreload"</p></body></html>`;
    expect(await run([html])).toBe(html);
  });
});
