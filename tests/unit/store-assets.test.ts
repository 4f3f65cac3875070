// Asset documents as Sanity shapes them, built from the bytes alone; the limits and
// refusals of the upload endpoints; how stored files are served.
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import Database from "better-sqlite3";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  ASSET_LIMITS,
  AssetFiles,
  assetFileName,
  assetIdOfFileName,
  assetPath,
  assertMayUpload,
  fileResponse,
  parseAssetId,
  parseUploadQuery,
  prepareAsset,
  sha1Of,
} from "../../app/store/assets.server";
import { StoreError } from "../../app/store/types";
import { FIXTURE_DATASET } from "../support/sample-params";

const where = { projectId: "demo1234", dataset: "production" };
const PNG_NAME = "13427cde155499117bbca528d26140e7cf616119-640x480.png";
const png = readFileSync(`${FIXTURE_DATASET}/images/${PNG_NAME}`);

async function refusal(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

/** A PNG header claiming a size, with no pixels: enough for a reader that checks sizes first. */
function pngHeader(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc(0))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("asset ids and file names", () => {
  it("parses Sanity's image and file ids and maps them to file names both ways", () => {
    const image = "image-13427cde155499117bbca528d26140e7cf616119-640x480-png";
    expect(parseAssetId(image)).toEqual({
      kind: "image",
      sha1: "13427cde155499117bbca528d26140e7cf616119",
      width: 640,
      height: 480,
      ext: "png",
    });
    expect(assetFileName(image)).toBe(PNG_NAME);
    expect(assetIdOfFileName("image", PNG_NAME)).toBe(image);
    expect(assetPath(image, "demo1234", "production")).toBe(`images/demo1234/production/${PNG_NAME}`);
    const file = `file-${"a".repeat(40)}-pdf`;
    expect(assetFileName(file)).toBe(`${"a".repeat(40)}.pdf`);
    expect(assetIdOfFileName("file", `${"a".repeat(40)}.pdf`)).toBe(file);
    expect(parseAssetId("article-1")).toBeUndefined();
    expect(parseAssetId("image-abc-1x1-png")).toBeUndefined();
    expect(assetIdOfFileName("image", "../etc/passwd")).toBeUndefined();
  });
});

describe("prepareAsset: the asset document of an upload", () => {
  it("describes an image as Sanity does: id from the bytes, path, url, size, dimensions", async () => {
    const { document, sha1, mimeType } = await prepareAsset("image", png, { filename: "C:\\photos\\river.png" }, where);
    expect(sha1).toBe(sha1Of(png));
    expect(sha1).toBe(PNG_NAME.slice(0, 40));
    expect(mimeType).toBe("image/png");
    expect(document).toMatchObject({
      _id: `image-${sha1}-640x480-png`,
      _type: "sanity.imageAsset",
      assetId: sha1,
      sha1hash: sha1,
      extension: "png",
      mimeType: "image/png",
      originalFilename: "river.png",
      size: png.length,
      path: `images/demo1234/production/${PNG_NAME}`,
      url: `/images/demo1234/production/${PNG_NAME}`,
      metadata: {
        _type: "sanity.imageMetadata",
        dimensions: { _type: "sanity.imageDimensions", width: 640, height: 480, aspectRatio: 640 / 480 },
        hasAlpha: false,
        isOpaque: true,
      },
    });
    expect(String((document.metadata as { lqip: string }).lqip)).toMatch(/^data:image\/jpeg;base64,/);
  });

  it("gives the same bytes the same id, whatever their name", async () => {
    const a = await prepareAsset("image", png, { filename: "a.png" }, where);
    const b = await prepareAsset("image", png, { filename: "b.jpg" }, where);
    expect(a.document._id).toBe(b.document._id);
  });

  it("names JPEG and WebP images by their real format, not their file name", async () => {
    const jpeg = await sharp(png).jpeg().toBuffer();
    expect((await prepareAsset("image", jpeg, { filename: "x.png" }, where)).document).toMatchObject({
      _id: `image-${sha1Of(jpeg)}-640x480-jpg`,
      extension: "jpg",
      mimeType: "image/jpeg",
    });
    const webp = await sharp(png).webp().toBuffer();
    expect((await prepareAsset("image", webp, {}, where)).document._id).toBe(`image-${sha1Of(webp)}-640x480-webp`);
  });

  it("gives a camera photo's upright size (EXIF orientation 6 turns it a quarter)", async () => {
    const turned = await sharp(png).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const { document } = await prepareAsset("image", turned, {}, where);
    expect(document._id).toBe(`image-${sha1Of(turned)}-480x640-jpg`);
  });

  it("skips the placeholder when meta asks for none", async () => {
    const { document } = await prepareAsset("image", png, { meta: ["none"] }, where);
    expect(document.metadata).not.toHaveProperty("lqip");
    expect(document.metadata).toHaveProperty("dimensions.width", 640);
  });

  it("refuses GIF and SVG as images with 415, and non-images with 400", async () => {
    const gif = await sharp(png).gif().toBuffer();
    expect((await refusal(prepareAsset("image", gif, {}, where))).status).toBe(415);
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const svgError = await refusal(prepareAsset("image", svg, {}, where));
    expect(svgError.status).toBe(415);
    expect(svgError.message).toMatch(/PNG, JPEG or WebP/);
    expect((await refusal(prepareAsset("image", Buffer.from("not an image"), {}, where))).status).toBe(400);
    expect((await refusal(prepareAsset("image", Buffer.alloc(0), {}, where))).status).toBe(400);
  });

  it("refuses an image above the size or pixel limit with 413", async () => {
    const huge = Buffer.alloc(ASSET_LIMITS.imageBytes + 1);
    const tooHeavy = await refusal(prepareAsset("image", huge, {}, where));
    expect(tooHeavy.status).toBe(413);
    expect(tooHeavy.message).toMatch(/25 MB/);
    const tooWide = await refusal(prepareAsset("image", pngHeader(20_000, 20_000), {}, where));
    expect(tooWide.status).toBe(413);
    expect(tooWide.message).toMatch(/megapixels/);
  });

  it("describes a file by its name's extension and the declared type", async () => {
    const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");
    const { document } = await prepareAsset(
      "file",
      pdf,
      { filename: "Prospectus 2025.PDF", contentType: "application/pdf" },
      where,
    );
    expect(document).toMatchObject({
      _id: `file-${sha1Of(pdf)}-pdf`,
      _type: "sanity.fileAsset",
      extension: "pdf",
      mimeType: "application/pdf",
      originalFilename: "Prospectus 2025.PDF",
      size: pdf.length,
      path: `files/demo1234/production/${sha1Of(pdf)}.pdf`,
      url: `/files/demo1234/production/${sha1Of(pdf)}.pdf`,
    });
    const bare = await prepareAsset("file", pdf, {}, where);
    expect(bare.document).toMatchObject({ extension: "bin", mimeType: "application/octet-stream" });
    expect((await refusal(prepareAsset("file", Buffer.alloc(ASSET_LIMITS.fileBytes + 1), {}, where))).status).toBe(413);
  });
});

describe("upload parameters and rights", () => {
  it("reads Sanity's query parameters, meta repeated or comma-separated", () => {
    const params = new URLSearchParams("filename=a.png&meta=lqip,palette&meta=exif&title=T&sourceId=1&sourceName=x");
    expect(parseUploadQuery(params, "image/png")).toMatchObject({
      filename: "a.png",
      contentType: "image/png",
      title: "T",
      meta: ["lqip", "palette", "exif"],
      source: { id: "1", name: "x" },
    });
  });

  it("refuses absurd parameters with 400", () => {
    expect(() => parseUploadQuery(new URLSearchParams({ filename: "x".repeat(2000) }))).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });

  it("lets editors and administrators upload, not anonymous readers (401) or viewers (403)", () => {
    const user = { id: "u", name: "U", email: "u@example.org", via: "session" as const };
    expect(() => assertMayUpload({ ...user, role: "editor" })).not.toThrow();
    expect(() => assertMayUpload({ ...user, role: "administrator" })).not.toThrow();
    expect(() => assertMayUpload(null)).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => assertMayUpload({ ...user, role: "viewer" })).toThrow(expect.objectContaining({ status: 403 }));
  });
});

