/**
 * The yearly report as one self-contained HTML file per language: inline CSS, no script,
 * no outside URL. Each chart is the economic dashboard's own (IndicatorChart drawing a
 * model from app/economy/chart.server.ts) and is followed by a table with every figure it
 * shows, so nothing is in the picture only.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { IndicatorChart } from "../components/IndicatorChart";
import { buildCategoryChart } from "../economy/chart.server";
import { resources } from "../i18n/resources";
import type { Count, ReportFigures } from "./figures";
import { REPORT_LANGS, REPORT_STRINGS, type ReportLang } from "./strings";

type Dict = Record<string, unknown>;
function lookup(lang: ReportLang, ns: "events" | "inquiry" | "common", keyPath: string): string | undefined {
  let node: unknown = resources[lang][ns];
  for (const part of keyPath.split(".")) node = (node as Dict | undefined)?.[part];
  return typeof node === "string" ? node : undefined;
}

export function reportFileName(lang: ReportLang, year: number): string {
  return `report-${year}-${lang}.html`;
}

interface Row {
  key: string;
  /** What a reader sees. */
  label: string;
  /** The chart's axis label (short: a code when the name is long). */
  short: string;
  count: number;
}

/**
 * A chart and its table. `numbered`: long names (sections, topics) would overlap under a
 * 400-unit-wide chart, so the axis shows 1, 2, 3… and the table names each number.
 */
