/**
 * The prospectus PDF: cover, the locality in figures, the chosen opportunities, the
 * industrial parks and the contacts, laid out with pdfkit in the reader's language.
 *
 * Text is real text in embedded, subset TrueType fonts (app/prospectus/fonts.server.ts)
 * with ToUnicode maps, so it can be selected, searched and read aloud; no base-14 font
 * is used, because none of them has Vietnamese or CJK glyphs. Every figure carries its
 * source and date, and every section shown in another language than the reader's says
 * which language it is in.
 */
import PDFDocument from "pdfkit";
import type { Shown } from "~/content/translations";
import type { SourceRef } from "~/content/views";
import type { Sector } from "~/content/vocabulary";
import { formatDate, formatIndicator, formatPercent, formatVnd } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18next.server";
import type { Lang } from "~/i18n/languages";
import { fontsFor } from "./fonts.server";
import type { FigureView, OpportunityView, parkViews, settingsView } from "./model.server";

export interface ProspectusInput {
  lang: Lang;
  generatedAt: Date;
  settings: ReturnType<typeof settingsView>;
  figures: FigureView[];
  opportunities: OpportunityView[];
  parks: ReturnType<typeof parkViews>;
  sector: Sector | null;
}

// The site's palette (docs/design.md), so the PDF reads as the same publication.
const COLOR = {
  ink: "#14252b",
  muted: "#4b5d63",
  heading: "#0b3b4a",
  accent: "#2e6b34",
  line: "#c9d6d9",
  band: "#0b3b4a",
  bandText: "#ffffff",
  notice: "#e3f0f2",
  seven: ["#0b3b4a", "#0b6377", "#2a8fa0", "#5a9e4b", "#2e6b34", "#f6c343", "#e08a1e"],
};

/**
 * Turns off the `ccmp` OpenType feature for one document's font. Noto Sans decomposes
 * letters such as ị and ụ into a base glyph plus a combining dot, and pdfkit's ToUnicode
 * map records one text per glyph: the dot would be lost from the text layer, and "lịch"
 * could only be found by searching "lich". Without ccmp the font's precomposed glyphs are
 * used. pdfkit's `features` text option could do the same, but it bypasses pdfkit's
 * per-word layout cache (about 3× slower here), so the fontkit font of this document is
 * wrapped instead; the Vietnamese test in tests/integration/prospectus.test.ts fails if
 * this stops working.
 */
function withoutCcmp(doc: PDFKit.PDFDocument): void {
  type Layout = (text: string, features?: unknown, ...rest: unknown[]) => unknown;
  const font = (doc as unknown as { _font?: { font?: { layout?: Layout } } })._font?.font;
  if (!font?.layout) throw new Error("pdfkit's font internals changed: cannot turn off ccmp");
  const layout = font.layout.bind(font);
  font.layout = (text, features, ...rest) => {
    // fontkit accepts a list of features to turn on or an object of on/off switches, and
    // writes into the object it is given, so each call gets a fresh one.
    const switches: Record<string, boolean> = Array.isArray(features)
      ? Object.fromEntries(features.map((f: string) => [f, true]))
      : { ...(features as Record<string, boolean> | undefined) };
    return layout(text, { ...switches, ccmp: false }, ...rest);
  };
}

/**
 * Fonts parsed by fontkit, once per process and shared by every document (each still
 * embeds its own subset): parsing a font file and the first layouts with it cost about
 * 100 ms per document, most of a Latin prospectus. pdfkit takes a fontkit font wherever
 * it takes a file; sharing is safe because each layout call runs to its end before
 * another document's can start.
 */
const parsedFonts = new Map<Buffer, PDFKit.Mixins.PDFFontSource>();

/** Registers `file` as `name` and selects it, with ccmp off (see withoutCcmp). */
function selectFont(doc: PDFKit.PDFDocument, name: string, file: Buffer): void {
  const parsed = parsedFonts.get(file);
  if (parsed) {
    doc.registerFont(name, parsed);
    doc.font(name);
    return;
  }
  doc.registerFont(name, file);
  doc.font(name);
  withoutCcmp(doc);
  const font = (doc as unknown as { _font?: { font?: PDFKit.Mixins.PDFFontSource } })._font?.font;
  if (font) parsedFonts.set(file, font);
}

/** Content in NFC, so that decomposed input takes the same precomposed glyphs. */
function nfc<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  }
  return value;
}

const MARGIN = 56;
const FOOTER_SPACE = 28;

function languageName(reader: Lang, lang: Lang): string {
  return new Intl.DisplayNames([reader], { type: "language" }).of(lang) ?? lang;
}

