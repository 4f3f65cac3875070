/**
 * The site on the content store, over HTTP against the production build (its own server
 * and store): a title published through the actions API shows at once on every page that
 * shows that version, in every language that falls back to it; the seed's images are real
 * assets served from the store; uploads answer Sanity's shapes and limits; the inquiry
 * outbox writes each inquiry into the store exactly once, and anonymous readers never see it.
 */
import { readFileSync } from "node:fs";
import type { SanityClient } from "@sanity/client";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_WITHOUT_JA } from "../pages";
import { VALID_FIELDS, openForm, postForm, referenceOf, sleep } from "../support/inquiry-client";
import { startServer, TEST_STORE_TOKEN, type RunningServer } from "../support/server";
import { storeClient } from "../support/store-client";

let server: RunningServer;
let editor: SanityClient;
let anonymous: SanityClient;

beforeAll(async () => {
  server = await startServer({ INQUIRY_MIN_FILL_MS: "0", INQUIRY_OUTBOX_BASE_MS: "200", INQUIRY_OUTBOX_MAX_MS: "400" });
  editor = storeClient(server.baseUrl);
  anonymous = storeClient(server.baseUrl, null);
});

afterAll(async () => {
  await server?.stop();
});

async function page(path: string): Promise<string> {
  const response = await fetch(server.baseUrl + path);
  expect(response.status, path).toBe(200);
  return response.text();
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe("an edit published in the store", () => {
  it("shows at once in every language that shows that version, and nowhere else", async () => {
    const en = ARTICLE_WITHOUT_JA.get("en")!;
    const vi = ARTICLE_WITHOUT_JA.get("vi")!;
    // Pages in these languages fall back to the English version (requested → en → vi).
    const fallingBack = (["ja", "ko", "zh-Hans", "fr"] as const).filter((lang) => !ARTICLE_WITHOUT_JA.has(lang));
    expect(fallingBack).toContain("ja");
    for (const lang of ["en", ...fallingBack]) expect(await page(`/${lang}/news/${en.slug}`)).toContain(en.title);

    const title = `${en.title} — updated in the store`;
    const draftId = `drafts.${en._id}`;
    await editor.request({
      method: "POST",
      url: "/data/actions/production",
      body: {
        actions: [
          {
            actionType: "sanity.action.document.edit",
            draftId,
            publishedId: en._id,
            patch: { set: { title } },
          },
          { actionType: "sanity.action.document.publish", draftId, publishedId: en._id },
        ],
      },
    });
    expect(await anonymous.fetch("*[_id == $id][0].title", { id: en._id })).toBe(title);

    for (const lang of ["en", ...fallingBack]) {
      const html = await page(`/${lang}/news/${en.slug}`);
      expect(html, lang).toContain(title);
    }
    expect(await page(`/vi/news/${vi.slug}`)).not.toContain(title);
    // Lists too: the English news list shows the new title.
    let found = false;
    for (let n = 1; n <= 10 && !found; n++) found = (await page(`/en/news?page=${n}`)).includes(title);
    expect(found).toBe(true);
  });
});

describe("assets in the store", () => {
  it("serves the seed's images from the store as real asset documents the Studio can show", async () => {
    const assets = await anonymous.fetch<{ _id: string; url: string; size: number; sha1hash: string }[]>(
      `*[_type == "sanity.imageAsset"]{_id, url, size, sha1hash}`,
    );
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset._id).toMatch(/^image-[0-9a-f]{40}-\d+x\d+-(png|jpg|webp)$/);
      const response = await fetch(`${server.baseUrl}${asset.url}?w=320`);
      expect(response.status, asset.url).toBe(200);
      expect(asset.size).toBeGreaterThan(0);
    }
    // The image fields of documents point at them (no `_sanityAsset` left behind).
    expect(await anonymous.fetch(`count(*[defined(mainImage._sanityAsset)])`)).toBe(0);
    expect(await anonymous.fetch(`count(*[defined(mainImage.asset->url)])`)).toBeGreaterThan(0);
  });

  it("keeps the site's image URLs valid, the embedded source's included", async () => {
    const html = await page("/en");
    const src = /<img\b[^>]*\bsrc="(\/images\/[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    expect(src).toMatch(/^\/images\/demo1234\/production\//);
    expect((await fetch(server.baseUrl + src)).status).toBe(200);
    const legacy = src!.replace("/images/demo1234/", "/images/local/");
    expect((await fetch(server.baseUrl + legacy)).status).toBe(200);
  });

  it("takes an upload through @sanity/client and answers Sanity's asset document, served back resized", async () => {
    const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: "#3a7" } })
      .png()
      .toBuffer();
    const asset = await editor.assets.upload("image", png, { filename: "green.png" });
    expect(asset).toMatchObject({
      _type: "sanity.imageAsset",
      originalFilename: "green.png",
      mimeType: "image/png",
      extension: "png",
      size: png.length,
      metadata: { dimensions: { width: 640, height: 400, aspectRatio: 1.6 } },
    });
    expect(asset._id).toBe(`image-${asset.sha1hash}-640x400-png`);
    const again = await editor.assets.upload("image", png, { filename: "other-name.png" });
    expect(again._id).toBe(asset._id);
    expect(again.originalFilename).toBe("green.png");

    const resized = await fetch(`${server.baseUrl}${asset.url}?w=320&fm=webp`);
    expect(resized.status).toBe(200);
    expect(resized.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(await resized.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([320, 200]);
    // Also under the store's prefix, where the Studio's image URL builder points when apiHost has a path.
    expect((await fetch(`${server.baseUrl}/api/store/${asset.path}?w=320`)).status).toBe(200);

    // Deleted: no longer served.
    await editor.delete(asset._id);
    expect((await fetch(`${server.baseUrl}${asset.url}?w=320`)).status).toBe(404);
  });

  it("stores files and serves them with their type, and a download for what a browser could run", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
    const doc = await editor.assets.upload("file", pdf, {
      filename: "Brochure 2025.pdf",
      contentType: "application/pdf",
    });
    expect(doc).toMatchObject({ _type: "sanity.fileAsset", extension: "pdf", mimeType: "application/pdf" });
    const served = await fetch(server.baseUrl + doc.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true);

    const html = await editor.assets.upload("file", Buffer.from("<script>alert(1)</script>"), {
      filename: "x.html",
      contentType: "text/html",
    });
    const download = await fetch(server.baseUrl + html.url);
    expect(download.headers.get("content-type")).toBe("application/octet-stream");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment/);
  });

  it("refuses anonymous uploads (401), unreadable or unsupported images (400, 415) and oversized ones (413)", async () => {
    const url = `${server.baseUrl}/api/store/v2025-02-19/assets/images/production`;
    const auth = { Authorization: `Bearer ${TEST_STORE_TOKEN}` };
    const post = (body: Buffer, headers: Record<string, string> = auth) =>
      fetch(url, { method: "POST", body: new Uint8Array(body), headers });
    const png = readFileSync(
      "tests/fixtures/content-dataset/images/13427cde155499117bbca528d26140e7cf616119-640x480.png",
    );
    const anon = await post(png, {});
    expect(anon.status).toBe(401);
    expect(await anon.json()).toMatchObject({ error: { type: "unauthorized" }, statusCode: 401 });
    expect((await post(Buffer.from("not an image"))).status).toBe(400);
    const gif = await sharp(png).gif().toBuffer();
    const unsupported = await post(gif);
    expect(unsupported.status).toBe(415);
    expect((await unsupported.json()).error.description).toMatch(/PNG, JPEG or WebP/);
    const huge = await post(Buffer.alloc(26 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(
      (await fetch(url.replace("/production", "/staging"), { method: "POST", body: png, headers: auth })).status,
    ).toBe(404);
  });
});

