// WCAG 2.4.6: on every page in every language, no two form controls share a label (ja once had お問い合わせの内容 and お問い合わせ内容 for the topic and the message, and the filters two "Minimum" boxes); and the inquiry form names a closed opportunity's status once ("… Long Mỹ (closed) (closed)").
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LANGUAGE_IDS } from "../../app/i18n/languages";
import { DATASET_PATH, PAGES } from "../pages";
import { launchBrowserWithoutJs, type Browser } from "../support/browser";
import { readFileSync } from "node:fs";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  // The labels are in the server's HTML; without scripts each visit is one document.
  browser = await launchBrowserWithoutJs();
});

afterAll(async () => {
  await browser?.close();
});

/** Each visible form control's accessible name (aria-labelledby, aria-label, then its labels), with its id. */
function controlNames(): Promise<{ id: string; name: string }[]> {
  return browser.page.evaluate(() => {
    const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
    const controls = [...document.querySelectorAll("input, select, textarea")] as (
      HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
    )[];
    return controls
      .filter((c) => !(c instanceof HTMLInputElement && ["hidden", "submit", "button", "reset"].includes(c.type)))
      .filter((c) => !c.closest("[aria-hidden=true]"))
      .map((c) => {
        const labelledBy = c.getAttribute("aria-labelledby");
        const name = labelledBy
          ? labelledBy
              .split(/\s+/)
              .map((id) => text(document.getElementById(id)))
              .join(" ")
          : (c.getAttribute("aria-label") ?? [...(c.labels ?? [])].map(text).join(" "));
        return { id: c.id || c.name, name: name.trim() };
      });
  });
}

/**
 * Labels a listener cannot tell apart count as one: compared without case, spaces and
 * punctuation, and without the Japanese particle の (お問い合わせの内容 and お問い合わせ内容
 * name the same thing).
 */
function sameLabel(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, "")
    .replace(/の/g, "");
}

describe("form control labels (2.4.6)", () => {
  it.each(PAGES.map((p) => [p.label, p] as const))("%s: every control has a label of its own", async (_l, visit) => {
    const response = await browser.page.goto(baseUrl + visit.path, { waitUntil: "load" });
    expect(response?.status(), visit.path).toBe(visit.type.status);
    const controls = await controlNames();
    const unnamed = controls.filter((c) => c.name === "").map((c) => c.id);
    expect(unnamed, `${visit.path}: controls without a label`).toEqual([]);
    const byName = new Map<string, string[]>();
    for (const c of controls) byName.set(sameLabel(c.name), [...(byName.get(sameLabel(c.name)) ?? []), c.id]);
    const shared = [...byName].filter(([, ids]) => ids.length > 1).map(([name, ids]) => `${name}: ${ids.join(", ")}`);
    expect(shared, `${visit.path}: labels shared by several controls`).toEqual([]);
  });
});

// Opportunities whose status the form must mark closed, from the demo dataset.
const closedIds = readFileSync(DATASET_PATH, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { _id: string; _type: string; status?: string })
  .filter((d) => d._type === "investmentOpportunity" && (d.status === "closed" || d.status === "awarded"))
  .map((d) => d._id);

describe("the inquiry form's opportunity list", () => {
  it("has closed opportunities in the demo data", () => {
    expect(closedIds.length).toBeGreaterThan(0);
  });

  it.each(LANGUAGE_IDS)("%s: says once, in the page's language, that an opportunity is closed", async (lang) => {
    const strings = JSON.parse(readFileSync(new URL(`../../locales/${lang}/inquiry.json`, import.meta.url), "utf8"));
    await browser.page.goto(`${baseUrl}/${lang}/invest/inquiry`, { waitUntil: "load" });
    const options = await browser.page.locator("#inquiry-opportunity option").evaluateAll((els) =>
      els.map((o) => ({
        value: (o as HTMLOptionElement).value,
        text: (o.textContent ?? "").trim(),
        group: o.parentElement instanceof HTMLOptGroupElement ? o.parentElement.label : null,
      })),
    );
    // No option repeats a bracketed part, e.g. "(closed) (closed)" or "（終了）（終了）".
    const repeated = options.filter((o) => /([(（][^()（）]+[)）]).*\1/.test(o.text)).map((o) => o.text);
    expect(repeated).toEqual([]);
    const closed = options.filter((o) => closedIds.includes(o.value));
    expect(closed.length, "every closed opportunity is listed, in some language version").toBeGreaterThan(0);
    // The status is said by the group the option is in (a label in the page's language), not in the option.
    for (const o of closed) expect(o.group, o.text).toBe(strings.form.closedGroup);
    for (const o of options.filter((x) => x.value && !closedIds.includes(x.value))) expect(o.group, o.text).toBeNull();
  });
});
