/**
 * The command line of scripts/translations-status.mjs (`npm run translations:status`):
 * where every translation stands, read from the content store (the SQLite file, seeded
 * first if it is new) or, with SANITY_PROJECT_ID, from the Content Lake. A table per
 * language or JSON, and an exit code for CI: 1 when a published translation in a public
 * language is stale or identical to its source (within the filters), 0 otherwise, 2 on
 * a usage or configuration error.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createClient } from "@sanity/client";
import { z } from "zod";
import { LANGUAGE_IDS, SOURCE_LANG } from "../i18n/languages";
import { parseEnv } from "../utils/env.server";
import { seedStore } from "../store/dataset.server";
import { ContentStore } from "../store/store.server";
import { TRANSLATABLE_FIELDS } from "./fields";
import {
  TRANSLATION_STATUSES,
  countsByLanguage,
  failingRows,
  filterRows,
  translationStatus,
  type StatusDocument,
  type TranslationStatusRow,
} from "./status";

export const USAGE = `Usage: npm run translations:status -- [--json] [--lang LANG]… [--type TYPE]… [--state STATUS]…

  --lang    ${LANGUAGE_IDS.filter((l) => l !== SOURCE_LANG).join(", ")}
  --type    ${Object.keys(TRANSLATABLE_FIELDS).join(", ")}
  --state   ${TRANSLATION_STATUSES.join(", ")}
  --json    the rows and counts as JSON instead of tables

Reads STORE_DB (seeded from CONTENT_DATASET when new), or the Content Lake when
SANITY_PROJECT_ID is set (SANITY_READ_TOKEN to see drafts). Exit code 1 when a published
translation in a public language is stale or identical to its source (within the filters).`;

export interface StatusCliIo {
  log(line: string): void;
  error(line: string): void;
  env: Record<string, string | undefined>;
}

const list = <T extends string>(values: readonly [T, ...T[]]) => z.array(z.enum(values)).default([]);
const Options = z.object({
  json: z.boolean().default(false),
  lang: list(LANGUAGE_IDS.filter((l) => l !== SOURCE_LANG) as [string, ...string[]]),
  type: list(Object.keys(TRANSLATABLE_FIELDS) as [string, ...string[]]),
  state: list([...TRANSLATION_STATUSES]),
});

/** Every document the status needs: translatable types (drafts too) and the metadata linking them. */
const DOCUMENTS_QUERY = `*[_type in $types || _type == "translation.metadata"]`;

/** Also read by the yearly report (app/report/cli.server.ts): the same documents, from Sanity or the store. */
export async function readDocuments(
  env: Record<string, string | undefined>,
  io: Pick<StatusCliIo, "error">,
): Promise<StatusDocument[] | undefined> {
  const settings = parseEnv({
    SANITY_PROJECT_ID: env.SANITY_PROJECT_ID,
    SANITY_DATASET: env.SANITY_DATASET,
    SANITY_API_VERSION: env.SANITY_API_VERSION,
    SANITY_READ_TOKEN: env.SANITY_READ_TOKEN,
    SANITY_API_HOST: env.SANITY_API_HOST,
    STORE_DB: env.STORE_DB,
    STORE_PROJECT_ID: env.STORE_PROJECT_ID,
    CONTENT_DATASET: env.CONTENT_DATASET,
  });
  if (settings.SANITY_PROJECT_ID) {
    const client = createClient({
      projectId: settings.SANITY_PROJECT_ID,
      dataset: settings.SANITY_DATASET,
      apiVersion: settings.SANITY_API_VERSION,
      token: settings.SANITY_READ_TOKEN,
      useCdn: false,
      // Drafts are part of the status ("draft only"); without a token they are not visible.
      perspective: "raw",
      ...(settings.SANITY_API_HOST ? { apiHost: settings.SANITY_API_HOST, useProjectHostname: false } : {}),
    });
    return client.fetch<StatusDocument[]>(DOCUMENTS_QUERY, { types: Object.keys(TRANSLATABLE_FIELDS) });
  }
  const file = path.resolve(settings.STORE_DB);
  const isNew = !existsSync(file);
  const where = { projectId: settings.STORE_PROJECT_ID, dataset: settings.SANITY_DATASET };
  const store = await ContentStore.open({ file, ...where });
  try {
    // A store the server would seed on its first start: seed it the same way, so the
    // report describes what the site will serve. Otherwise nothing is written.
    if (isNew || (store.version === 0 && store.size === 0)) {
      if (!existsSync(settings.CONTENT_DATASET)) {
        io.error(`No store at ${file} and no dataset at ${settings.CONTENT_DATASET} to seed it from.`);
        return undefined;
      }
      await seedStore(store, settings.CONTENT_DATASET, where);
    }
    return [...store.documents()].filter(
      (d) => d._type === "translation.metadata" || Object.hasOwn(TRANSLATABLE_FIELDS, d._type),
    ) as StatusDocument[];
  } finally {
    store.close();
  }
}