describe("inquiries in the store", () => {
  it("writes each inquiry as a private document, exactly once, which anonymous readers never see", async () => {
    const form = await openForm(server.baseUrl, "en");
    const posted = await postForm(
      server.baseUrl,
      "en",
      { ...VALID_FIELDS, formToken: form.token, name: "Store Investor" },
      { cookie: form.cookie },
    );
    expect(posted.status).toBe(303);
    const reference = referenceOf(posted.location)!;
    const doc = await until(
      () =>
        editor
          .fetch<{ _id: string; status: string; name: string } | null>(
            `*[_type == "inquiry" && reference == $reference][0]`,
            { reference },
          )
          .then((d) => d ?? undefined),
      "the inquiry in the store",
    );
    expect(doc._id).toMatch(/^inquiry\.[0-9a-f-]{36}$/);
    expect(doc).toMatchObject({ status: "new", name: "Store Investor" });
    await sleep(800);
    expect(await editor.fetch(`count(*[_type == "inquiry" && reference == $reference])`, { reference })).toBe(1);

    expect(await anonymous.fetch(`*[_type == "inquiry"]`)).toEqual([]);
    expect(await anonymous.getDocument(doc._id)).toBeUndefined();
    // And the site, which reads as an anonymous reader, never lists it either.
    expect(await page("/en/invest/inquiry")).not.toContain("Store Investor");
  });
});
