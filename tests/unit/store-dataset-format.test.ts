// The export format both ways: what `sanity dataset export` writes (read back through the
// site's own loader, and laid out in the tarball as Sanity lays it out) and what
// `sanity dataset import` accepts, refusing what it would refuse.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { list as listTar } from "tar";
import { afterAll, describe, expect, it } from "vitest";
import { readDataset, type SanityDocument } from "../../app/content/dataset.server";
import { prepareAsset, sha1Of } from "../../app/store/assets.server";
import {
  DatasetFormatError,
  exportPrefix,
  parseNdjson,
  prepareImport,
  readImportSource,
  toExportFormat,
  writeExportFolder,
  writeExportTarball,
  type DatasetDocument,
} from "../../app/store/dataset-format.server";
import { FIXTURE_DATASET } from "../support/sample-params";

const where = { projectId: "demo1234", dataset: "production" };
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "store-format-test-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const PNG_NAME = "13427cde155499117bbca528d26140e7cf616119-640x480.png";
const png = await readFile(path.join(FIXTURE_DATASET, "images", PNG_NAME));
const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");

/** A small store's worth of documents: an image asset, a file asset, documents using both, a draft. */
async function storeDocuments() {
  const image = await prepareAsset("image", png, { filename: "river.png" }, where);
  const file = await prepareAsset("file", pdf, { filename: "brochure.pdf", contentType: "application/pdf" }, where);
  const system = { _rev: "tx1", _createdAt: "2025-01-01T00:00:00Z", _updatedAt: "2025-01-02T00:00:00Z" };
  const documents: DatasetDocument[] = [
    { ...image.document, ...system },
    { ...file.document, ...system },
    {
      _id: "article-1",
      _type: "article",
      ...system,
      title: "Sông Hậu",
      mainImage: { _type: "image", asset: { _type: "reference", _ref: image.document._id }, alt: "River" },
      body: [{ _key: "b1", _type: "image", asset: { _type: "reference", _ref: image.document._id } }],
    },
    { _id: "drafts.article-1", _type: "article", ...system, title: "Sông Hậu (draft)" },
    {
      _id: "opportunity-1",
      _type: "investmentOpportunity",
      ...system,
      documents: [
        {
          _key: "d1",
          title: "Brochure",
          file: { _type: "file", asset: { _type: "reference", _ref: file.document._id } },
        },
      ],
      // A reference that is not an asset stays a reference.
      park: { _type: "reference", _ref: "park-1" },
    },
  ];
  const bytes = new Map([
    [image.sha1, png],
    [file.sha1, pdf],
  ]);
  return { documents, image, file, bytes };
}

describe("export", () => {
  it("writes asset references as _sanityAsset pointers in place and leaves asset documents to assets.json", async () => {
    const { documents, image, file } = await storeDocuments();
    const exported = toExportFormat(documents);
    expect(exported.documents.map((d) => d._id)).toEqual(["article-1", "drafts.article-1", "opportunity-1"]);
    const article = exported.documents[0];
    expect(article.mainImage).toEqual({
      _type: "image",
      _sanityAsset: `image@file://./images/${PNG_NAME}`,
      alt: "River",
    });
    expect(Object.keys(article.mainImage as object)).toEqual(["_type", "_sanityAsset", "alt"]);
    expect((article.body as unknown[])[0]).toEqual({
      _key: "b1",
      _type: "image",
      _sanityAsset: `image@file://./images/${PNG_NAME}`,
    });
    expect(exported.documents[2]).toMatchObject({
      documents: [{ file: { _type: "file", _sanityAsset: `file@file://./files/${file.sha1}.pdf` } }],
      park: { _type: "reference", _ref: "park-1" },
    });
    expect(exported.assets.map((a) => a.entry).sort()).toEqual([`files/${file.sha1}.pdf`, `images/${PNG_NAME}`]);
    // As `sanity dataset export` keys and trims them.
    const meta = exported.assetMeta[`image-${image.sha1}`];
    expect(meta).toMatchObject({ originalFilename: "river.png", sha1hash: image.sha1, size: png.length, _rev: "tx1" });
    for (const key of ["_id", "_type", "url", "path", "mimeType", "extension", "assetId"])
      expect(meta).not.toHaveProperty(key);
    expect(exported.assetMeta[`file-${file.sha1}`]).toMatchObject({ originalFilename: "brochure.pdf" });
  });

  it("is read back by the site's own loader as the same documents, asset references and all", async () => {
    const { documents, bytes } = await storeDocuments();
    const dir = await tempDir();
    await writeExportFolder(dir, toExportFormat(documents), { readFile: (sha1) => bytes.get(sha1) });
    const loaded = await readDataset(dir, { ...where, baseUrl: "" });
    expect(loaded.warnings).toEqual([]);
    const byId = new Map(loaded.documents.map((d) => [d._id, d]));
    for (const doc of documents.filter((d) => !d._type.startsWith("sanity."))) expect(byId.get(doc._id)).toEqual(doc);
    // The loader synthesises the asset documents the references point at, with the same ids and sizes.
    const image = documents[0];
    expect(byId.get(image._id)).toMatchObject({
      _type: "sanity.imageAsset",
      metadata: { dimensions: { width: 640, height: 480 } },
    });
    expect(loaded.imageFiles).toEqual(new Set([PNG_NAME]));
  });

  it("lays the tarball out as Sanity does: one <dataset>-export-<time>/ folder with data.ndjson, assets.json, images/, files/", async () => {
    const { documents, bytes, file } = await storeDocuments();
    const dir = await tempDir();
    const tarball = path.join(dir, "out.tar.gz");
    const prefix = exportPrefix("production", new Date("2026-05-01T10:20:30.456Z"));
    expect(prefix).toBe("production-export-2026-05-01t10-20-30-456z");
    await writeExportTarball(tarball, toExportFormat(documents), { prefix, readFile: (sha1) => bytes.get(sha1) });
    const entries: string[] = [];
    await listTar({ file: tarball, onReadEntry: (entry) => entries.push(entry.path) });
    expect(entries.sort()).toEqual(
      [
        `${prefix}/assets.json`,
        `${prefix}/data.ndjson`,
        `${prefix}/files/`,
        `${prefix}/files/${file.sha1}.pdf`,
        `${prefix}/images/`,
        `${prefix}/images/${PNG_NAME}`,
      ].sort(),
    );
    const source = await readImportSource(tarball);
    try {
      expect(source.documents).toEqual(toExportFormat(documents).documents);
      expect(await readFile(path.join(source.baseDir, "images", PNG_NAME))).toEqual(png);
    } finally {
      await source.cleanup();
    }
  });

  it("fails rather than write an export missing an asset's bytes", async () => {
    const { documents } = await storeDocuments();
    await expect(
      writeExportFolder(await tempDir(), toExportFormat(documents), { readFile: () => undefined }),
    ).rejects.toThrow(/no bytes for 2 asset/);
  });
});

