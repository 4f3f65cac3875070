#!/usr/bin/env node
// Writes a large dataset in Sanity's export format for load tests and the content benchmark.
/**
 * Usage: node scripts/generate-dataset.mjs [--count 100000] [--from studio/seed/production.ndjson] [--out .data/100k]
 *
 * Starts from the demo dataset and adds copies of its articles and events, each copy a
 * whole translation group (the source document, its translations and a new
 * translation.metadata document) with its own ids, slugs and dates, so document sizes,
 * language mix, images and references look like the real thing. The output folder gets
 * data.ndjson and an images/ link to the demo's images. Deterministic (seeded).
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const target = Number(args.count ?? 100_000);
const from = path.resolve(args.from ?? "studio/seed/production.ndjson");
const out = path.resolve(args.out ?? ".data/100k");

let seed = 42;
function random() {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}

const demo = readFileSync(from, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const byId = new Map(demo.map((d) => [d._id, d]));
const groups = demo
  .filter((d) => d._type === "translation.metadata" && d.schemaTypes?.some((t) => t === "article" || t === "event"))
  .map((meta) => ({ meta, docs: meta.translations.map((t) => byId.get(t.value._ref)).filter(Boolean) }))
  .filter((g) => g.docs.length > 0);
if (groups.length === 0) throw new Error(`${from}: no article or event translation groups to copy`);

mkdirSync(out, { recursive: true });
const images = path.join(out, "images");
rmSync(images, { force: true, recursive: false });
if (!existsSync(images)) symlinkSync(path.join(path.dirname(from), "images"), images, "dir");

const stream = createWriteStream(path.join(out, "data.ndjson"));
let written = 0;
let bytes = 0;
function write(doc) {
  const line = `${JSON.stringify(doc)}\n`;
  bytes += Buffer.byteLength(line);
  written++;
  return stream.write(line) ? undefined : new Promise((resolve) => stream.once("drain", resolve));
}

for (const doc of demo) await write(doc);
const start = Date.UTC(2015, 0, 1);
const span = Date.UTC(2025, 10, 1) - start;
for (let copy = 1; written < target; copy++) {
  const group = groups[Math.floor(random() * groups.length)];
  const when = new Date(start + Math.floor(random() * span));
  const ids = new Map();
  for (const original of group.docs) {
    const doc = structuredClone(original);
    doc._id = `${original._id}-copy${copy}`;
    ids.set(original._id, doc._id);
    doc._rev = `gen${copy}`;
    doc._createdAt = doc._updatedAt = when.toISOString();
    if (doc.slug?.current) doc.slug.current = `${doc.slug.current}-${copy}`;
    if (typeof doc.title === "string") doc.title = `${doc.title} (${copy})`;
    if (doc._type === "article") doc.publishedAt = when.toISOString();
    if (doc._type === "event") {
      const length = doc.endsAt && doc.startsAt ? Date.parse(doc.endsAt) - Date.parse(doc.startsAt) : 0;
      doc.startsAt = when.toISOString();
      if (doc.endsAt) doc.endsAt = new Date(when.getTime() + length).toISOString();
    }
    const pending = write(doc);
    if (pending) await pending;
  }
  const meta = structuredClone(group.meta);
  meta._id = `${group.meta._id}-copy${copy}`;
  meta.translations = meta.translations
    .filter((t) => ids.has(t.value._ref))
    .map((t) => ({ ...t, value: { ...t.value, _ref: ids.get(t.value._ref) } }));
  const pending = write(meta);
  if (pending) await pending;
}
await new Promise((resolve) => stream.end(resolve));
console.log(
  `${path.relative(process.cwd(), path.join(out, "data.ndjson"))}: ${written} documents, ${(bytes / 1e6).toFixed(1)} MB`,
);
