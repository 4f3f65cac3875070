#!/usr/bin/env node
/**
 * Builds the demo dataset from the readable sources in studio/seed/src/:
 * studio/seed/production.ndjson (Sanity export format) and studio/seed/images/.
 *
 *   node scripts/build-seed.mjs
 *
 * The output is deterministic: ids, keys, revisions and timestamps derive from the
 * content, so running it twice gives the same bytes and a diff shows only real edits.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

import { IMAGES, IMAGE_SIZE, illustration } from "../studio/seed/src/images.mjs";
import { versionId } from "../studio/seed/src/lib.mjs";
import { settingsDocuments } from "../studio/seed/src/settings.mjs";
import { pages } from "../studio/seed/src/pages.mjs";
import { articles } from "../studio/seed/src/articles.mjs";
import { events } from "../studio/seed/src/events.mjs";
import { indicators } from "../studio/seed/src/indicators.mjs";
import { opportunities, industrialParks, exchangeRateDocuments } from "../studio/seed/src/investment.mjs";
import { imageProject } from "../studio/seed/src/project.mjs";
import { exhibition, exhibits } from "../studio/seed/src/exhibition.mjs";
import { people } from "../studio/seed/src/people.mjs";
import { loadTs } from "./lib/load-ts.mjs";

// The same fingerprints the status tool, the site and the Studio compute (ADR 0008).
const { provenanceFrom, isTranslatableType } = await loadTs({
  provenanceFrom: "app/translations/fields.ts",
  isTranslatableType: "app/translations/fields.ts",
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const seedDir = path.join(root, "studio/seed");
const translationsDir = path.join(seedDir, "translations");
const imagesDir = path.join(seedDir, "images");

/** Content written before the site opened; only documents with a date of their own differ. */
const WRITTEN_AT = "2025-11-20T02:00:00Z";
/** When the project team's translations (studio/seed/translations/*.xlf) were made, after the sources. */
const TRANSLATED_AT = "2025-11-24T02:00:00Z";
/** When the demo drafts were "edited", after everything published. */
const DRAFTED_AT = "2025-11-25T03:30:00Z";

/** When the demo's deliberately stale sources were revised, after their translations. */
const SOURCE_REVISED_AT = "2025-12-01T02:00:00Z";

/**
 * Translations left stale on purpose, so the status tool, the CI gate and the site's
 * notice have something to show: their provenance is computed from an older text of
 * the source, namely the source with `field` as it read before (`before` of the current
 * value), and the source is dated SOURCE_REVISED_AT. They wait in "needs review".
 */
const STALE_TRANSLATIONS = [
  {
    sourceId: "article-international-rice-festival-2023-vi",
    languages: ["ja", "ko"],
    field: "excerpt",
    before: (excerpt) => excerpt.replace(/\.$/, "") + " (bản tin sơ bộ).",
  },
  {
    sourceId: "event-nga-bay-day-2024-vi",
    languages: ["en"],
    field: "summary",
    before: (summary) => summary + " Chương trình chi tiết sẽ được công bố sau.",
  },
];

const sha1 = (data) => createHash("sha1").update(data).digest("hex");

