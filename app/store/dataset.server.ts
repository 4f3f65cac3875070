/**
 * Moving a whole dataset in and out of the content store, in Sanity's export format
 * (app/store/dataset-format.server.ts), and copying the database while it is in use:
 * what `npm run dataset:export`, `dataset:import` and `dataset:backup`
 * (scripts/dataset.mjs) run, and what seeds a new store from CONTENT_DATASET, so the seed
 * and an import are one code path and the seed's images are real assets with their bytes.
 *
 * An import is ONE store transaction (every document or none); its asset bytes are
 * stored first, content-addressed, so a failed import leaves at most unreferenced bytes.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { AssetFiles, type AssetLocation } from "./assets.server";
import {
  exportPrefix,
  prepareImport,
  readImportSource,
  toExportFormat,
  writeExportTarball,
  type DatasetDocument,
  type ImportMode,
} from "./dataset-format.server";
import type { ContentStore } from "./store.server";

export interface ImportOutcome {
  transactionId: string | undefined;
  documents: number;
  assets: number;
  /** Documents the transaction left as they were (`--missing` on existing ids). */
  unchanged: number;
  warnings: string[];
}

/**
 * Imports a tarball, a folder or a bare .ndjson into the store as one transaction by
 * `author` (default "system"). `create` fails (409, nothing written) when a document
 * exists; `replace` overwrites; `missing` keeps what exists.
 */
export async function importDataset(
  store: ContentStore,
  input: string,
  mode: ImportMode,
  where: AssetLocation,
  author = "system",
): Promise<ImportOutcome> {
  const source = await readImportSource(input);
  try {
    const prepared = await prepareImport(source, mode, where);
    const files = new AssetFiles(store.database);
    files.transaction(() => {
      for (const file of prepared.files) files.put(file.sha1, file.mimeType, file.bytes);
    });
    if (prepared.mutations.length === 0) {
      return { transactionId: undefined, documents: 0, assets: 0, unchanged: 0, warnings: source.warnings };
    }
    // Imported documents keep their own dates: "the original was updated on" must not read as the day of the import.
    const outcome = store.commit(prepared.mutations, { identity: null, author, keepTimestamps: true });
    const unchanged = outcome.results.filter((r) => r.operation === "none").length;
    return {
      // A transaction that changed nothing is not stored: there is no id to report.
      transactionId: unchanged === outcome.results.length ? undefined : outcome.transactionId,
      documents: prepared.documentCount,
      assets: prepared.assetCount,
      unchanged,
      warnings: source.warnings,
    };
  } finally {
    await source.cleanup();
  }
}

/** Seeds a new, empty store from the export-format dataset (CONTENT_DATASET), logging what it did. */
export async function seedStore(store: ContentStore, input: string, where: AssetLocation): Promise<ImportOutcome> {
  const outcome = await importDataset(store, input, "create", where);
  for (const w of outcome.warnings) console.warn(`[store] seed: ${w}`);
  console.log(`[store] seeded ${store.file} from ${input}: ${outcome.documents} documents, ${outcome.assets} assets`);
  return outcome;
}

/** Writes every document (drafts and private ones included) and every asset as a Sanity export tarball. */
export async function exportDataset(
  store: ContentStore,
  file: string,
  dataset: string,
): Promise<{ documents: number; assets: number }> {
  const files = new AssetFiles(store.database);
  const exported = toExportFormat([...store.documents()] as DatasetDocument[]);
  await writeExportTarball(file, exported, {
    prefix: exportPrefix(dataset),
    readFile: (sha1) => files.get(sha1)?.data,
  });
  return { documents: exported.documents.length, assets: exported.assets.length };
}

/** `store-2026-05-01T10-20-30Z.sqlite`: sorts by time, safe in every file system. */
export function backupFileName(now = new Date()): string {
  return `store-${now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-")}.sqlite`;
}

/**
 * A consistent copy of the database file while the server keeps writing to it (SQLite's
 * online backup through a read-only connection of its own).
 */
export async function backupDatabase(dbFile: string, destination: string): Promise<void> {
  if (!existsSync(dbFile)) throw new Error(`No store database at ${dbFile}`);
  await mkdir(path.dirname(path.resolve(destination)), { recursive: true });
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}
