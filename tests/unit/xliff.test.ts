/**
 * The XLIFF export and import on the demo dataset, in memory: the 1.2 file validates
 * against the OASIS schema, 2.0 parses back with the xliff package, a pseudo-translation
 * comes back as draft translations with their marks, links, slug and provenance, and each
 * kind of bad file is refused with a message naming the unit and no plan at all.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import xliff, { type XliffGroup, type XliffUnit } from "xliff";
import { describe, expect, it } from "vitest";
import { contentHash } from "../../app/translations/fields";
import {
  applyPlan,
  exportXliff,
  planImport,
  slugForTitle,
  XliffImportError,
  type SanityDoc,
} from "../../app/translations/xliff.server";
import { pseudo, pseudoTranslate } from "../support/xliff-pseudo";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DOCS: SanityDoc[] = readFileSync(path.join(ROOT, "studio/seed/production.ndjson"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as SanityDoc);
const NOW = "2026-02-01T08:00:00Z";
const OPTIONS = { translatedBy: "Pseudo agency", now: NOW };

/** A vi source with a link in its body (translated into every language), and an industrial park (not into French). */
const CONTACT = DOCS.find((d) => d._id === "page-contact-vi")!;
const PARK = DOCS.find((d) => d._type === "industrialPark" && d.language === "vi")!;

function xmllint(xml: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "xliff-")), "export.xlf");
  writeFileSync(file, xml);
  const schema = path.join(ROOT, "tests/fixtures/xliff/xliff-core-1.2-strict.xsd");
  return spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
}