describe("reading an import", () => {
  it("reads a folder, a bare .ndjson beside its images/, and a tarball alike", async () => {
    const folder = await readImportSource(FIXTURE_DATASET);
    const bare = await readImportSource(path.join(FIXTURE_DATASET, "data.ndjson"));
    expect(bare.documents).toEqual(folder.documents);
    expect(bare.baseDir).toBe(folder.baseDir);
    expect(folder.documents.length).toBeGreaterThan(10);
  });

  it("refuses malformed input whole, naming each problem with its line", () => {
    const data = [
      JSON.stringify({ _id: "a", _type: "article" }),
      "{not json",
      JSON.stringify([1, 2]),
      JSON.stringify({ _id: "b" }),
      JSON.stringify({ _id: "bad id!", _type: "x" }),
      JSON.stringify({ _id: "a", _type: "article" }),
      JSON.stringify({ _id: "_.groups.x", _type: "system.group" }),
    ].join("\n");
    let error: unknown;
    try {
      parseNdjson(data, "data.ndjson");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetFormatError);
    expect((error as DatasetFormatError).problems).toEqual([
      "line 2: not valid JSON",
      "line 3: not a JSON object",
      "line 4: a document needs a string _type",
      'line 5: invalid _id "bad id!" (letters, digits, . _ -; at most 128)',
      "line 6: duplicate _id a (first on line 1)",
      "line 7: _.groups.x is a system document and cannot be imported",
    ]);
    expect((error as Error).message).toMatch(/^data.ndjson is not a dataset Sanity could import:\n {2}line 2/);
  });

  it("gives a document without an id a random one, as Sanity's import does, and skips asset documents", () => {
    const { documents, warnings } = parseNdjson(
      [JSON.stringify({ _type: "note" }), JSON.stringify({ _id: "image-x", _type: "sanity.imageAsset" })].join("\n"),
      "data.ndjson",
    );
    expect(documents).toHaveLength(1);
    expect(documents[0]._id).toMatch(/^[0-9a-f-]{36}$/);
    expect(warnings[0]).toMatch(/line 2: skipped the asset document image-x/);
  });

  it("refuses a file that is neither a tarball nor NDJSON, and a folder without data", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "x.bin"), Buffer.from([0, 1, 2, 3]));
    await expect(readImportSource(path.join(dir, "x.bin"))).rejects.toThrow(/neither a tarball nor an .ndjson/);
    await expect(readImportSource(path.join(dir, "nope"))).rejects.toThrow(/does not exist/);
    await mkdir(path.join(dir, "empty"));
    await expect(readImportSource(path.join(dir, "empty"))).rejects.toThrow(/No .ndjson file/);
  });
});

