/**
 * Visitor statistics for the footer (online now, today, total) without cookies, stored IP
 * addresses or third parties (docs/decisions/0017-visitor-counts.md).
 *
 * A visitor is a keyed hash of the client's address and user agent under a random salt
 * that lives in memory only and is replaced when the day changes in Vietnam: the same
 * reader is one visitor per day, yesterday's hashes cannot be linked to today's, and
 * nothing that could be turned back into an address is ever written. Only the number of
 * visitors per day goes to SQLite (visitors.sqlite beside STORE_DB).
 */
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { isCountedVisit, type VisitRequest } from "./visit";

export interface VisitorCounts {
  /** Distinct visitors seen in the last ONLINE_WINDOW_MS. */
  online: number;
  /** Distinct visitors since midnight in Vietnam. */
  today: number;
  /** The sum of every day's visitors. */
  total: number;
}

/** "Online now": seen within the last five minutes. */
export const ONLINE_WINDOW_MS = 5 * 60_000;
/** Beyond this many hashes a day, new ones are still counted but not remembered (memory stays bounded). */
const MAX_REMEMBERED = 500_000;

const MIGRATIONS = [
  `CREATE TABLE visitor_days (
     day TEXT PRIMARY KEY,
     visitors INTEGER NOT NULL
   ) WITHOUT ROWID;`,
];

// One formatter for the process: a new Intl.DateTimeFormat per call cost 0.4 ms of every page.
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

/** The calendar day in Asia/Ho_Chi_Minh, as YYYY-MM-DD. */
export function vietnamDay(at: number): string {
  return dayFormat.format(at);
}

export class VisitorCounter {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly upsert: Database.Statement;
  private day = "";
  private salt = Buffer.alloc(0);
  private todaySeen = new Set<string>();
  private readonly lastSeen = new Map<string, number>();
  private today = 0;
  private total = 0;

  constructor(file: string, now: () => number = Date.now) {
    const resolved = path.resolve(file);
    mkdirSync(path.dirname(resolved), { recursive: true });
    this.db = new Database(resolved);
    this.db.pragma("journal_mode = WAL");
    // A count lost to a power cut is no loss worth an fsync per visitor.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 2000");
    const version = this.db.pragma("user_version", { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
    this.upsert = this.db.prepare(
      "INSERT INTO visitor_days (day, visitors) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET visitors = visitors + 1",
    );
    this.now = now;
    this.total = (this.db.prepare("SELECT COALESCE(SUM(visitors), 0) AS n FROM visitor_days").get() as { n: number }).n;
    this.rollOver(now());
  }

  /** A new day: a new salt (the old one is gone for good), no one seen yet, today's stored count. */
  private rollOver(at: number): void {
    const day = vietnamDay(at);
    if (day === this.day) return;
    this.day = day;
    this.salt = randomBytes(32);
    this.todaySeen = new Set();
    this.lastSeen.clear();
    const row = this.db.prepare("SELECT visitors FROM visitor_days WHERE day = ?").get(day) as
      { visitors: number } | undefined;
    this.today = row?.visitors ?? 0;
  }

  private visitorOf(address: string, userAgent: string, at: number): string {
    this.rollOver(at);
    const visitor = createHmac("sha256", this.salt).update(`${address}\n${userAgent}`).digest("base64url");
    this.lastSeen.delete(visitor);
    this.lastSeen.set(visitor, at);
    return visitor;
  }

  /**
   * A reader is on the site now (a page request has started): "online now" includes them
   * on the very page being rendered for them. Nothing is stored.
   */
  arrived(address: string, userAgent: string): void {
    this.visitorOf(address, userAgent, this.now());
  }

  /** Counts a page view by the client at `address` with `userAgent` (the caller decided it is one, see `countVisits`). */
  record(address: string, userAgent: string): void {
    const visitor = this.visitorOf(address, userAgent, this.now());
    if (this.todaySeen.has(visitor)) return;
    if (this.todaySeen.size < MAX_REMEMBERED) this.todaySeen.add(visitor);
    this.upsert.run(this.day);
    this.today++;
    this.total++;
  }

  counts(): VisitorCounts {
    const at = this.now();
    this.rollOver(at);
    // lastSeen is in order of last visit (re-inserted on each one): drop from the front.
    for (const [visitor, seen] of this.lastSeen) {
      if (at - seen < ONLINE_WINDOW_MS) break;
      this.lastSeen.delete(visitor);
    }
    return { online: this.lastSeen.size, today: this.today, total: this.total };
  }

  close(): void {
    this.db.close();
  }
}

let counter: VisitorCounter | undefined;

/** The process's counter, opened on first use beside the content store's database. */
export function visitorCounter(storeDb: string): VisitorCounter {
  counter ??= new VisitorCounter(path.join(path.dirname(path.resolve(storeDb)), "visitors.sqlite"));
  return counter;
}

/**
 * server.js calls this for every request before the page cache answers, so cached pages are
 * counted too. The reader is "online" from the request on; the visit counts for today and
 * the total once the response is finished, and only when it was a page (an HTML 200, or a
 * 304 revalidation of one): error pages are not views.
 */
export function countVisits(storeDb: string) {
  return (
    req: VisitRequest & { ip?: string; on(event: "finish", listener: () => void): unknown },
    res: { statusCode: number; getHeader(name: string): unknown; once(event: "finish", listener: () => void): unknown },
    next: () => void,
  ) => {
    if (isCountedVisit(req)) {
      visitorCounter(storeDb).arrived(req.ip ?? "", String(req.headers["user-agent"] ?? ""));
      res.once("finish", () => {
        const type = String(res.getHeader("content-type") ?? "");
        if ((res.statusCode === 200 && /^text\/html\b/i.test(type)) || res.statusCode === 304) {
          visitorCounter(storeDb).record(req.ip ?? "", String(req.headers["user-agent"] ?? ""));
        }
      });
    }
    next();
  };
}

/** The counts for a page being rendered (the root loader). */
export function currentVisitorCounts(storeDb: string): VisitorCounts {
  return visitorCounter(storeDb).counts();
}
