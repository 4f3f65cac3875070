/**
 * A pseudo-translation, as a CAT tool would fill an exported XLIFF file: every target is
 * its source with accented letters, wrapped in ⟦…⟧, the inline tags kept where they are.
 * Tests use it to see translated text travel through the import to the site without
 * writing real translations; `alter` lets them damage one unit on purpose.
 */
import xliff, { type XliffGroup, type XliffJs, type XliffUnit, type XliffValue } from "xliff";

const ACCENTS: Record<string, string> = {
  a: "á",
  e: "é",
  i: "í",
  o: "ö",
  u: "ü",
  y: "ý",
  A: "Á",
  E: "É",
  O: "Ö",
  U: "Ü",
};

export const pseudo = (text: string) => text.replace(/[aeiouyAEOU]/g, (c) => ACCENTS[c]);

function pseudoValue(value: XliffValue | undefined): XliffValue {
  if (value === undefined) return "";
  if (typeof value === "string") return pseudo(value);
  if (Array.isArray(value)) return value.map((v) => pseudoValue(v) as string);
  return Object.fromEntries(
    Object.entries(value).map(([type, attrs]) => [
      type,
      attrs.contents === undefined ? attrs : { ...attrs, contents: pseudoValue(attrs.contents) },
    ]),
  );
}

const wrap = (value: XliffValue): XliffValue =>
  typeof value === "string" ? `⟦${value}⟧` : ["⟦", ...[value].flat(), "⟧"];

export interface PseudoOptions {
  /** Change one unit's target after pseudo-translating it (by unit id). */
  alter?: (unitId: string, target: XliffValue) => XliffValue | undefined;
  targetLanguage?: string;
}

/** Fills every unit's target; the version of the input is kept. */
export async function pseudoTranslate(xml: string, options: PseudoOptions = {}): Promise<string> {
  const v2 = /version="2\.0"/.test(xml.slice(0, 500));
  const js: XliffJs = v2 ? await xliff.xliff2js(xml) : await xliff.xliff12ToJs(xml);
  for (const file of Object.values(js.resources)) {
    for (const group of Object.values(file) as XliffGroup[]) {
      for (const [id, unit] of Object.entries(group.groupUnits) as [string, XliffUnit][]) {
        const target = wrap(pseudoValue(unit.source));
        const altered = options.alter ? options.alter(id, target) : target;
        if (altered === undefined) delete unit.target;
        else unit.target = altered;
      }
    }
  }
  if (options.targetLanguage) js.targetLanguage = options.targetLanguage;
  const out = v2 ? await xliff.js2xliff(js, { indent: "" }) : await xliff.jsToXliff12(js, { indent: "" });
  return v2 ? out.replace(/^<xliff /, '<xliff xmlns:hg="urn:haugiang:translation:1" ') : out;
}
