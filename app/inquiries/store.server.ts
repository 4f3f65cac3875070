/**
 * The durable record of every inquiry: SQLite through better-sqlite3 in WAL mode with
 * synchronous=FULL, so a committed insert survives a crash of the process or of the
 * machine. The route tells the reader "received" only after `insert` has returned,
 * i.e. after the commit.
 *
 * Each inquiry gets an outbox row in the same transaction; the outbox worker
 * (outbox.server.ts) copies it to the Content Lake when Sanity is configured and marks
 * the row sent. See docs/decisions/0004-inquiry-outbox.md.
 */
import { randomInt, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Inquiry } from "./schema";

/** No 0/O, 1/I/L: a reference read out on the phone is never ambiguous. */
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const REFERENCE_PATTERN = /^HG-\d{4}-[2-9A-HJKMNP-Z]{6}$/;

export interface NewInquiry extends Inquiry {
  /** The form token's nonce: the same form sent twice is one inquiry. */
  submissionKey: string;
  /** The language of the page the form was sent from. */
  pageLanguage: string;
  opportunityTitle?: string;
}

export interface StoredInquiry {
  id: string;
  reference: string;
  receivedAt: string;
  name: string;
  organisation: string;
  country: string;
  email: string;
  phone: string;
  preferredLanguage: string;
  topic: string;
  opportunityId: string;
  opportunityTitle: string;
  message: string;
  consent: boolean;
  pageLanguage: string;
  status: string;
}

export interface OutboxEntry {
  inquiry: StoredInquiry;
  attempts: number;
}

const MIGRATIONS = [
  `CREATE TABLE inquiries (
     id TEXT PRIMARY KEY,
     reference TEXT NOT NULL UNIQUE,
     submission_key TEXT NOT NULL UNIQUE,
     received_at TEXT NOT NULL,
     name TEXT NOT NULL,
     organisation TEXT NOT NULL,
     country TEXT NOT NULL,
     email TEXT NOT NULL,
     phone TEXT NOT NULL DEFAULT '',
     preferred_language TEXT NOT NULL,
     topic TEXT NOT NULL,
     opportunity_id TEXT NOT NULL DEFAULT '',
     opportunity_title TEXT NOT NULL DEFAULT '',
     message TEXT NOT NULL,
     consent INTEGER NOT NULL,
     page_language TEXT NOT NULL,
     status TEXT NOT NULL DEFAULT 'new'
   );
   CREATE TABLE outbox (
     inquiry_id TEXT PRIMARY KEY REFERENCES inquiries(id),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL,
     last_error TEXT,
     sent_at TEXT
   );
   CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE sent_at IS NULL;`,
];

export function makeReference(receivedAt: Date): string {
  const year = new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(receivedAt);
  let code = "";
  for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `HG-${year}-${code}`;
}

type Row = Record<string, unknown>;

function toInquiry(row: Row): StoredInquiry {
  return {
    id: row.id as string,
    reference: row.reference as string,
    receivedAt: row.received_at as string,
    name: row.name as string,
    organisation: row.organisation as string,
    country: row.country as string,
    email: row.email as string,
    phone: row.phone as string,
    preferredLanguage: row.preferred_language as string,
    topic: row.topic as string,
    opportunityId: row.opportunity_id as string,
    opportunityTitle: row.opportunity_title as string,
    message: row.message as string,
    consent: row.consent === 1,
    pageLanguage: row.page_language as string,
    status: row.status as string,
  };
}

export class InquiryStore {
  readonly file: string;
  private db: Database.Database;

  constructor(file: string) {
    this.file = path.resolve(file);
    mkdirSync(path.dirname(this.file), { recursive: true });
    this.db = this.open();
  }

  private open(): Database.Database {
    const db = new Database(this.file);
    db.pragma("journal_mode = WAL");
    // FULL: in WAL mode, NORMAL may lose the last commits on power loss; an
    // acknowledged inquiry must not be among them.
    db.pragma("synchronous = FULL");
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    this.migrate(db);
    return db;
  }

  /**
   * A file or directory that was read-only when the connection opened leaves SQLite reading
   * only, for good: after a write refused as read-only, the connection is opened anew, so
   * the store takes inquiries again as soon as the file is writable, without a restart.
   * The old one is closed first: SQLite shares a process's read-only `-shm` mapping among
   * connections to the same file, so a second connection beside it would stay read-only too.
   */
  private reopenAfter(error: unknown): boolean {
    const readOnly = String((error as { code?: unknown }).code ?? "").startsWith("SQLITE_READONLY");
    if (!readOnly && this.db.open) return false;
    try {
      this.db.close();
    } catch {
      // already unusable
    }
    try {
      this.db = this.open();
      return true;
    } catch {
      return false;
    }
  }

