/**
 * `npm run dataset:export|import|backup` on a running server's store: the export is a
 * tarball laid out as `sanity dataset export` lays it out, which our own loader reads and
 * which, imported into a fresh store, gives the same documents and the same bytes; an
 * import is all or nothing, `--missing` and `--replace` behave as Sanity's CLI flags, bad
 * input is refused with its line numbers; the online backup is a working copy.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { writeFile } from "node:fs/promises";
import type { SanityClient } from "@sanity/client";
import Database from "better-sqlite3";
import sharp from "sharp";
import { list as listTar, extract as extractTar } from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataset } from "../../app/content/dataset.server";
import { ContentStore } from "../../app/store/store.server";
import type { StoredDocument } from "../../app/store/types";
import { DATASET_PATH } from "../pages";
import { startServer, type RunningServer } from "../support/server";
import { storeClient } from "../support/store-client";

const run = promisify(execFile);
/** The seed's distinct images (it has no other assets); the setup uploads one image and one file more. */
const SEED_IMAGES = new Set(
  [...readFileSync(DATASET_PATH, "utf8").matchAll(/"_sanityAsset":"(image@[^"]+)"/g)].map((m) => m[1]),
).size;
const ASSET_COUNT = SEED_IMAGES + 2;
const dir = mkdtempSync(path.join(tmpdir(), "store-dataset-"));
let server: RunningServer;
let editor: SanityClient;

async function dataset(args: string[], storeDb: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["scripts/dataset.mjs", ...args], {
      env: { ...process.env, STORE_DB: storeDb },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every document of a store file, by id. */
async function documentsOf(file: string): Promise<Map<string, StoredDocument>> {
  const store = await ContentStore.open({ file });
  try {
    return new Map([...store.documents()].map((d) => [d._id, structuredClone(d)]));
  } finally {
    store.close();
  }
}

function filesOf(file: string): Map<string, Buffer> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare("SELECT sha1, data FROM files").all() as { sha1: string; data: Buffer }[];
    return new Map(rows.map((r) => [r.sha1, r.data]));
  } finally {
    db.close();
  }
}

/** What an import may change: the revision and the time of the write, as on Sanity. */
function withoutWriteStamp({ _rev, _updatedAt, ...rest }: StoredDocument) {
  void _rev;
  void _updatedAt;
  return rest;
}