/** The language codes, read from the one list (app/i18n/languages.ts) rather than repeated. */
async function languageIds() {
  const text = await readFile(path.join(root, "app/i18n/languages.ts"), "utf8");
  const ids = [...text.matchAll(/\{\s*id:\s*"([^"]+)"/g)].map((m) => m[1]);
  if (ids.length === 0) throw new Error("no languages found in app/i18n/languages.ts");
  return ids;
}

async function renderImages() {
  await mkdir(imagesDir, { recursive: true });
  const files = {};
  for (const [name, { svg }] of Object.entries(IMAGES)) {
    // A small palette keeps flat illustrations tiny; effort and dithering are pinned
    // so libimagequant gives the same bytes on every run.
    const png = await sharp(Buffer.from(svg()))
      .png({ palette: true, colours: 64, dither: 0, effort: 10, compressionLevel: 9 })
      .toBuffer();
    const { width, height } = await sharp(png).metadata();
    if (width !== IMAGE_SIZE.width || height !== IMAGE_SIZE.height) throw new Error(`${name}: unexpected size`);
    const file = `${sha1(png)}-${width}x${height}.png`;
    await writeFile(path.join(imagesDir, file), png);
    files[name] = file;
  }
  // Renders from an older version of a drawing would linger otherwise.
  const keep = new Set(Object.values(files));
  for (const f of await readdir(imagesDir)) if (!keep.has(f)) await rm(path.join(imagesDir, f));
  return files;
}

const toUtc = (iso) => new Date(iso).toISOString().replace(".000Z", "Z");

/**
 * One document per language of a group. Keys of the group that are language codes hold
 * that version's own fields; `id`, `image`, `createdAt`, `draft`, `draftOnly` steer the
 * build; everything else is shared (a function is called with the language).
 */
function expandGroups(type, groups, langs) {
  const docs = [];
  const metadata = [];
  for (const group of groups) {
    const { id, image, createdAt, draft, draftOnly, ...rest } = group;
    const shared = Object.fromEntries(Object.entries(rest).filter(([k]) => !langs.includes(k)));
    const present = langs.filter((l) => group[l]);
    if (!present.includes("vi")) throw new Error(`${type} ${id}: no vi version`);
    if (!draftOnly && !present.includes("en")) throw new Error(`${type} ${id}: no en version`);
    const versions = [];
    for (const lang of present) {
      const fields = { language: lang };
      for (const [k, v] of Object.entries(shared)) fields[k] = typeof v === "function" ? v(lang) : v;
      if (image) fields.mainImage = illustration(image, lang);
      for (const [k, v] of Object.entries(group[lang])) fields[k] = k === "slug" ? { _type: "slug", current: v } : v;
      const created = createdAt ?? (fields.publishedAt ? toUtc(fields.publishedAt) : WRITTEN_AT);
      const docId = versionId(type, id, lang);
      const doc = {
        _id: draftOnly ? `drafts.${docId}` : docId,
        _type: type,
        _createdAt: created,
        _updatedAt: created,
        ...fields,
      };
      docs.push(doc);
      versions.push({ lang, docId });
      if (draft?.[lang]) {
        docs.push({ ...doc, _id: `drafts.${docId}`, _updatedAt: DRAFTED_AT, ...draft[lang] });
      }
    }
    if (!draftOnly) {
      metadata.push({
        _id: `tm-${type}-${id}`,
        _type: "translation.metadata",
        _createdAt: WRITTEN_AT,
        _updatedAt: WRITTEN_AT,
        schemaTypes: [type],
        translations: versions.map(({ lang, docId }) => ({
          _key: lang,
          _type: "internationalizedArrayReferenceValue",
          language: lang,
          value: { _type: "reference", _ref: docId, _weak: true },
        })),
      });
    }
  }
  return [...docs, ...metadata];
}

/** Gives every object in an array a `_key` derived from the document id and its path. */
function fillKeys(value, docId, at) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item && typeof item === "object" && !Array.isArray(item) && item._key === undefined) {
        item._key = sha1(`${docId}:${at}[${i}]`).slice(0, 12);
      }
      fillKeys(item, docId, `${at}[${i}]`);
    });
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) fillKeys(v, docId, `${at}.${k}`);
  }
}

/**
 * Swaps the illustration placeholders for Sanity's asset-import reference. Returns a
 * fresh copy, so filling keys later never touches objects shared between documents.
 */
function resolveImages(value, files) {
  if (Array.isArray(value)) return value.map((v) => resolveImages(v, files));
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "_sanityAsset" && typeof v === "string" && v.startsWith("@image:")) {
        const file = files[v.slice("@image:".length)];
        if (!file) throw new Error(`unknown image ${v}`);
        out[k] = `image@file://./images/${file}`;
      } else out[k] = resolveImages(v, files);
    }
    return out;
  }
  return value;
}

/**
 * The project team's translations, as translated XLIFF files (one per language), applied
 * through the same checks and writing as `npm run translations:import`: published and
 * approved, recording the source version they were made from. A source whose text changed
 * since its file was exported stops the build; export that language again and translate
 * the changed units.
 */
async function applyTranslations(docs) {
  let files;
  try {
    files = (await readdir(translationsDir)).filter((f) => f.endsWith(".xlf")).sort();
  } catch {
    return docs;
  }
  const { planImport, applyPlan } = await loadTs({
    planImport: "app/translations/xliff.server.ts",
    applyPlan: "app/translations/xliff.server.ts",
  });
  let out = docs;
  for (const file of files) {
    const xml = await readFile(path.join(translationsDir, file), "utf8");
    const plan = await planImport(xml, out, {
      translatedBy: "Project team",
      state: "approved",
      publish: true,
      now: TRANSLATED_AT,
      lang: file.replace(/\.xlf$/, ""),
    });
    const touched = new Set(
      plan.mutations.map((m) =>
        "createOrReplace" in m ? m.createOrReplace._id : "create" in m ? m.create._id : m.patch.id,
      ),
    );
    out = applyPlan(out, plan).map((doc) => {
      if (!touched.has(doc._id)) return doc;
      const { _rev: _old, ...rest } = doc;
      return finish({ ...rest, _createdAt: doc._createdAt ?? TRANSLATED_AT, _updatedAt: TRANSLATED_AT });
    });
    console.log(`${file}: ${plan.created.length} translations (${plan.units} units)`);
    for (const warning of plan.warnings) console.log(`  ${warning}`);
  }
  return out;
}

