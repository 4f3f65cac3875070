/**
 * Backups of every SQLite file the site writes (the content store STORE_DB, the inquiries
 * INQUIRY_DB, the visitor counts visitors.sqlite beside STORE_DB) and their restore.
 *
 * A backup uses SQLite's online backup API (better-sqlite3's `db.backup()`) through a
 * read-only connection of its own, so it is a consistent snapshot of each file while the
 * server keeps writing (WAL: the writer is never blocked). Each copy is switched to the
 * rollback journal (one self-contained file, no -wal beside it), checked with
 * `PRAGMA integrity_check`, and described in `manifest.json`: size, SHA-256, rows per table.
 *
 * A restore checks every file against the manifest first, copies each one next to its
 * target as a temporary file (fsynced), and only then renames them into place: a failed
 * check or copy changes nothing. The files being replaced are kept beside them
 * (`<file>.before-restore-<time>`). It refuses while a process (the server) has a target
 * open, unless forced; see isInUse.
 */
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";

/** The databases of one installation, by role, where the server reads and writes them. */
export interface DatabasePaths {
  store: string;
  inquiries: string;
  visitors: string;
}

export type DatabaseRole = keyof DatabasePaths;
export const DATABASE_ROLES: readonly DatabaseRole[] = ["store", "inquiries", "visitors"];

/** The server's own layout: visitors.sqlite lives beside STORE_DB (app/visitors/counter.server.ts). */
export function databasePaths(env: { STORE_DB: string; INQUIRY_DB: string }): DatabasePaths {
  const store = path.resolve(env.STORE_DB);
  return {
    store,
    inquiries: path.resolve(env.INQUIRY_DB),
    visitors: path.join(path.dirname(store), "visitors.sqlite"),
  };
}

export interface ManifestFile {
  role: DatabaseRole;
  /** The copy's name inside the backup folder. */
  file: string;
  /** Where it was copied from. */
  source: string;
  bytes: number;
  sha256: string;
  /** Rows per table at the moment of the snapshot. */
  rows: Record<string, number>;
}

export interface Manifest {
  format: 1;
  createdAt: string;
  files: ManifestFile[];
  /** Roles with no database yet (e.g. no inquiry received), so nothing to copy. */
  missing: DatabaseRole[];
}

export const MANIFEST = "manifest.json";

/** `backup-2026-05-01T10-20-30Z`: sorts by time, safe in every file system. */
export function backupFolderName(now: Date): string {
  return `backup-${now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-")}`;
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function rowCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT COUNT(*) FROM "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/** Copies every existing database into `folder` (created; must not exist yet) and writes the manifest. */
export async function backupAll(paths: DatabasePaths, folder: string, now = new Date()): Promise<Manifest> {
  if (existsSync(folder)) throw new Error(`${folder} exists already; a backup never writes over another.`);
  await mkdir(folder, { recursive: true });
  const manifest: Manifest = { format: 1, createdAt: now.toISOString(), files: [], missing: [] };
  for (const role of DATABASE_ROLES) {
    const source = paths[role];
    if (!existsSync(source)) {
      manifest.missing.push(role);
      continue;
    }
    const file = `${role}.sqlite`;
    const target = path.join(folder, file);
    const from = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await from.backup(target);
    } finally {
      from.close();
    }
    // The copy keeps the source's WAL mode in its header; as a rollback-journal file it is
    // one self-contained file that can be checked, hashed and moved on its own.
    const copy = new Database(target);
    let rows: Record<string, number>;
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new Error(`The copy of ${source} fails SQLite's integrity check: ${String(check)}`);
      rows = rowCounts(copy);
    } finally {
      copy.close();
    }
    manifest.files.push({ role, file, source, bytes: statSync(target).size, sha256: sha256(target), rows });
  }
  await writeFile(path.join(folder, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

export async function readManifest(folder: string): Promise<Manifest> {
  const file = path.join(folder, MANIFEST);
  if (!existsSync(file)) throw new Error(`No ${MANIFEST} in ${folder}: not a backup folder.`);
  const manifest = JSON.parse(await readFile(file, "utf8")) as Manifest;
  if (manifest.format !== 1 || !Array.isArray(manifest.files)) throw new Error(`${file} is not a backup manifest.`);
  for (const f of manifest.files) {
    if (!DATABASE_ROLES.includes(f.role) || path.basename(f.file) !== f.file) {
      throw new Error(`${file} names an unexpected file (${f.role}: ${f.file}).`);
    }
  }
  return manifest;
}

/** Every copy is there, of its recorded size and hash, and opens as a sound SQLite database. */
export function verifyBackup(folder: string, manifest: Manifest): string[] {
  const problems: string[] = [];
  for (const f of manifest.files) {
    const file = path.join(folder, f.file);
    if (!existsSync(file)) {
      problems.push(`${f.file} is missing`);
      continue;
    }
    if (statSync(file).size !== f.bytes || sha256(file) !== f.sha256) {
      problems.push(`${f.file} differs from the manifest (size or SHA-256)`);
      continue;
    }
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const check = db.pragma("integrity_check", { simple: true });
      if (check !== "ok") problems.push(`${f.file} fails SQLite's integrity check: ${String(check)}`);
    } finally {
      db.close();
    }
  }
  return problems;
}

/**
 * Whether another connection (the running server) has the database open. Switching a WAL
 * database to the rollback journal needs it to be the only connection, so it fails with
 * SQLITE_BUSY while the server holds the file; when it succeeds the WAL has been
 * checkpointed into the file, which the restore then sets aside complete.
 */
export function isInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    const mode = db.pragma("journal_mode = DELETE", { simple: true });
    return mode !== "delete";
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
    throw error;
  } finally {
    db.close();
  }
}