describe("preparing an import", () => {
  it("rebuilds asset documents from the bytes, restores assets.json's fields and points the documents at them", async () => {
    const { documents, bytes, image, file } = await storeDocuments();
    const dir = await tempDir();
    await writeExportFolder(dir, toExportFormat(documents), { readFile: (sha1) => bytes.get(sha1) });
    const source = await readImportSource(dir);
    const prepared = await prepareImport(source, "create", where);
    expect(prepared.assetCount).toBe(2);
    expect(prepared.documentCount).toBe(3);
    const [first, second, ...rest] = prepared.mutations;
    const assets = [first, second].map((m) => ("createIfNotExists" in m ? m.createIfNotExists : undefined));
    const imageDoc = assets.find((a) => a?._id === image.document._id)!;
    // Identity and facts from the bytes; what staff wrote from assets.json; the store's own rev never.
    expect(imageDoc).toMatchObject({ ...image.document, _createdAt: "2025-01-01T00:00:00Z" });
    expect(imageDoc).not.toHaveProperty("_rev");
    expect(assets.find((a) => a?._id === file.document._id)).toMatchObject({ originalFilename: "brochure.pdf" });
    expect(rest.map((m) => Object.keys(m)[0])).toEqual(["create", "create", "create"]);
    const article = "create" in rest[0] ? rest[0].create : undefined;
    const original = documents.find((d) => d._id === "article-1")!;
    expect(article).toEqual(original);
    expect(Object.keys(article!.mainImage as object)).toEqual(Object.keys(original.mainImage as object));
    expect(prepared.files.map((f) => f.sha1).sort()).toEqual([image.sha1, file.sha1].sort());
  });

  it("writes documents with createOrReplace for --replace and createIfNotExists for --missing", async () => {
    const source = { documents: [{ _id: "a", _type: "note" }], assetMeta: {}, baseDir: await tempDir() };
    expect((await prepareImport(source, "replace", where)).mutations).toEqual([
      { createOrReplace: { _id: "a", _type: "note" } },
    ]);
    expect((await prepareImport(source, "missing", where)).mutations).toEqual([
      { createIfNotExists: { _id: "a", _type: "note" } },
    ]);
  });

  it("turns the seed's pointers into asset documents, with no stored name where the file name is only its hash", async () => {
    const source = await readImportSource(FIXTURE_DATASET);
    const prepared = await prepareImport(source, "create", where);
    const loaded = await readDataset(FIXTURE_DATASET, { ...where, baseUrl: "" });
    const imported = prepared.mutations.map((m) => Object.values(m)[0] as SanityDocument);
    const byId = new Map(imported.map((d) => [d._id, d]));
    // The same documents and the same asset ids as the site's loader makes of the seed.
    expect(new Set(byId.keys())).toEqual(new Set(loaded.documents.map((d) => d._id)));
    for (const doc of loaded.documents) {
      if (doc._type === "sanity.imageAsset") {
        expect(byId.get(doc._id)).toMatchObject({ ...doc, size: expect.any(Number) });
        expect(byId.get(doc._id)).not.toHaveProperty("originalFilename");
      } else expect(byId.get(doc._id)).toEqual(doc);
    }
  });

  it("imports the files no document points at, too", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "images"));
    await writeFile(path.join(dir, "images", PNG_NAME), png);
    await writeFile(path.join(dir, "data.ndjson"), `${JSON.stringify({ _id: "a", _type: "note" })}\n`);
    const prepared = await prepareImport(await readImportSource(dir), "create", where);
    expect(prepared.mutations[0]).toEqual({
      createIfNotExists: expect.objectContaining({ _id: `image-${sha1Of(png)}-640x480-png` }),
    });
  });

  it("refuses pointers to missing files, outside the folder or on the network, naming the document", async () => {
    const dir = await tempDir();
    await cp(path.join(FIXTURE_DATASET, "images"), path.join(dir, "images"), { recursive: true });
    const source = {
      baseDir: dir,
      assetMeta: {},
      documents: [
        { _id: "a", _type: "x", img: { _sanityAsset: "image@file://./images/missing.png" } },
        { _id: "b", _type: "x", img: { _sanityAsset: "image@file://./../../etc/passwd" } },
        { _id: "c", _type: "x", img: { _sanityAsset: "image@https://cdn.example.org/x.png" } },
        { _id: "d", _type: "x", img: { _sanityAsset: 42 } },
      ],
    };
    const error = await prepareImport(source, "create", where).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetFormatError);
    expect((error as DatasetFormatError).problems).toEqual([
      "a: the asset file images/missing.png is missing",
      "b: the asset ../../etc/passwd lies outside the dataset folder",
      "c: the asset https://cdn.example.org/x.png is not in the dataset (only file://./ pointers; nothing is downloaded)",
      "d: unsupported asset pointer 42",
    ]);
  });
});