function Chart({
  id,
  title,
  rows: input,
  lang,
  numbered = false,
}: {
  id: string;
  title: string;
  rows: Row[];
  lang: ReportLang;
  numbered?: boolean;
}) {
  const s = REPORT_STRINGS[lang];
  const number = new Intl.NumberFormat(lang);
  const rows = numbered ? input.map((r, i) => ({ ...r, short: String(i + 1), label: `${i + 1}. ${r.label}` })) : input;
  const chart = buildCategoryChart(
    rows.map((r) => ({ label: r.short, value: r.count })),
    { point: (c, i) => `${rows[i]!.label}: ${number.format(c.value)}`, tick: (v) => number.format(v) },
  );
  return (
    <figure className="report-chart">
      <IndicatorChart chart={chart} id={id} title={title} description={s.chartDescription(title)} />
      <table>
        <caption>
          {title} <span className="note">({s.tableNote})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{s.count}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{number.format(r.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function Report({ figures, lang }: { figures: ReportFigures; lang: ReportLang }) {
  const s = REPORT_STRINGS[lang];
  const other = REPORT_LANGS.find((l) => l !== lang)!;
  const number = new Intl.NumberFormat(lang);
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
  const languageName = new Intl.DisplayNames([lang], { type: "language" });
  const regionName = new Intl.DisplayNames([lang], { type: "region" });
  const langLabel = (l: string) => languageName.of(l) ?? l;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" }).format(
    new Date(figures.generatedAt),
  );
  const month = new Intl.DateTimeFormat(lang, { month: "short", timeZone: "UTC" });
  const monthLong = new Intl.DateTimeFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" });
  const rowsOf = (counts: Count[], label: (k: string) => string, short = (k: string) => k): Row[] =>
    counts.map((c) => ({ key: c.key, label: label(c.key), short: short(c.key), count: c.count }));
  const byLanguage = figures.languages.map((l) => ({
    key: l,
    label: langLabel(l),
    short: l,
    count: figures.published.reduce((n, p) => n + (p.counts[l] ?? 0), 0),
  }));
  const bySection = figures.published.map((p) => ({
    key: p.section,
    label: s.sections[p.section] ?? p.section,
    short: p.section,
    count: p.total,
  }));
  const title = s.title(figures.year);
  const sectionIds = ["published", "translations", "events", "inquiries", "visits"] as const;
  const headings = [s.publishedTitle, s.translationsTitle, s.eventsTitle, s.inquiriesTitle, s.visitsTitle];

  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <p>
            <a href={reportFileName(other, figures.year)} hrefLang={other} lang={other}>
              {s.otherLanguage}
            </a>
          </p>
          <h1>{title}</h1>
          <p>{s.generated(date)}</p>
          <nav aria-labelledby="contents">
            <h2 id="contents">{s.contents}</h2>
            <ol>
              {sectionIds.map((id, i) => (
                <li key={id}>
                  <a href={`#${id}`}>{headings[i]}</a>
                </li>
              ))}
            </ol>
          </nav>
        </header>
        <main>
          <section aria-labelledby="published">
            <h2 id="published">{s.publishedTitle}</h2>
            <p>{s.publishedLead}</p>
            <div className="charts">
              <Chart id="chart-languages" title={s.language} rows={byLanguage} lang={lang} />
              <Chart id="chart-sections" title={s.section} rows={bySection} lang={lang} numbered />
            </div>
            <div className="scroll" role="region" aria-labelledby="published-table" tabIndex={0}>
              <table>
                <caption id="published-table">{s.table(s.publishedTitle)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s.section}</th>
                    {figures.languages.map((l) => (
                      <th scope="col" key={l}>
                        {langLabel(l)}
                      </th>
                    ))}
                    <th scope="col">{s.total}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.published.map((p) => (
                    <tr key={p.section}>
                      <th scope="row">{s.sections[p.section] ?? p.section}</th>
                      {figures.languages.map((l) => (
                        <td key={l}>{number.format(p.counts[l] ?? 0)}</td>
                      ))}
                      <td>{number.format(p.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="translations">
            <h2 id="translations">{s.translationsTitle}</h2>
            <p>{s.translationsLead(90)}</p>
            <Chart
              id="chart-coverage"
              title={`${s.coverage} (${s.statuses.current})`}
              rows={figures.translations.map((t) => ({
                key: t.language,
                label: langLabel(t.language),
                short: t.language,
                count: t.current,
              }))}
              lang={lang}
            />
            <div className="scroll" role="region" aria-labelledby="translations-table" tabIndex={0}>
              <table>
                <caption id="translations-table">{s.table(s.translationsTitle)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s.language}</th>
                    <th scope="col">{s.coverage}</th>
                    {(["current", "stale", "missing", "draftOnly", "identical"] as const).map((k) => (
                      <th scope="col" key={k}>
                        {s.statuses[k]}
                      </th>
                    ))}
                    <th scope="col">{s.staleLong(90)}</th>
                    <th scope="col">{s.total}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.translations.map((t) => (
                    <tr key={t.language}>
                      <th scope="row">{langLabel(t.language)}</th>
                      <td>{percent.format(t.coverage)}</td>
                      {(["current", "stale", "missing", "draftOnly", "identical"] as const).map((k) => (
                        <td key={k}>{number.format(t[k])}</td>
                      ))}
                      <td>{number.format(t.staleLong)}</td>
                      <td>{number.format(t.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="events">
            <h2 id="events">{s.eventsTitle}</h2>
            <p>{s.eventsLead}</p>
            <Chart
              id="chart-events"
              title={s.kind}
              rows={rowsOf(figures.events, (k) => lookup(lang, "events", `kind.${k}`) ?? s.otherKind)}
              lang={lang}
              numbered
            />
          </section>

          <section aria-labelledby="inquiries">
            <h2 id="inquiries">{s.inquiriesTitle}</h2>
            <p>{s.inquiriesLead}</p>
            {figures.inquiries ? (
              <>
                <p>
                  {s.total}: {number.format(figures.inquiries.total)}
                </p>
                <h3>{s.byCountry}</h3>
                <Chart
                  id="chart-countries"
                  title={s.country}
                  rows={rowsOf(figures.inquiries.byCountry, (k) => regionName.of(k) ?? k)}
                  lang={lang}
                />
                <h3>{s.byTopic}</h3>
                <Chart
                  id="chart-topics"
                  title={s.topic}
                  rows={rowsOf(figures.inquiries.byTopic, (k) => lookup(lang, "inquiry", `topics.${k}`) ?? k)}
                  lang={lang}
                  numbered
                />
                <h3>{s.byStatus}</h3>
                <Chart
                  id="chart-statuses"
                  title={s.status}
                  rows={rowsOf(figures.inquiries.byStatus, (k) => s.inquiryStatuses[k] ?? k)}
                  lang={lang}
                  numbered
                />
              </>
            ) : (
              <p>{s.noInquiries}</p>
            )}
          </section>

          <section aria-labelledby="visits">
            <h2 id="visits">{s.visitsTitle}</h2>
            <p>{s.visitsLead}</p>
            <p className="notice">{s.visitsNoLanguage}</p>
            {figures.visits ? (
              <>
                <p>
                  {s.total}: {number.format(figures.visits.total)}
                </p>
                <Chart
                  id="chart-visits"
                  title={s.visitors}
                  rows={figures.visits.byMonth.map((m) => {
                    const at = new Date(`${m.key}-01T00:00:00Z`);
                    return { key: m.key, label: monthLong.format(at), short: month.format(at), count: m.count };
                  })}
                  lang={lang}
                />
              </>
            ) : (
              <p>{s.noVisits}</p>
            )}
          </section>
        </main>
      </body>
    </html>
  );
}

export function renderReportHtml(figures: ReportFigures, lang: ReportLang): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(<Report figures={figures} lang={lang} />)}\n`;
}

/** The dashboard's chart styles (app/styles/economy.css) with the site's colours written out: the file stands alone. */
const CSS = `
:root { --ink: #1b2a2f; --ink-muted: #4a5a60; --line: #d5dde0; --line-strong: #8a9a9f; --river: #0b5c73; --paper: #fff; }
body { font-family: "Noto Sans", system-ui, sans-serif; color: var(--ink); background: var(--paper); margin: 0 auto; max-width: 64rem; padding: 1rem; line-height: 1.5; }
h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 1rem; }
a { color: var(--river); } a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--river); outline-offset: 2px; }
.charts { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
figure { margin: 1rem 0; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
caption { text-align: start; font-weight: 700; padding-bottom: 0.25rem; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: start; }
td { text-align: end; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
.note { font-weight: 400; color: var(--ink-muted); }
.notice { border-inline-start: 4px solid var(--line-strong); padding-inline-start: 0.75rem; }
.chart { display: block; inline-size: 100%; block-size: auto; font-size: 13px; overflow: visible; max-width: 32rem; }
.chart text { fill: var(--ink-muted); }
.chart__grid line { stroke: var(--line); stroke-width: 1; }
.chart__axis line { stroke: var(--line-strong); stroke-width: 1; }
.chart__mark rect { fill: var(--river); }
@media (forced-colors: active) { .chart__mark rect { fill: LinkText; } }
@media print { h2 { break-before: page; } .scroll { overflow: visible; } }
`;
