/**
 * The "Report" tool: this year's figures of the yearly evaluation (the same figures as
 * `npm run report`, computed by the site's store at `/site/report/<year>`, which needs a
 * login), as tables in the Studio's language. The full report with charts, in Vietnamese
 * and English with CSV, is written by `npm run report -- --year YYYY`.
 */
import { DocumentsIcon } from "@sanity/icons";
import { useEffect, useState, type CSSProperties } from "react";
import { definePlugin, useClient } from "sanity";
import { EVENT_KINDS, titleOf } from "../../app/content/vocabulary";
import type { Count, ReportFigures } from "../../app/report/figures";
import { REPORT_STRINGS } from "../../app/report/strings";

const s = REPORT_STRINGS.vi;
const cell: CSSProperties = { border: "1px solid var(--card-border-color, #ccc)", padding: "0.25rem 0.5rem" };
const num: CSSProperties = { ...cell, textAlign: "end", fontVariantNumeric: "tabular-nums" };
const languageName = new Intl.DisplayNames(["vi"], { type: "language" });
const regionName = new Intl.DisplayNames(["vi"], { type: "region" });

function CountTable({
  caption,
  head,
  rows,
  label,
}: {
  caption: string;
  head: string;
  rows: Count[];
  label: (k: string) => string;
}) {
  return (
    <table style={{ borderCollapse: "collapse", marginBottom: "1rem" }}>
      <caption style={{ textAlign: "start", fontWeight: 700 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            {head}
          </th>
          <th scope="col" style={cell}>
            {s.count}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" style={{ ...cell, textAlign: "start" }}>
              {label(r.key)}
            </th>
            <td style={num}>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportTool() {
  const client = useClient({ apiVersion: "2025-02-19" });
  const year = new Date().getFullYear();
  const [figures, setFigures] = useState<ReportFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client.request<ReportFigures>({ uri: `/site/report/${year}` }).then(setFigures, (e: Error) => setError(e.message));
  }, [client, year]);

  return (
    <main style={{ padding: "1.5rem", overflow: "auto", height: "100%", boxSizing: "border-box" }} data-report-tool="">
      <h1>{s.title(year)}</h1>
      <p>
        Báo cáo đầy đủ có biểu đồ (tiếng Việt và tiếng Anh, kèm CSV): <code>npm run report -- --year {year}</code>
      </p>
      {error ? <p role="alert">Không tải được số liệu: {error}</p> : null}
      {!figures && !error ? <p role="status">Đang tải…</p> : null}
      {figures ? (
        <>
          <h2>{s.publishedTitle}</h2>
          <p>{s.publishedLead}</p>
          <table style={{ borderCollapse: "collapse", marginBottom: "1rem" }} data-report-published="">
            <thead>
              <tr>
                <th scope="col" style={cell}>
                  {s.section}
                </th>
                {figures.languages.map((l) => (
                  <th scope="col" style={cell} key={l}>
                    {languageName.of(l) ?? l}
                  </th>
                ))}
                <th scope="col" style={cell}>
                  {s.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.published.map((p) => (
                <tr key={p.section}>
                  <th scope="row" style={{ ...cell, textAlign: "start" }}>
                    {s.sections[p.section] ?? p.section}
                  </th>
                  {figures.languages.map((l) => (
                    <td style={num} key={l}>
                      {p.counts[l] ?? 0}
                    </td>
                  ))}
                  <td style={num}>{p.total}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{s.translationsTitle}</h2>
          <p>{s.translationsLead(90)}</p>
          <table style={{ borderCollapse: "collapse", marginBottom: "1rem" }}>
            <thead>
              <tr>
                {[s.language, s.coverage, ...Object.values(s.statuses), s.staleLong(90)].map((h) => (
                  <th scope="col" style={cell} key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.translations.map((t) => (
                <tr key={t.language}>
                  <th scope="row" style={{ ...cell, textAlign: "start" }}>
                    {languageName.of(t.language) ?? t.language}
                  </th>
                  <td style={num}>{Math.round(t.coverage * 100)} %</td>
                  {(["current", "stale", "missing", "draftOnly", "identical"] as const).map((k) => (
                    <td style={num} key={k}>
                      {t[k]}
                    </td>
                  ))}
                  <td style={num}>{t.staleLong}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>{s.eventsTitle}</h2>
          <CountTable
            caption={s.eventsLead}
            head={s.kind}
            rows={figures.events}
            label={(k) => titleOf(EVENT_KINDS, k) ?? s.otherKind}
          />

          <h2>{s.inquiriesTitle}</h2>
          <p>{s.inquiriesLead}</p>
          {figures.inquiries ? (
            <>
              <p>
                {s.total}: {figures.inquiries.total}
              </p>
              <CountTable
                caption={s.byCountry}
                head={s.country}
                rows={figures.inquiries.byCountry}
                label={(k) => regionName.of(k) ?? k}
              />
              <CountTable caption={s.byTopic} head={s.topic} rows={figures.inquiries.byTopic} label={(k) => k} />
              <CountTable
                caption={s.byStatus}
                head={s.status}
                rows={figures.inquiries.byStatus}
                label={(k) => s.inquiryStatuses[k] ?? k}
              />
            </>
          ) : (
            <p>{s.noInquiries}</p>
          )}

          <h2>{s.visitsTitle}</h2>
          <p>{s.visitsNoLanguage}</p>
          {figures.visits ? (
            <CountTable
              caption={`${s.visitsLead} ${s.total}: ${figures.visits.total}`}
              head={s.month}
              rows={figures.visits.byMonth}
              label={(k) => k}
            />
          ) : (
            <p>{s.noVisits}</p>
          )}
        </>
      ) : null}
    </main>
  );
}

export const reportTool = definePlugin({
  name: "haugiang-report",
  tools: [{ name: "report", title: "Báo cáo năm", icon: DocumentsIcon, component: ReportTool }],
});
