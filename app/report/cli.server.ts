/**
 * `npm run report -- --year 2026 [--out DIR]` (scripts/report.mjs): the yearly evaluation
 * as HTML (Vietnamese and English, self-contained), CSV and the figures as JSON, written
 * to DIR (default reports/<year>/ beside STORE_DB). Content comes from where the site reads
 * it (Sanity when SANITY_PROJECT_ID is set, else the content store STORE_DB), inquiries
 * from INQUIRY_DB, visitor counts from visitors.sqlite beside STORE_DB; all read-only.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { databasePaths } from "../backup/backup.server";
import { readDocuments } from "../translations/status-cli.server";
import { parseEnv } from "../utils/env.server";
import { reportCsvFiles } from "./csv.server";
import { buildReport } from "./data.server";
import { renderReportHtml, reportFileName } from "./html.server";
import { REPORT_LANGS } from "./strings";

export const USAGE = `Usage: npm run report -- --year YYYY [--out DIR]

Writes report-YYYY-vi.html, report-YYYY-en.html, one CSV per table and figures-YYYY.json
to DIR (default: reports/YYYY/ beside STORE_DB).`;

export interface ReportCliIo {
  log: (line: string) => void;
  error: (line: string) => void;
  env: Record<string, string | undefined>;
  now?: () => Date;
}

export async function runReportCommand(argv: readonly string[], io: ReportCliIo): Promise<number> {
  let year: number;
  let out: string | undefined;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { year: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.log(USAGE);
      return 0;
    }
    if (!values.year || !/^\d{4}$/.test(values.year)) throw new Error("--year needs a four-digit year.");
    year = Number(values.year);
    out = values.out;
  } catch (error) {
    io.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }

  try {
    const paths = databasePaths(parseEnv({ STORE_DB: io.env.STORE_DB, INQUIRY_DB: io.env.INQUIRY_DB }));
    const documents = await readDocuments(io.env, io);
    if (!documents) return 2;
    const figures = buildReport(
      { documents, inquiryDb: paths.inquiries, visitorsDb: paths.visitors },
      year,
      io.now?.() ?? new Date(),
    );
    const dir = path.resolve(out ?? path.join(path.dirname(paths.store), "reports", String(year)));
    await mkdir(dir, { recursive: true });
    const files: Record<string, string> = {
      ...Object.fromEntries(REPORT_LANGS.map((lang) => [reportFileName(lang, year), renderReportHtml(figures, lang)])),
      ...reportCsvFiles(figures),
      [`figures-${year}.json`]: JSON.stringify(figures, null, 2) + "\n",
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
    io.log(`Report ${year} written to ${dir}: ${Object.keys(files).join(", ")}`);
    return 0;
  } catch (error) {
    io.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