  private migrate(db: Database.Database): void {
    const version = db.pragma("user_version", { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      db.transaction(() => {
        db.exec(MIGRATIONS[v]);
        db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /**
   * Stores the inquiry and its outbox row in one committed transaction. A second call
   * with the same submission key returns the first inquiry (`created: false`).
   */
  insert(input: NewInquiry, now = new Date(), reopened = false): { inquiry: StoredInquiry; created: boolean } {
    const existing = this.db.prepare("SELECT * FROM inquiries WHERE submission_key = ?").get(input.submissionKey) as
      Row | undefined;
    if (existing) return { inquiry: toInquiry(existing), created: false };
    const insert = this.db.prepare(
      `INSERT INTO inquiries (id, reference, submission_key, received_at, name, organisation, country, email, phone,
         preferred_language, topic, opportunity_id, opportunity_title, message, consent, page_language)
       VALUES (@id, @reference, @submissionKey, @receivedAt, @name, @organisation, @country, @email, @phone,
         @preferredLanguage, @topic, @opportunity, @opportunityTitle, @message, 1, @pageLanguage)`,
    );
    const outbox = this.db.prepare("INSERT INTO outbox (inquiry_id, next_attempt_at) VALUES (?, ?)");
    const run = this.db.transaction((row: Record<string, string>) => {
      insert.run(row);
      outbox.run(row.id, now.getTime());
    });
    for (let attempt = 0; ; attempt++) {
      const row = {
        id: randomUUID(),
        reference: makeReference(now),
        submissionKey: input.submissionKey,
        receivedAt: now.toISOString(),
        name: input.name,
        organisation: input.organisation,
        country: input.country,
        email: input.email,
        phone: input.phone,
        preferredLanguage: input.preferredLanguage,
        topic: input.topic,
        opportunity: input.opportunity,
        opportunityTitle: input.opportunityTitle ?? "",
        message: input.message,
        pageLanguage: input.pageLanguage,
      };
      try {
        run(row);
        return { inquiry: this.byId(row.id)!, created: true };
      } catch (error) {
        const code = (error as { code?: string }).code;
        const message = (error as Error).message;
        // A reference collision (1 in ~887 million per pair): draw another one.
        if (code === "SQLITE_CONSTRAINT_UNIQUE" && message.includes("inquiries.reference") && attempt < 5) continue;
        // The same form sent twice at once: the other request stored it.
        if (code === "SQLITE_CONSTRAINT_UNIQUE" && message.includes("inquiries.submission_key")) {
          const first = this.db
            .prepare("SELECT * FROM inquiries WHERE submission_key = ?")
            .get(input.submissionKey) as Row;
          return { inquiry: toInquiry(first), created: false };
        }
        // Nothing was committed: once, on a fresh connection, if the old one could only read.
        if (!reopened && this.reopenAfter(error)) return this.insert(input, now, true);
        throw error;
      }
    }
  }

  /** The inquiry first stored from the form with this token nonce, if any. */
  bySubmissionKey(submissionKey: string): StoredInquiry | undefined {
    const row = this.db.prepare("SELECT * FROM inquiries WHERE submission_key = ?").get(submissionKey) as
      Row | undefined;
    return row && toInquiry(row);
  }

  byId(id: string): StoredInquiry | undefined {
    const row = this.db.prepare("SELECT * FROM inquiries WHERE id = ?").get(id) as Row | undefined;
    return row && toInquiry(row);
  }

  byReference(reference: string): StoredInquiry | undefined {
    const row = this.db.prepare("SELECT * FROM inquiries WHERE reference = ?").get(reference) as Row | undefined;
    return row && toInquiry(row);
  }

  /** Unsent outbox entries whose next attempt is due, oldest first. */
  due(now: number, limit = 20): OutboxEntry[] {
    const rows = this.db
      .prepare(
        `SELECT i.*, o.attempts AS outbox_attempts FROM outbox o JOIN inquiries i ON i.id = o.inquiry_id
         WHERE o.sent_at IS NULL AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at, i.received_at LIMIT ?`,
      )
      .all(now, limit) as Row[];
    return rows.map((row) => ({ inquiry: toInquiry(row), attempts: row.outbox_attempts as number }));
  }

  /** When the next unsent entry is due (ms since epoch), or undefined when none waits. */
  nextDue(): number | undefined {
    const row = this.db.prepare("SELECT MIN(next_attempt_at) AS next FROM outbox WHERE sent_at IS NULL").get() as Row;
    return typeof row.next === "number" ? row.next : undefined;
  }

  markSent(inquiryId: string, at = new Date()): void {
    this.write(() =>
      this.db
        .prepare("UPDATE outbox SET sent_at = ?, last_error = NULL WHERE inquiry_id = ?")
        .run(at.toISOString(), inquiryId),
    );
  }

  markFailed(inquiryId: string, error: string, nextAttemptAt: number): void {
    this.write(() =>
      this.db
        .prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE inquiry_id = ?")
        .run(error.slice(0, 500), nextAttemptAt, inquiryId),
    );
  }

  /** One write, tried again once on a fresh connection if the old one could only read. */
  private write(run: () => unknown): void {
    try {
      run();
    } catch (error) {
      if (!this.reopenAfter(error)) throw error;
      run();
    }
  }

  count(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM inquiries").get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}

const holder = globalThis as typeof globalThis & { __inquiryStore?: InquiryStore };

/** The process's store, opened on first use. */
export function getInquiryStore(file: string): InquiryStore {
  if (!holder.__inquiryStore || holder.__inquiryStore.file !== path.resolve(file)) {
    holder.__inquiryStore = new InquiryStore(file);
  }
  return holder.__inquiryStore;
}
