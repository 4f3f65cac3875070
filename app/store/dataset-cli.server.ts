/**
 * The command line of scripts/dataset.mjs (`npm run dataset:export|import|backup`),
 * kept here in TypeScript next to the store it works on; the script only bundles and
 * runs it. Settings come from the server's own variables (STORE_DB, STORE_PROJECT_ID,
 * SANITY_DATASET) with the server's defaults.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "../utils/env.server";
import { DatasetFormatError, type ImportMode } from "./dataset-format.server";
import { backupDatabase, backupFileName, exportDataset, importDataset } from "./dataset.server";
import { ContentStore } from "./store.server";
import { StoreError } from "./types";

const USAGE = `Usage:
  npm run dataset:export [-- out.tar.gz]          every document (drafts included) and asset, as \`sanity dataset export\` writes them
  npm run dataset:import -- FILE [--replace|--missing]
                                                  a tarball, a folder or an .ndjson, in one transaction; without a flag
                                                  it fails if any document exists (--replace overwrites, --missing skips)
  npm run dataset:backup [-- out.sqlite]          a consistent copy of the database while the server runs

The store is STORE_DB (default .data/store.sqlite). Import while the server is stopped: a running
server does not see documents written behind its back until it restarts.`;

export interface CliIo {
  log: (line: string) => void;
  error: (line: string) => void;
  env: Record<string, string | undefined>;
  now?: () => Date;
}

/** Runs one command; resolves to the process exit code. */
export async function runDatasetCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") {
    io.log(USAGE);
    return command ? 0 : 2;
  }
  let settings;
  try {
    settings = parseEnv({
      STORE_DB: io.env.STORE_DB,
      STORE_PROJECT_ID: io.env.STORE_PROJECT_ID,
      SANITY_DATASET: io.env.SANITY_DATASET,
    });
  } catch (error) {
    io.error((error as Error).message);
    return 2;
  }
  const dbFile = path.resolve(settings.STORE_DB);
  const where = { projectId: settings.STORE_PROJECT_ID, dataset: settings.SANITY_DATASET };
  const now = io.now?.() ?? new Date();
  const flags = rest.filter((a) => a.startsWith("--"));
  const positional = rest.filter((a) => !a.startsWith("--"));

  try {
    if (command === "export") {
      if (!existsSync(dbFile)) {
        io.error(`No store database at ${dbFile} (start the server once, or import a dataset first).`);
        return 1;
      }
      const out = path.resolve(positional[0] ?? path.join(".data", "exports", `${where.dataset}-${stamp(now)}.tar.gz`));
      const store = await ContentStore.open({ file: dbFile, ...where });
      try {
        const { documents, assets } = await exportDataset(store, out, where.dataset);
        io.log(`Exported ${documents} documents and ${assets} assets to ${out}`);
      } finally {
        store.close();
      }
      return 0;
    }

    if (command === "import") {
      if (positional.length !== 1) {
        io.error("dataset:import needs exactly one FILE (a .tar.gz, a folder or an .ndjson).\n\n" + USAGE);
        return 2;
      }
      const unknown = flags.filter((f) => f !== "--replace" && f !== "--missing");
      if (unknown.length > 0 || flags.length > 1) {
        io.error(
          `Use at most one of --replace and --missing${unknown.length ? ` (unknown: ${unknown.join(" ")})` : ""}.`,
        );
        return 2;
      }
      const mode: ImportMode = flags[0] === "--replace" ? "replace" : flags[0] === "--missing" ? "missing" : "create";
      const store = await ContentStore.open({ file: dbFile, ...where });
      try {
        const outcome = await importDataset(store, positional[0], mode, where);
        for (const w of outcome.warnings) io.log(`warning: ${w}`);
        io.log(
          `Imported ${outcome.documents} documents and ${outcome.assets} assets from ${positional[0]} into ${dbFile}` +
            (outcome.unchanged ? ` (${outcome.unchanged} of them already there, left as they were)` : "") +
            (outcome.transactionId ? `; transaction ${outcome.transactionId}` : "; nothing changed"),
        );
      } finally {
        store.close();
      }
      return 0;
    }

    if (command === "backup") {
      const out = path.resolve(positional[0] ?? path.join(path.dirname(dbFile), "backups", backupFileName(now)));
      await backupDatabase(dbFile, out);
      io.log(`Backed up ${dbFile} to ${out}`);
      return 0;
    }
  } catch (error) {
    if (error instanceof DatasetFormatError) {
      io.error(error.message);
      return 1;
    }
    if (error instanceof StoreError) {
      const hint =
        error.status === 409
          ? "\nNothing was imported. Use --replace to overwrite or --missing to skip existing documents."
          : "";
      io.error(`${error.message}${hint}`);
      return 1;
    }
    io.error(error instanceof Error ? error.message : String(error));
    return 1;
  }

  io.error(`Unknown command ${command}.\n\n${USAGE}`);
  return 2;
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}
