// WCAG 3.1.2 Language of parts: on every page in every language, a citation is in its source's language (Vietnamese titles on English and Japanese pages) and a contact's name in the name's language (a role account's English name on a Japanese page), as `lang` says.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DATASET_PATH, PAGES } from "../pages";
import { launchBrowserWithoutJs, type Browser } from "../support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowserWithoutJs();
});

afterAll(async () => {
  await browser?.close();
});

// The languages the demo dataset gives its sources (by title) and people (by name).
const docs = readFileSync(DATASET_PATH, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Record<string, unknown>);
const sourceLanguages = new Map<string, string>();
(function collect(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(collect);
  if (!value || typeof value !== "object") return;
  const o = value as Record<string, unknown>;
  if (o._type === "source" && typeof o.title === "string" && typeof o.language === "string")
    sourceLanguages.set(o.title, o.language);
  Object.values(o).forEach(collect);
})(docs);
const nameLanguages = new Map(
  docs
    .filter((d) => d._type === "person" && typeof d.name === "string" && typeof d.nameLanguage === "string")
    .map((d) => [d.name as string, d.nameLanguage as string]),
);

describe("language of parts (3.1.2)", () => {
  it("the demo data gives every source and contact name a language", () => {
    expect(sourceLanguages.size).toBeGreaterThan(10);
    expect(nameLanguages.size).toBeGreaterThan(0);
  });

  it.each(PAGES.map((p) => [p.label, p] as const))("%s", async (_label, visit) => {
    const { page } = browser;
    const response = await page.goto(baseUrl + visit.path, { waitUntil: "load" });
    expect(response?.status(), visit.path).toBe(visit.type.status);
    const found = await page.evaluate(
      ({ sources, names }) => {
        const langOf = (el: Element) => el.closest("[lang]")?.getAttribute("lang") ?? "";
        const out: { what: string; expected: string; actual: string }[] = [];
        for (const cite of document.querySelectorAll("cite")) {
          const text = (cite.textContent ?? "").trim();
          const source = sources.find(([title]) => text.includes(title));
          if (source) out.push({ what: text, expected: source[1], actual: langOf(cite) });
        }
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const name = names.find(([n]) => n === (node!.textContent ?? "").trim());
          if (name && node.parentElement)
            out.push({ what: name[0], expected: name[1], actual: langOf(node.parentElement) });
        }
        return out;
      },
      { sources: [...sourceLanguages], names: [...nameLanguages] },
    );
    const wrong = found
      .filter((f) => f.expected !== f.actual)
      .map((f) => `${f.what}: lang ${f.actual}, not ${f.expected}`);
    expect(wrong, visit.path).toEqual([]);
  });
});
