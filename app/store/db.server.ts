/**
 * The content store's SQLite file: better-sqlite3 in WAL mode with synchronous=FULL, so
 * a transaction the store has acknowledged survives a crash or a power cut, and readers
 * (backups, the export script) never block the writer.
 *
 * Tables:
 * - `documents`: the current state, one row per document id (the body as JSON);
 * - `transactions`: one row per committed transaction, in commit order (`seq`), with
 *   the mutations as applied;
 * - `transaction_documents`: what each transaction did to each document: the revisions
 *   before and after and the document after (null when deleted), which is what history
 *   (a document at a revision, mendoza effects, the transaction log) is answered from;
 * - `files`: asset bytes by SHA-1;
 * - `keyvalue`: small settings (the Studio's per-user key-value store, store metadata).
 *
 * Migrations are numbered by their position in MIGRATIONS and tracked with the
 * `user_version` pragma: append, never edit one that has shipped.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type StoreDatabase = Database.Database;

export const MIGRATIONS: readonly string[] = [
  `
  -- A rowid table: rowid keeps the order documents were first written in (an update keeps
  -- it), which is the order the store holds them in memory and answers unordered queries in.
  CREATE TABLE documents (
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    rev TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE INDEX documents_type ON documents (type);

  CREATE TABLE transactions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    timestamp TEXT NOT NULL,
    author TEXT NOT NULL,
    mutations TEXT NOT NULL
  );

  -- Rowid tables here and for files, not WITHOUT ROWID: their rows hold whole documents
  -- or files, and SQLite keeps large rows far more compactly in a rowid table.
  CREATE TABLE transaction_documents (
    document_id TEXT NOT NULL,
    seq INTEGER NOT NULL REFERENCES transactions (seq),
    before_rev TEXT,
    after_rev TEXT,
    after TEXT
  );
  CREATE UNIQUE INDEX transaction_documents_document ON transaction_documents (document_id, seq);
  CREATE INDEX transaction_documents_seq ON transaction_documents (seq);
  CREATE INDEX transaction_documents_after_rev ON transaction_documents (after_rev);

  CREATE TABLE files (
    sha1 TEXT NOT NULL UNIQUE,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE keyvalue (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
];

/** Opens (creating the file and its folder when missing) and migrates the database. */
export function openDatabase(file: string): { db: StoreDatabase; created: boolean } {
  const resolved = path.resolve(file);
  mkdirSync(path.dirname(resolved), { recursive: true });
  const db = new Database(resolved);
  db.pragma("journal_mode = WAL");
  // FULL: in WAL mode NORMAL may lose the last commits on power loss, and the store
  // acknowledges a transaction only once it is durable.
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  const version = db.pragma("user_version", { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return { db, created: version === 0 };
}