export interface RestoreOutcome {
  restored: { role: DatabaseRole; target: string; keptAs?: string }[];
}

/**
 * Brings the backup's files back to `paths`. Throws before changing anything when the
 * backup does not check out, or when a target is in use and `force` is not set.
 */
export async function restoreAll(
  folder: string,
  paths: DatabasePaths,
  { force = false, now = new Date() }: { force?: boolean; now?: Date } = {},
): Promise<RestoreOutcome> {
  const manifest = await readManifest(folder);
  const problems = verifyBackup(folder, manifest);
  if (problems.length) throw new Error(`The backup in ${folder} does not check out:\n  ${problems.join("\n  ")}`);
  const busy = manifest.files.filter((f) => isInUse(paths[f.role])).map((f) => paths[f.role]);
  if (busy.length && !force) {
    throw new Error(
      `In use by another process (is the server running?): ${busy.join(", ")}.\n` +
        "Stop the server first, or pass --force (then restart the server at once: what it writes meanwhile is lost).",
    );
  }

  // First every copy, beside its target (same file system, so the rename is atomic)…
  const staged: { role: DatabaseRole; temp: string; target: string }[] = [];
  try {
    for (const f of manifest.files) {
      const target = paths[f.role];
      mkdirSync(path.dirname(target), { recursive: true });
      const temp = `${target}.restore-${process.pid}.tmp`;
      await copyFile(path.join(folder, f.file), temp);
      const fd = openSync(temp, "r+");
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      if (sha256(temp) !== f.sha256) throw new Error(`Copying ${f.file} to ${temp} did not give the same bytes.`);
      staged.push({ role: f.role, temp, target });
    }
  } catch (error) {
    for (const s of staged) rmSync(s.temp, { force: true });
    throw error;
  }

  // …then the renames. The old file is kept aside; its -wal and -shm belong to it, not to the copy.
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
  const outcome: RestoreOutcome = { restored: [] };
  for (const s of staged) {
    let keptAs: string | undefined;
    if (existsSync(s.target)) {
      keptAs = `${s.target}.before-restore-${stamp}`;
      renameSync(s.target, keptAs);
    }
    for (const suffix of ["-wal", "-shm", "-journal"]) {
      if (existsSync(s.target + suffix)) {
        if (keptAs) renameSync(s.target + suffix, keptAs + suffix);
        else rmSync(s.target + suffix, { force: true });
      }
    }
    renameSync(s.temp, s.target);
    outcome.restored.push({ role: s.role, target: s.target, keptAs });
  }
  fsyncDirs(staged.map((s) => path.dirname(s.target)));
  return outcome;
}

/** The renames are durable once their folders are synced. */
function fsyncDirs(dirs: string[]): void {
  for (const dir of new Set(dirs)) {
    try {
      const fd = openSync(dir, "r");
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch {
      // Not every platform can open a folder for fsync (Windows); the rename still happened.
    }
  }
}