const LABELS: Record<TranslationStatusRow["status"], string> = {
  current: "current",
  stale: "STALE",
  missing: "missing",
  draftOnly: "draft only",
  identical: "IDENTICAL",
};

function pad(cells: string[][]): string[] {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? "")].length)));
  return cells.map((row) =>
    row
      .map((cell, i) => cell + " ".repeat(widths[i]! - [...cell].length))
      .join("  ")
      .trimEnd(),
  );
}

function describe(row: TranslationStatusRow): string {
  if (row.status === "stale") {
    if (row.unknownOrigin) return "no record of what it was translated from";
    return `source changed ${row.staleSince?.slice(0, 10) ?? "?"}: ${row.staleFields?.join(", ")}`;
  }
  if (row.status === "identical") return row.published ? "published untranslated" : "draft, untranslated";
  return "";
}

function tables(rows: readonly TranslationStatusRow[], languages: readonly string[]): string[] {
  const counts = countsByLanguage(rows);
  const out: string[] = [];
  for (const lang of languages) {
    const c = counts.get(lang);
    if (!c) continue;
    out.push(
      `${lang}: ${c.total} — ${TRANSLATION_STATUSES.map((s) => `${LABELS[s].toLowerCase()} ${c[s]}`).join(", ")}`,
    );
    const mine = rows.filter((r) => r.language === lang);
    out.push(
      ...pad([
        ["status", "type", "source", "translation", "state", "note"],
        ...mine.map((r) => [
          LABELS[r.status],
          r.type,
          r.sourceId,
          r.documentId ? (r.published ? r.documentId : `drafts.${r.documentId}`) : "—",
          r.state ?? "—",
          describe(r),
        ]),
      ]).map((line) => `  ${line}`),
      "",
    );
  }
  return out;
}

export async function runStatusCommand(argv: readonly string[], io: StatusCliIo): Promise<number> {
  let options: z.infer<typeof Options>;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        json: { type: "boolean" },
        lang: { type: "string", multiple: true },
        type: { type: "string", multiple: true },
        state: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.log(USAGE);
      return 0;
    }
    // "--lang ja,ko" and "--lang ja --lang ko" alike.
    const split = (v: string[] | undefined) => v?.flatMap((s) => s.split(",").filter(Boolean));
    options = Options.parse({
      json: values.json,
      lang: split(values.lang),
      type: split(values.type),
      state: split(values.state),
    });
  } catch (error) {
    const message =
      error instanceof z.ZodError
        ? error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join("; ")
        : (error as Error).message;
    io.error(`${message}\n\n${USAGE}`);
    return 2;
  }

  let documents: StatusDocument[] | undefined;
  try {
    documents = await readDocuments(io.env, io);
  } catch (error) {
    io.error(`Cannot read the content: ${(error as Error).message}`);
    return 2;
  }
  if (!documents) return 2;

  const languages = options.lang.length ? options.lang : LANGUAGE_IDS.filter((l) => l !== SOURCE_LANG);
  const rows = filterRows(translationStatus(documents, { languages }), {
    types: options.type,
    statuses: options.state,
  });
  const failing = failingRows(rows);
  if (options.json) {
    io.log(
      JSON.stringify({ counts: Object.fromEntries(countsByLanguage(rows)), failing: failing.length, rows }, null, 2),
    );
  } else {
    for (const line of tables(rows, languages)) io.log(line);
    io.log(
      failing.length
        ? `${failing.length} published translation(s) stale or identical to the source: exit code 1.`
        : "No published translation is stale or identical to its source.",
    );
  }
  return failing.length ? 1 : 0;
}