describe("stored files", () => {
  it("keeps each file's bytes once by SHA-1", () => {
    const db = new Database(":memory:");
    db.exec(
      "CREATE TABLE files (sha1 TEXT PRIMARY KEY, mime_type TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID",
    );
    const files = new AssetFiles(db);
    const sha1 = sha1Of(png);
    files.put(sha1, "image/png", png);
    files.put(sha1, "image/png", png);
    expect(files.list()).toEqual([sha1]);
    expect(files.has(sha1)).toBe(true);
    expect(files.get(sha1)).toMatchObject({ sha1, mimeType: "image/png", size: png.length });
    expect(files.get(sha1)!.data.equals(png)).toBe(true);
    expect(files.get("0".repeat(40))).toBeUndefined();
  });

  it("serves a PDF inline and anything a browser could run as a sandboxed download", () => {
    const stored = { sha1: "a".repeat(40), mimeType: "application/pdf", size: 3, data: Buffer.from("pdf") };
    const pdf = fileResponse(stored, { extension: "pdf", mimeType: "application/pdf" }, new URLSearchParams());
    expect(pdf.headers["Content-Type"]).toBe("application/pdf");
    expect(pdf.headers["Content-Disposition"]).toMatch(/^inline/);
    expect(pdf.headers["X-Content-Type-Options"]).toBe("nosniff");
    const html = fileResponse(stored, { extension: "html", mimeType: "text/html" }, new URLSearchParams());
    expect(html.headers["Content-Type"]).toBe("application/octet-stream");
    expect(html.headers["Content-Security-Policy"]).toMatch(/^sandbox/);
    const text = fileResponse(stored, { extension: "txt", mimeType: "text/plain" }, new URLSearchParams());
    expect(text.headers["Content-Type"]).toBe("text/plain; charset=utf-8");
    expect(text.headers["Content-Security-Policy"]).toMatch(/^sandbox/);
    expect(html.headers["Content-Disposition"]).toMatch(/^attachment/);
    const disguised = fileResponse(stored, { extension: "pdf", mimeType: "text/html" }, new URLSearchParams());
    expect(disguised.headers["Content-Type"]).toBe("application/octet-stream");
    const named = fileResponse(
      stored,
      { extension: "pdf", mimeType: "application/pdf", originalFilename: "Tờ rơi.pdf" },
      new URLSearchParams("dl="),
    );
    expect(named.headers["Content-Disposition"]).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent("Tờ rơi.pdf")}`,
    );
  });
});
