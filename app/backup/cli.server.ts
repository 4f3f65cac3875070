/**
 * `npm run backup [-- --out DIR]` and `npm run restore -- DIR [--force]` (scripts/backup.mjs,
 * scripts/restore.mjs bundle and run this). Paths come from the server's own variables
 * (STORE_DB, INQUIRY_DB) with the server's defaults, so a restore lands where the server reads.
 */
import path from "node:path";
import { parseEnv } from "../utils/env.server";
import { backupAll, backupFolderName, databasePaths, restoreAll } from "./backup.server";

export interface CliIo {
  log: (line: string) => void;
  error: (line: string) => void;
  env: Record<string, string | undefined>;
  now?: () => Date;
}

const BACKUP_USAGE = `Usage: npm run backup [-- --out DIR]

Copies every SQLite database (STORE_DB, INQUIRY_DB, visitors.sqlite beside STORE_DB) while the
server runs, into DIR/backup-<time>/ (default DIR: backups/ beside STORE_DB), with manifest.json
(sizes, SHA-256, rows per table).`;

const RESTORE_USAGE = `Usage: npm run restore -- DIR [--force]

Brings the databases of the backup folder DIR back to STORE_DB, INQUIRY_DB and visitors.sqlite
beside STORE_DB, after checking them against its manifest. Stop the server first: it refuses
while a database is open elsewhere, unless --force (then restart the server at once).`;

function settings(io: CliIo) {
  return parseEnv({ STORE_DB: io.env.STORE_DB, INQUIRY_DB: io.env.INQUIRY_DB });
}

export async function runBackupCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.log(BACKUP_USAGE);
    return 0;
  }
  const outAt = argv.indexOf("--out");
  const unknown = argv.filter((a, i) => !(i === outAt || (outAt >= 0 && i === outAt + 1)));
  if (unknown.length || (outAt >= 0 && !argv[outAt + 1])) {
    io.error(BACKUP_USAGE);
    return 2;
  }
  try {
    const paths = databasePaths(settings(io));
    const base = outAt >= 0 ? path.resolve(argv[outAt + 1]!) : path.join(path.dirname(paths.store), "backups");
    const folder = path.join(base, backupFolderName(io.now?.() ?? new Date()));
    const manifest = await backupAll(paths, folder, io.now?.());
    for (const f of manifest.files) {
      const rows = Object.entries(f.rows)
        .map(([t, n]) => `${t} ${n}`)
        .join(", ");
      io.log(`${f.role}: ${f.source} → ${f.file} (${f.bytes} bytes, sha256 ${f.sha256.slice(0, 12)}…; ${rows})`);
    }
    for (const role of manifest.missing) io.log(`${role}: no database yet, nothing to copy`);
    io.log(`Backup written to ${folder}`);
    return 0;
  } catch (error) {
    io.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

export async function runRestoreCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.log(RESTORE_USAGE);
    return 0;
  }
  const force = argv.includes("--force");
  const rest = argv.filter((a) => a !== "--force");
  if (rest.length !== 1 || rest[0]!.startsWith("--")) {
    io.error(RESTORE_USAGE);
    return 2;
  }
  try {
    const outcome = await restoreAll(path.resolve(rest[0]!), databasePaths(settings(io)), { force, now: io.now?.() });
    for (const r of outcome.restored) {
      io.log(`${r.role}: restored to ${r.target}${r.keptAs ? ` (the previous file kept as ${r.keptAs})` : ""}`);
    }
    if (force) io.log("Restart the server now: it still has the previous files open.");
    return 0;
  } catch (error) {
    io.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
