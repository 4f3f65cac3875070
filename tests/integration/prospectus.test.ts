// The prospectus: the form lists real choices, the PDF comes back in the reader's language with embedded fonts and searchable text, and bad choices get a localized 400.
import { describe, expect, inject, it } from "vitest";
import { LANGUAGE_IDS, type Lang } from "../../app/i18n/languages";
import { MAX_OPPORTUNITIES } from "../../app/prospectus/limits";
import en from "../../locales/en/prospectus.json";
import ja from "../../locales/ja/prospectus.json";
import vi from "../../locales/vi/prospectus.json";
import { pdfObjects, pdfText } from "../support/pdf-text";

const baseUrl = inject("baseUrl");

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Text compared without spaces or line breaks: a wrapped line in the PDF splits words (and CJK text has no spaces to split at). */
const squash = (s: string) => s.replace(/\s+/g, "");

interface Choice {
  id: string;
  title: string;
}

/** The opportunities the form offers in `lang`: checkbox value and the title its label shows. */
async function formChoices(lang: Lang): Promise<Choice[]> {
  const response = await fetch(`${baseUrl}/${lang}/invest/prospectus`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const choices: Choice[] = [];
  for (const [, input, label] of html.matchAll(
    /<input([^>]*name="opportunity"[^>]*)\/?>\s*<label[^>]*>([\s\S]*?)<\/label>/g,
  )) {
    const value = /value="([^"]*)"/.exec(input)?.[1];
    if (value) choices.push({ id: decode(value), title: decode(label.replace(/<[^>]+>/g, "")) });
  }
  return choices;
}

async function getPdf(lang: Lang, query: string) {
  const response = await fetch(`${baseUrl}/${lang}/invest/prospectus.pdf?${query}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body };
}

const BASE_14 = /\/BaseFont\s*\/(?:Helvetica|Times|Courier|Symbol|ZapfDingbats)/;

function expectEmbeddedFontsOnly(pdf: Buffer) {
  const objects = pdfObjects(pdf);
  const descriptors = objects.filter((o) => /\/Type\s*\/FontDescriptor/.test(o.dict));
  expect(descriptors.length).toBeGreaterThan(0);
  for (const d of descriptors) expect(d.dict).toMatch(/\/FontFile[23]\s/);
  const raw = pdf.toString("latin1");
  expect(raw).not.toMatch(BASE_14);
  expect(raw).not.toMatch(/\/Subtype\s*\/Type1\b/);
}

describe("prospectus form", () => {
  it("offers every published opportunity as a GET form posting to the PDF", async () => {
    const response = await fetch(`${baseUrl}/en/invest/prospectus`);
    const html = await response.text();
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/en\/invest\/prospectus\.pdf"/);
    const choices = await formChoices("en");
    expect(choices.length).toBeGreaterThan(0);
    expect(html).toMatch(/<select[^>]*name="sector"/);
  });
});

describe("prospectus PDF", () => {
  it("returns a Japanese PDF with the locale's strings, the chosen opportunity and embedded fonts", async () => {
    const [choice] = await formChoices("ja");
    const { response, body } = await getPdf("ja", `opportunity=${encodeURIComponent(choice.id)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;\s*filename="[^"]+\.pdf"/);
    expect(response.headers.get("cache-control")).toMatch(/\bprivate\b/);
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(body.length).toBeLessThan(2 * 1024 * 1024);
    expectEmbeddedFontsOnly(body);

    const text = squash(pdfText(body));
    for (const s of [
      ja.title,
      ja.pdf.figuresTitle,
      ja.pdf.opportunitiesTitle,
      ja.pdf.parksTitle,
      ja.pdf.contactsTitle,
      ja.pdf.figuresNote,
    ]) {
      expect(text).toContain(squash(s));
    }
    expect(text).toContain(squash(choice.title));
    // Opportunities are not translated into Japanese in the demo: the section says which language it shows.
    expect(text).toContain(
      squash(ja.pdf.fallback.replace("{{language}}", new Intl.DisplayNames(["ja"], { type: "language" }).of("en")!)),
    );
  });

  it("sets Vietnamese text with its diacritics in a Vietnamese PDF", async () => {
    const [choice] = await formChoices("vi");
    const { response, body } = await getPdf("vi", `opportunity=${encodeURIComponent(choice.id)}`);
    expect(response.status).toBe(200);
    expectEmbeddedFontsOnly(body);
    const plain = pdfText(body);
    expect(squash(plain)).toContain(squash(vi.pdf.opportunitiesTitle));
    expect(squash(plain)).toContain(squash(choice.title));
    expect(plain).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
  });

  it("takes a whole sector and answers in every language", async () => {
    for (const lang of LANGUAGE_IDS) {
      const { response, body } = await getPdf(lang, "sector=industry");
      expect(response.status, lang).toBe(200);
      expect(body.subarray(0, 5).toString("latin1"), lang).toBe("%PDF-");
      expect(body.length, lang).toBeLessThan(2 * 1024 * 1024);
      expectEmbeddedFontsOnly(body);
    }
  }, 90_000);
});

describe("bad prospectus choices", () => {
  const cases: [name: string, query: string, message: string][] = [
    ["nothing chosen", "", ja.error.empty],
    ["an empty sector only", "sector=", ja.error.empty],
    ["an unknown opportunity", "opportunity=no-such-opportunity", ja.error.unknownOpportunity],
    [
      "an id with markup",
      `opportunity=${encodeURIComponent('"><script>alert(1)</script>')}`,
      ja.error.unknownOpportunity,
    ],
    ["an unknown sector", "sector=mining", ja.error.unknownSector],
    ["two sectors", "sector=industry&sector=tourism", ja.error.unknownSector],
    [
      "too many opportunities",
      Array.from({ length: MAX_OPPORTUNITIES + 1 }, (_, i) => `opportunity=o${i}`).join("&"),
      ja.error.tooMany.replace("{{max}}", String(MAX_OPPORTUNITIES)),
    ],
  ];
  for (const [name, query, message] of cases) {
    it(`answers ${name} with a localized 400 page`, async () => {
      const response = await fetch(`${baseUrl}/ja/invest/prospectus.pdf?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toMatch(/<html lang="ja"/);
      expect(html).toContain(message);
      expect(html).toContain('href="/ja/invest/prospectus"');
      expect(html).not.toContain("<script");
    });
  }

  it("speaks the reader's language on the 400 page", async () => {
    const response = await fetch(`${baseUrl}/en/invest/prospectus.pdf?sector=mining`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(en.error.unknownSector);
  });
});