/**
 * The document as the store and the Content Lake hold it after import, for fingerprints:
 * a `_sanityAsset` pointer becomes the reference the import writes (the asset id is the
 * file's SHA-1 and size, which its name already carries).
 */
function asImported(value) {
  if (Array.isArray(value)) return value.map(asImported);
  if (!value || typeof value !== "object") return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    const m = k === "_sanityAsset" ? /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+)x(\d+)\.(\w+)$/.exec(v) : null;
    if (k === "_sanityAsset" && !m) throw new Error(`unexpected asset pointer ${v}`);
    if (m) out.asset = { _type: "reference", _ref: `image-${m[1]}-${m[2]}x${m[3]}-${m[4]}` };
    else out[k] = asImported(v);
  }
  return out;
}

/**
 * Every translation records what it was made from (ADR 0008): the Vietnamese version of
 * its group, by the project team, approved; except STALE_TRANSLATIONS. Runs before
 * `finish`, so sources dated later get their revision from the new date.
 */
function withProvenance(docs) {
  const sourceOf = new Map();
  for (const meta of docs.filter((d) => d._type === "translation.metadata")) {
    const vi = meta.translations.find((t) => t.language === "vi").value._ref;
    for (const t of meta.translations) if (t.language !== "vi") sourceOf.set(t.value._ref, vi);
  }
  const byId = new Map(docs.map((d) => [d._id, d]));
  for (const stale of STALE_TRANSLATIONS) {
    const source = byId.get(stale.sourceId);
    if (!source) throw new Error(`stale translation: no source ${stale.sourceId}`);
    source._updatedAt = SOURCE_REVISED_AT;
  }
  const finished = new Map(docs.map((d) => [d._id, finish(structuredClone(d))]));
  for (const doc of docs) {
    if (!isTranslatableType(doc._type) || doc.language === "vi") continue;
    const sourceId = sourceOf.get(doc._id.replace(/^drafts\./, ""));
    if (!sourceId) continue;
    const source = asImported(finished.get(sourceId));
    const stale = STALE_TRANSLATIONS.find((s) => s.sourceId === sourceId && s.languages.includes(doc.language));
    if (stale && typeof source[stale.field] !== "string") throw new Error(`${sourceId}: ${stale.field} is not text`);
    const madeFrom = stale ? { ...source, [stale.field]: stale.before(source[stale.field]) } : source;
    doc.translation = provenanceFrom(madeFrom, {
      translatedAt: doc._updatedAt,
      translatedBy: "Project team",
      state: stale ? "needsReview" : "approved",
    });
  }
  return docs;
}

/** System fields first, then the content in the order it was written. */
function finish(doc) {
  const { _id, _type, _createdAt = WRITTEN_AT, _updatedAt = _createdAt, ...fields } = doc;
  // A draft keeps the keys of the document it edits, as in the Studio.
  fillKeys(fields, _id.replace(/^drafts\./, ""), "");
  const rev = sha1(JSON.stringify({ _id, _type, _createdAt, _updatedAt, fields })).slice(0, 22);
  return { _id, _type, _createdAt, _updatedAt, _rev: rev, ...fields };
}

async function main() {
  const langs = await languageIds();
  const files = await renderImages();
  const groups = [
    ["page", pages],
    ["article", articles],
    ["event", events],
    ["investmentOpportunity", opportunities],
    ["industrialPark", industrialParks],
    ["imageProject", imageProject],
    ["exhibit", exhibits],
    ["exhibition", exhibition],
  ];
  const docs = await applyTranslations(
    withProvenance(
      [
        ...settingsDocuments,
        ...people,
        ...indicators,
        ...exchangeRateDocuments,
        ...groups.flatMap(([type, list]) => expandGroups(type, list, langs)),
      ].map((doc) => resolveImages(doc, files)),
    ).map(finish),
  );

  const ids = new Set();
  for (const doc of docs) {
    if (ids.has(doc._id)) throw new Error(`duplicate _id ${doc._id}`);
    ids.add(doc._id);
    if (!/^[a-zA-Z0-9_.-]+$/.test(doc._id)) throw new Error(`bad _id ${doc._id}`);
    if (doc.language && !langs.includes(doc.language)) throw new Error(`${doc._id}: unknown language ${doc.language}`);
  }
  docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  const ndjson = docs.map((d) => JSON.stringify(d)).join("\n") + "\n";
  await writeFile(path.join(seedDir, "production.ndjson"), ndjson);

  const counts = {};
  for (const d of docs) counts[d._type] = (counts[d._type] ?? 0) + 1;
  console.log(`wrote ${docs.length} documents and ${Object.keys(files).length} images`);
  for (const [type, n] of Object.entries(counts).sort()) console.log(`  ${type}: ${n}`);
}

await main();