async function refused(xml: string, docs: readonly SanityDoc[] = DOCS, options = {}) {
  const error = await planImport(xml, docs, { ...OPTIONS, ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XliffImportError);
  return (error as XliffImportError).problems;
}

describe("export", () => {
  it("writes XLIFF 1.2 that validates against the OASIS strict schema", async () => {
    const { xml, documents, units } = await exportXliff(DOCS, { lang: "ja" });
    expect(documents).toBeGreaterThan(20);
    expect(units).toBeGreaterThan(documents);
    const result = xmllint(xml);
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
    // And a damaged file does not, so the check can fail.
    expect(xmllint(xml.replace("<source>", "<sourze>")).status).not.toBe(0);
  });

  it("has one readable unit per text leaf, the source version on its group and notes for context", async () => {
    const { xml } = await exportXliff(DOCS, { lang: "ko", types: ["page"] });
    const js = await xliff.xliff12ToJs(xml);
    const group = js.resources["haugiang-content"][CONTACT._id] as XliffGroup;
    expect(group.additionalAttributes).toMatchObject({
      restype: "x-page",
      extradata: `rev=${CONTACT._rev};hash=${contentHash(CONTACT)}`,
    });
    const ids = Object.keys(group.groupUnits);
    expect(ids).toContain(`${CONTACT._id}/title`);
    const linkBlock = (CONTACT.body as { _key: string; markDefs: unknown[] }[]).find((b) => b.markDefs.length > 0)!;
    const unit = group.groupUnits[`${CONTACT._id}/body.${linkBlock._key}`] as XliffUnit;
    expect(JSON.stringify(unit.source)).toMatch(/"GenericSpan":\{"id":"\d+","ctype":"link"/);
    expect(unit.note).toEqual(
      expect.arrayContaining([
        `Page "${String(CONTACT.title)}" (${CONTACT._id}).`,
        expect.stringMatching(/^Field: body, block \d+ of \d+/),
        expect.stringMatching(/^Tags: <g id="\d+"> link to mailto:/),
      ]),
    );
    // The existing Korean contact page is offered as the current target.
    const ko = DOCS.find((d) => d._id === "page-contact-ko")!;
    expect((group.groupUnits[`${CONTACT._id}/title`] as XliffUnit).target).toBe(ko.title);
  });

  it("writes XLIFF 2.0 that parses back with the xliff package, placeholders as <pc>", async () => {
    const one = await exportXliff(DOCS, { lang: "ja" });
    const two = await exportXliff(DOCS, { lang: "ja", version: "2.0" });
    expect(two.xml).toContain('version="2.0"');
    expect(two.xml).toMatch(/<pc id="\d+" type="fmt" subType="xlf:b">/);
    const js = await xliff.xliff2js(two.xml);
    expect(js).toMatchObject({ sourceLanguage: "vi", targetLanguage: "ja" });
    const groups = Object.values(js.resources["haugiang-content"]) as XliffGroup[];
    expect(groups.length).toBe(two.documents);
    expect(groups.reduce((n, g) => n + Object.keys(g.groupUnits).length, 0)).toBe(one.units);
    expect(groups[0].additionalAttributes?.["hg:hash"]).toMatch(/^[0-9a-f]{32}$/);
  });

  it("selects missing and stale translations", async () => {
    const missing = await exportXliff(DOCS, { lang: "ja", types: ["page"], missing: true });
    expect(missing.xml).toContain("page-privacy-vi/title");
    expect(missing.xml).not.toContain("page-contact-vi/title");
    const current = await exportXliff(DOCS, { lang: "ja", types: ["page"], stale: true });
    expect(current.xml).not.toContain("page-contact-vi/title");
    // The Japanese contact page made from other source text is stale, and says which field changed.
    const docs = DOCS.map((d) =>
      d._id === "page-contact-ja"
        ? { ...d, translation: { ...(d.translation as object), sourceHash: "0".repeat(32), fieldHashes: [] } }
        : d,
    );
    const stale = await exportXliff(docs, { lang: "ja", types: ["page"], stale: true });
    expect(stale.xml).toContain("page-contact-vi/title");
    expect(stale.xml).not.toContain("page-privacy-vi/title");
    expect(stale.xml).toContain("The source's title changed since the current translation");
    const either = await exportXliff(docs, { lang: "ja", types: ["page"], stale: true, missing: true });
    expect(either.documents).toBe(stale.documents + missing.documents);
  });
});

describe("import of a pseudo-translation", () => {
  for (const version of ["1.2", "2.0"] as const) {
    it(`creates drafts with the translated text, marks, links, slug and provenance (XLIFF ${version})`, async () => {
      const { xml } = await exportXliff(DOCS, { lang: "fr", version, types: ["page", "industrialPark"] });
      const plan = await planImport(await pseudoTranslate(xml), DOCS, OPTIONS);
      expect(plan.lang).toBe("fr");
      expect(plan.created).toContain(PARK._id.replace(/-vi$/, "-fr"));
      expect(plan.updated).toContain("page-contact-fr");
      const docs = applyPlan(DOCS, plan);

      const park = docs.find((d) => d._id === `drafts.${PARK._id.replace(/-vi$/, "-fr")}`)!;
      expect(park.title).toBe(`⟦${pseudo(String(PARK.title))}⟧`);
      expect(park.language).toBe("fr");
      expect(park.areaHa).toBe(PARK.areaHa);
      expect((park.slug as { current: string }).current).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(park.translation).toEqual({
        _type: "translationProvenance",
        sourceId: PARK._id,
        sourceRev: PARK._rev,
        sourceHash: contentHash(PARK),
        fieldHashes: expect.any(Array),
        translatedAt: NOW,
        translatedBy: "Pseudo agency",
        state: "needsReview",
      });
      const meta = docs.find((d) => d._type === "translation.metadata" && JSON.stringify(d).includes(`"${PARK._id}"`))!;
      expect(meta.translations).toContainEqual({
        _key: "fr",
        _type: "internationalizedArrayReferenceValue",
        language: "fr",
        value: { _type: "reference", _ref: PARK._id.replace(/-vi$/, "-fr"), _weak: true },
      });

      // The contact page keeps its slug, its link and the bold label, now around translated words.
      const contact = docs.find((d) => d._id === "drafts.page-contact-fr")!;
      expect(contact.slug).toEqual(DOCS.find((d) => d._id === "page-contact-fr")!.slug);
      const blocks = contact.body as { children: { text: string; marks: string[] }[]; markDefs: { href: string }[] }[];
      const linked = blocks.find((b) => b.markDefs.length > 0)!;
      const linkSpan = linked.children.find((c) => c.marks.length > 0)!;
      expect(linked.markDefs[0].href).toMatch(/^mailto:/);
      expect(linkSpan.text).toBe(pseudo(linkSpan.text.normalize()));
      expect(blocks.some((b) => b.children.some((c) => c.marks.includes("strong")))).toBe(true);
      // Nothing published changed.
      expect(docs.find((d) => d._id === "page-contact-fr")).toEqual(DOCS.find((d) => d._id === "page-contact-fr"));
    });
  }

  it("accepts a file whose source has a new revision with the same text, with a warning", async () => {
    const { xml } = await exportXliff(DOCS, { lang: "fr", types: ["industrialPark"] });
    const docs = DOCS.map((d) => (d._id === PARK._id ? { ...d, _rev: "newer", areaHa: 1 } : d));
    const plan = await planImport(await pseudoTranslate(xml), docs, OPTIONS);
    expect(plan.warnings).toEqual([expect.stringContaining(`document ${PARK._id}: source revision`)]);
    expect(plan.created).toContain(PARK._id.replace(/-vi$/, "-fr"));
  });
});

describe("import refuses, naming the unit, and plans nothing", () => {
  const exported = exportXliff(DOCS, { lang: "ja", types: ["page", "industrialPark"] }).then((r) => r.xml);
  const linkUnit = async () => {
    const linkBlock = (CONTACT.body as { _key: string; markDefs: unknown[] }[]).find((b) => b.markDefs.length > 0)!;
    return `${CONTACT._id}/body.${linkBlock._key}`;
  };

  it("a file for another language", async () => {
    const xml = await pseudoTranslate(await exported, { targetLanguage: "de" });
    expect(await refused(xml)).toEqual([expect.stringContaining(`target language "de" is not one of`)]);
    expect(await refused(await pseudoTranslate(await exported), DOCS, { lang: "ko" })).toEqual([
      "target language is ja, not ko as asked",
    ]);
  });

  it("an unknown document", async () => {
    const xml = (await pseudoTranslate(await exported)).replaceAll(`"${PARK._id}`, `"industrialPark-gone-vi`);
    expect(await refused(xml)).toEqual([expect.stringContaining("document industrialPark-gone-vi: unknown document")]);
  });

  it("a source whose text changed since the export", async () => {
    const xml = await pseudoTranslate(await exported);
    const docs = DOCS.map((d) => (d._id === PARK._id ? { ...d, title: `${String(d.title)} (mới)` } : d));
    expect(await refused(xml, docs)).toEqual([
      expect.stringContaining(`document ${PARK._id}: the source's text changed since the export`),
    ]);
  });

  it("malformed XML", async () => {
    const xml = await pseudoTranslate(await exported);
    const problems = await refused(xml.slice(0, xml.length / 2));
    expect(problems).toEqual([expect.stringMatching(/^malformed XML: /)]);
    expect(await refused(xml.replace("</target>", "</targe>"))).toEqual([expect.stringMatching(/^malformed XML: /)]);
  });

  it("a placeholder missing, altered or made up", async () => {
    const unit = await linkUnit();
    const dropTags = await pseudoTranslate(await exported, {
      alter: (id, target) => (id === unit ? "⟦no tags⟧" : target),
    });
    expect(await refused(dropTags)).toEqual([
      expect.stringMatching(new RegExp(`^unit ${unit}: placeholder missing: id="\\d+" \\(link to mailto:`)),
    ]);

    const xml = await pseudoTranslate(await exported);
    const altered = xml.replace(/(<target>(?:(?!<\/target>).)*?<g id="\d+" ctype=")link"/s, '$1bold"');
    expect(await refused(altered)).toEqual([
      expect.stringMatching(/^unit [^ ]+: placeholder id="\d+" \(link to mailto:[^)]+\) was altered$/),
    ]);

    const madeUp = await pseudoTranslate(await exported, {
      alter: (id, target) => (id === unit ? [{ Standalone: { id: "99", ctype: "lb" } }, ...[target].flat()] : target),
    });
    expect(await refused(madeUp)).toEqual([`unit ${unit}: placeholder Standalone id="99" is not in the source`]);
    const tagInPlainText = await pseudoTranslate(await exported, {
      alter: (id, target) =>
        id === `${PARK._id}/title` ? ["⟦", { GenericSpan: { id: "1", ctype: "bold", contents: "x" } }, "⟧"] : target,
    });
    expect(await refused(tagInPlainText)).toEqual([`unit ${PARK._id}/title: the source has no tags, the target has`]);
  });

  it("empty or missing targets, and reports every problem at once", async () => {
    const xml = await pseudoTranslate(await exported, {
      alter: (id, target) => (id === `${PARK._id}/title` ? " " : id === `${PARK._id}/summary` ? undefined : target),
    });
    expect(await refused(xml)).toEqual([
      `unit ${PARK._id}/title: empty target`,
      `unit ${PARK._id}/summary: empty target`,
    ]);
  });
});

describe("slugs of translations", () => {
  it("ASCII-folds Latin titles (Vietnamese included) and keeps the source slug for CJK titles", () => {
    expect(slugForTitle("Khu công nghiệp Sông Hậu: Đợt 1", "fr", "x")).toBe("khu-cong-nghiep-song-hau-dot-1");
    expect(slugForTitle("Parc industriel de Tân Phú Thạnh", "fr", "x")).toBe("parc-industriel-de-tan-phu-thanh");
    expect(slugForTitle("ソンハウ工業団地", "ja", "khu-cong-nghiep-song-hau")).toBe("khu-cong-nghiep-song-hau-ja");
    expect(slugForTitle("송허우 산업단지", "ko", "kcn")).toBe("kcn-ko");
    expect(slugForTitle("后江工业区", "zh-Hans", "kcn")).toBe("kcn-zh-hans");
  });
});