beforeAll(async () => {
  server = await startServer();
  editor = storeClient(server.baseUrl);
  // What staff add beyond the seed: an uploaded image with its name, a file, a draft using both.
  const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#c33" } })
    .png()
    .toBuffer();
  const image = await editor.assets.upload("image", png, { filename: "đỏ.png", title: "Red" });
  const file = await editor.assets.upload("file", Buffer.from("%PDF-1.4\n%%EOF\n"), { filename: "a.pdf" });
  await editor.createOrReplace({
    _id: "drafts.note-1",
    _type: "article",
    title: "Nháp",
    mainImage: { _type: "image", asset: { _type: "reference", _ref: image._id }, alt: "Red" },
    attachment: { _type: "file", asset: { _type: "reference", _ref: file._id } },
  });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("dataset export and import", () => {
  const tarball = path.join(dir, "export.tar.gz");
  const fresh = path.join(dir, "fresh.sqlite");

  it("exports the running store as Sanity lays out an export", async () => {
    const out = await dataset(["export", tarball], server.storeDb);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^Exported \\d+ documents and ${ASSET_COUNT} assets to `));
    const entries: string[] = [];
    await listTar({ file: tarball, onReadEntry: (e) => entries.push(e.path) });
    const prefix = entries[0].split("/")[0];
    expect(prefix).toMatch(/^production-export-\d{4}-\d{2}-\d{2}t[\d-]+z$/);
    expect(entries.every((e) => e.startsWith(`${prefix}/`))).toBe(true);
    const inside = entries.map((e) => e.slice(prefix.length + 1));
    expect(inside).toEqual(expect.arrayContaining(["data.ndjson", "assets.json", "images/", "files/"]));
    expect(inside.filter((e) => /^images\/[0-9a-f]{40}-\d+x\d+\.png$/.test(e))).toHaveLength(SEED_IMAGES + 1);
    expect(inside.filter((e) => /^files\/[0-9a-f]{40}\.pdf$/.test(e))).toHaveLength(1);
  });

  it("is read by the site's own loader: every document, drafts included, asset references resolved", async () => {
    const unpacked = path.join(dir, "unpacked");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(unpacked);
    await extractTar({ file: tarball, cwd: unpacked, strip: 1 });
    const loaded = await readDataset(unpacked, { projectId: "demo1234", dataset: "production", baseUrl: "" });
    expect(loaded.warnings).toEqual([]);
    const stored = await documentsOf(server.storeDb);
    const nonAssets = [...stored.values()].filter((d) => !d._type.startsWith("sanity."));
    const byId = new Map(loaded.documents.map((d) => [d._id, d]));
    for (const doc of nonAssets) expect(byId.get(doc._id), doc._id).toEqual(doc);
    expect(byId.get("drafts.note-1")).toMatchObject({
      mainImage: { asset: { _ref: expect.stringMatching(/^image-/) } },
    });
  });

  it("imports into a fresh store as the same documents and the same bytes", async () => {
    const out = await dataset(["import", tarball], fresh);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^Imported \\d+ documents and ${ASSET_COUNT} assets`));
    const before = await documentsOf(server.storeDb);
    const after = await documentsOf(fresh);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, doc] of before) expect(withoutWriteStamp(after.get(id)!), id).toEqual(withoutWriteStamp(doc));
    // What staff typed into the asset survives, as in Sanity's assets.json.
    expect([...after.values()].find((d) => d.originalFilename === "đỏ.png")).toMatchObject({ title: "Red" });
    const bytesBefore = filesOf(server.storeDb);
    const bytesAfter = filesOf(fresh);
    expect([...bytesAfter.keys()].sort()).toEqual([...bytesBefore.keys()].sort());
    for (const [sha1, data] of bytesBefore) expect(bytesAfter.get(sha1)!.equals(data)).toBe(true);
  });

  it("refuses to import over existing documents unless told, changing nothing", async () => {
    const before = await documentsOf(fresh);
    const again = await dataset(["import", tarball], fresh);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stderr).toMatch(/Nothing was imported/);
    expect(await documentsOf(fresh)).toEqual(before);

    const missing = await dataset(["import", tarball, "--missing"], fresh);
    expect(missing.code, missing.stderr).toBe(0);
    expect(missing.stdout).toMatch(/nothing changed/);
    expect(await documentsOf(fresh)).toEqual(before);

    const replace = await dataset(["import", tarball, "--replace"], fresh);
    expect(replace.code, replace.stderr).toBe(0);
    const replaced = await documentsOf(fresh);
    const article = [...before.values()].find((d) => d._type === "article")!;
    expect(replaced.get(article._id)!._rev).not.toBe(article._rev);
    expect(withoutWriteStamp(replaced.get(article._id)!)).toEqual(withoutWriteStamp(article));
  });

  it("refuses malformed input with every problem and its line, writing nothing", async () => {
    const bad = path.join(dir, "bad.ndjson");
    await writeFile(bad, `${JSON.stringify({ _id: "ok-1", _type: "note" })}\n{oops\n${JSON.stringify({ _id: "x" })}\n`);
    const empty = path.join(dir, "empty.sqlite");
    const out = await dataset(["import", bad], empty);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("bad.ndjson is not a dataset Sanity could import");
    expect(out.stderr).toContain("line 2: not valid JSON");
    expect(out.stderr).toContain("line 3: a document needs a string _type");
    expect((await documentsOf(empty)).size).toBe(0);
    const usage = await dataset(["import"], empty);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/needs exactly one FILE/);
  });

  it("backs up the running store to a dated file that opens with the same documents", async () => {
    const out = await dataset(["backup"], server.storeDb);
    expect(out.code, out.stderr).toBe(0);
    const file = /to (.+\.sqlite)$/m.exec(out.stdout)?.[1];
    expect(path.basename(file!)).toMatch(/^store-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.sqlite$/);
    expect(path.dirname(file!)).toBe(path.join(path.dirname(server.storeDb), "backups"));
    expect([...(await documentsOf(file!)).keys()].sort()).toEqual(
      [...(await documentsOf(server.storeDb)).keys()].sort(),
    );
  });
});