function sourceText(
  lang: Lang,
  source: SourceRef | null | undefined,
  asOf?: string | null,
  asOfLabel?: (date: string) => string,
): string {
  if (!source?.title) return "";
  const parts = [source.title, source.publisher, source.url].filter((p): p is string => !!p && p.trim() !== "");
  const dated = asOf && asOfLabel ? ` (${asOfLabel(formatDate(lang, asOf, "medium"))})` : "";
  return parts.join(", ") + dated;
}

/**
 * Lets the event loop run between parts of the layout. pdfkit lays out synchronously, and
 * a whole prospectus is 50–300 ms of CPU: in one piece it would hold up every page
 * request behind it; in pieces of a figure row, an opportunity or a park it costs them a
 * few milliseconds. Pages go first: while a turn of the loop had other work (a page's
 * next step took more than a millisecond), the render waits another turn, up to
 * `MAX_TURNS` turns, so it still ends under load.
 */
const MAX_TURNS = 8;
async function breathe(): Promise<void> {
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const before = performance.now();
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (performance.now() - before < 1) return;
  }
}

/** Renders the whole document and resolves with its bytes. */
export async function renderProspectus(raw: ProspectusInput): Promise<Buffer> {
  const input = nfc(raw);
  const { lang } = input;
  const t = getFixedT(lang, "prospectus");
  const fonts = fontsFor(lang);
  const locality = input.settings.localityName?.value ?? "Hậu Giang";
  const title = t("title");

  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
    bufferPages: true,
    // No default font: text can never fall back to Helvetica (a base-14 font with no
    // Vietnamese or CJK glyphs, not embedded) unnoticed; text before `doc.font()` throws.
    font: null as unknown as string,
    lang,
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: `${title} · ${locality}`,
      Subject: t("pdf.subject"),
      Author: input.settings.agency?.name?.value ?? locality,
      Creator: "Hậu Giang promotion site",
      CreationDate: input.generatedAt,
    },
  });
  selectFont(doc, "bold", fonts.bold);
  selectFont(doc, "regular", fonts.regular);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = () => doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const asOfLabel = (date: string) => t("pdf.asOf", { date });

  /** Starts a new page unless `height` more points fit on this one. */
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  const sevenStripe = (x: number, y: number, w: number, h: number) => {
    const step = w / COLOR.seven.length;
    COLOR.seven.forEach((c, i) => doc.rect(x + i * step, y, step + 0.5, h).fill(c));
  };

  const heading = (text: string) => {
    ensure(80);
    doc.moveDown(0.6);
    sevenStripe(left(), doc.y, 56, 3);
    doc.y += 8;
    doc.font("bold").fontSize(17).fillColor(COLOR.heading).text(text, left(), doc.y, { width: width() });
    doc.moveDown(0.4);
  };

  /** An item's title; `keepWith` is the room its first lines need, so a title never ends a page. */
  const subheading = (text: string, keepWith = 60) => {
    ensure(keepWith);
    doc.moveDown(0.5);
    doc.font("bold").fontSize(12.5).fillColor(COLOR.heading).text(text, left(), doc.y, { width: width() });
    doc.moveDown(0.2);
  };

  const paragraph = (text: string, options: { size?: number; color?: string; bold?: boolean } = {}) => {
    doc
      .font(options.bold ? "bold" : "regular")
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? COLOR.ink)
      .text(text, left(), doc.y, { width: width(), lineGap: 1.5 });
  };

  /** The line that says a section is not in the reader's language. */
  const fallbackLine = (shown: Lang | undefined) => {
    if (!shown || shown === lang) return;
    const text = t("pdf.fallback", { language: languageName(lang, shown) });
    doc.font("regular").fontSize(8.5);
    const h = doc.heightOfString(text, { width: width() - 12 }) + 6;
    ensure(h + 4);
    const y = doc.y;
    doc.rect(left(), y, width(), h).fill(COLOR.notice);
    doc.rect(left(), y, 3, h).fill(COLOR.heading);
    doc.fillColor(COLOR.ink).text(text, left() + 8, y + 3, { width: width() - 12 });
    doc.y = y + h + 4;
    doc.x = left();
  };

  /** Label/value rows, the label in a narrow first column. */
  const fields = (rows: [label: string, value: string][]) => {
    const labelWidth = Math.min(150, width() * 0.32);
    const valueWidth = width() - labelWidth - 8;
    for (const [label, value] of rows) {
      doc.fontSize(9.5);
      const h = Math.max(
        doc.font("bold").heightOfString(label, { width: labelWidth }),
        doc.font("regular").heightOfString(value, { width: valueWidth }),
      );
      ensure(h + 3);
      const y = doc.y;
      doc.font("bold").fillColor(COLOR.muted).text(label, left(), y, { width: labelWidth });
      doc
        .font("regular")
        .fillColor(COLOR.ink)
        .text(value, left() + labelWidth + 8, y, { width: valueWidth });
      doc.y = y + h + 3;
    }
    doc.x = left();
  };

  /**
   * When every item of a section is in the same other language, one line under the
   * section heading says so (returns true); otherwise each item says it for itself.
   */
  const sectionFallback = (langs: Lang[]): boolean => {
    const distinct = new Set(langs);
    const [only] = distinct;
    if (distinct.size !== 1 || only === lang) return false;
    fallbackLine(only);
    return true;
  };

  const sources = (list: readonly SourceRef[] | null | undefined, asOf?: string | null) => {
    const lines = (list ?? []).map((s) => sourceText(lang, s, asOf, asOfLabel)).filter(Boolean);
    if (!lines.length) return;
    paragraph(`${lines.length > 1 ? t("pdf.sources") : t("pdf.source")}: ${lines.join("; ")}`, {
      size: 8.5,
      color: COLOR.muted,
    });
  };

  // ── Cover ───────────────────────────────────────────────────────────────────
  const bandHeight = 330;
  doc.rect(0, 0, doc.page.width, bandHeight).fill(COLOR.band);
  sevenStripe(0, bandHeight, doc.page.width, 8);
  doc
    .font("bold")
    .fontSize(13)
    .fillColor("#f6c343")
    .text(title.toLocaleUpperCase(lang), left(), 150, { width: width(), characterSpacing: 0.5 });
  doc.moveDown(0.3);
  doc.font("bold").fontSize(32).fillColor(COLOR.bandText).text(locality, { width: width() });
  doc.moveDown(0.3);
  doc.font("regular").fontSize(12).fillColor("#d6e6ea").text(t("pdf.subject"), { width: width() });

  doc.y = bandHeight + 48;
  // The editors' status note says more (the resolution, which years are the former
  // province's); the fixed sentence stands in when the note is not in this language.
  const note = input.settings.statusNote;
  paragraph(note && !note.isFallback ? note.value : t("pdf.merger"), { size: 12.5, bold: true, color: COLOR.heading });
  doc.moveDown(1);
  paragraph(t("pdf.generated", { date: formatDate(lang, input.generatedAt) }), { size: 10, color: COLOR.muted });
  if (input.sector) paragraph(`${t("pdf.sector")}: ${t(`sectors.${input.sector}`)}`, { size: 10, color: COLOR.muted });

  await breathe();
  // ── The locality in figures ────────────────────────────────────────────────
  doc.addPage();
  heading(t("pdf.figuresTitle"));
  paragraph(t("pdf.figuresNote"), { size: 9.5, color: COLOR.muted });
  const labelLangs = new Set(input.figures.map((f) => f.label?.lang).filter((l): l is Lang => !!l && l !== lang));
  for (const shown of labelLangs) fallbackLine(shown);
  doc.moveDown(0.4);
  const cols = [0.34, 0.2, 0.08, 0.38].map((f) => f * width());
  const colX = cols.map((_, i) => left() + cols.slice(0, i).reduce((a, b) => a + b, 0));
  const row = (cells: string[], bold: boolean, size: number) => {
    doc.font(bold ? "bold" : "regular").fontSize(size);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i] - 6 }))) + 6;
    if (doc.y + h > bottom()) {
      doc.addPage();
      if (!bold) row(header, true, 8.5);
      doc.font(bold ? "bold" : "regular").fontSize(size);
    }
    const y = doc.y;
    cells.forEach((c, i) =>
      doc.fillColor(i === 3 ? COLOR.muted : COLOR.ink).text(c, colX[i] + 3, y + 3, { width: cols[i] - 6 }),
    );
    doc
      .moveTo(left(), y + h)
      .lineTo(left() + width(), y + h)
      .lineWidth(bold ? 1.2 : 0.5)
      .strokeColor(bold ? COLOR.heading : COLOR.line)
      .stroke();
    doc.y = y + h;
  };
  const header = [t("pdf.indicator"), t("pdf.value"), t("pdf.year"), t("pdf.source")];
  row(header, true, 8.5);
  for (const f of input.figures) {
    await breathe();
    const label = (f.label?.value ?? f.key) + (f.scope === "can-tho-city" ? ` (${t("pdf.scopeCity")})` : "");
    const value =
      formatIndicator(lang, f.latest.value, f.unit) + (f.latest.preliminary ? ` (${t("pdf.preliminary")})` : "");
    row([label, value, String(f.latest.year), sourceText(lang, f.latest.source, f.latest.asOf, asOfLabel)], false, 8.5);
  }
  doc.x = left();

  // ── Opportunities ──────────────────────────────────────────────────────────
  doc.addPage();
  heading(t("pdf.opportunitiesTitle"));
  if (!input.opportunities.length) paragraph(t("pdf.opportunitiesEmpty"));
  const notPublished = t("pdf.notPublished");
  const opportunitiesIn = sectionFallback(input.opportunities.map((o) => o.shown.lang));
  for (const { shown } of input.opportunities) {
    await breathe();
    const o = shown.value;
    subheading(o.title, 150);
    if (!opportunitiesIn) fallbackLine(shown.lang);
    fields([
      [t("pdf.sector"), t(`sectors.${o.sector}`)],
      [t("pdf.location"), o.location ? t(`locations.${o.location}`) : notPublished],
      [t("pdf.area"), o.areaHa != null ? formatIndicator(lang, o.areaHa, "HECTARE") : notPublished],
      [t("pdf.capital"), o.capitalVndBn != null ? formatVnd(lang, o.capitalVndBn * 1e9) : notPublished],
      [t("pdf.status"), t(`statuses.${o.status}`)],
      [
        t("pdf.forms"),
        o.investmentForms?.length
          ? o.investmentForms.map((f) => t(`investmentForms.${f}`, { defaultValue: f })).join(", ")
          : notPublished,
      ],
    ]);
    if (o.summary) {
      doc.moveDown(0.2);
      paragraph(o.summary);
    }
    if (o.illustrative) paragraph(t("pdf.illustrative"), { size: 9, bold: true, color: "#6b4500" });
    sources(o.sources);
    doc.moveDown(0.6);
  }

  // ── Industrial parks ───────────────────────────────────────────────────────
  if (input.parks.length) {
    heading(t("pdf.parksTitle"));
    const parksIn = sectionFallback(input.parks.map((p) => p.lang));
    for (const shown of input.parks) {
      await breathe();
      const p = shown.value;
      subheading(p.title, 130);
      if (!parksIn) fallbackLine(shown.lang);
      const asOf = p.asOf ? ` (${asOfLabel(formatDate(lang, p.asOf, "medium"))})` : "";
      fields([
        [t("pdf.parkStatus"), p.status ? t(`parkStatuses.${p.status}`) : notPublished],
        [t("pdf.location"), p.location ? t(`locations.${p.location}`) : notPublished],
        [t("pdf.area"), p.areaHa != null ? formatIndicator(lang, p.areaHa, "HECTARE") : notPublished],
        [
          t("pdf.occupancy"),
          p.occupancyPercent != null ? formatPercent(lang, p.occupancyPercent) + asOf : notPublished,
        ],
        [
          t("pdf.available"),
          p.availableHa != null ? formatIndicator(lang, p.availableHa, "HECTARE") + asOf : notPublished,
        ],
      ]);
      if (p.summary) {
        doc.moveDown(0.2);
        paragraph(p.summary);
      }
      sources(p.sources, p.asOf);
      doc.moveDown(0.6);
    }
  }

  await breathe();
  // ── Contacts ───────────────────────────────────────────────────────────────
  heading(t("pdf.contactsTitle"));
  const agency = input.settings.agency;
  if (agency) {
    fallbackLine([agency.name, agency.address].find((s) => s?.isFallback)?.lang);
    if (agency.name) subheading(agency.name.value);
    if (agency.address) paragraph(agency.address.value);
    doc.moveDown(0.3);
    fields(
      [
        [t("pdf.phone"), agency.phone],
        [t("pdf.email"), agency.email],
        [t("pdf.website"), agency.website],
        [t("pdf.hours"), agency.hours?.value ?? null],
      ].filter((r): r is [string, string] => !!r[1]),
    );
  }
  for (const person of input.settings.contacts) {
    await breathe();
    subheading(person.name);
    fallbackLine([person.role, person.organisation].find((s): s is Shown<string> => !!s?.isFallback)?.lang);
    if (person.role) paragraph(person.role.value);
    if (person.organisation) paragraph(person.organisation.value, { color: COLOR.muted });
    doc.moveDown(0.2);
    fields(
      [
        [t("pdf.phone"), person.phone],
        [t("pdf.email"), person.email],
        [
          t("pdf.languages"),
          person.languages.length ? person.languages.map((l) => languageName(lang, l as Lang)).join(", ") : null,
        ],
      ].filter((r): r is [string, string] => !!r[1]),
    );
  }

  // ── Running footer with page numbers (all pages are buffered) ──────────────
  const range = doc.bufferedPageRange();
  await breathe();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would start a new page; lift the margin while drawing.
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN;
    doc
      .moveTo(MARGIN, y - 6)
      .lineTo(doc.page.width - MARGIN, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLOR.line)
      .stroke();
    doc.font("regular").fontSize(8).fillColor(COLOR.muted);
    doc.text(`${title} · ${locality}`, MARGIN, y, { width: (doc.page.width - 2 * MARGIN) * 0.7, lineBreak: false });
    doc.text(t("pdf.page", { page: i - range.start + 1, total: range.count }), MARGIN, y, {
      width: doc.page.width - 2 * MARGIN,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = savedBottom;
  }

  await breathe();
  doc.end();
  return done;
}
