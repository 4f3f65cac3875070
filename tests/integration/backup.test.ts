/**
 * `npm run backup` while the site runs and takes writes, `npm run restore` into a fresh
 * location, and a server started there: every document and every inquiry acknowledged
 * before the backup began is served from the restored files, and each restored file holds
 * the rows its manifest recorded. A restore onto the running server's own files is refused
 * and changes nothing.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../app/backup/backup.server";
import { VALID_FIELDS, openForm, postForm, referenceOf } from "../support/inquiry-client";
import { startServer, type RunningServer } from "../support/server";
import { queryStore, storeClient } from "../support/store-client";

const run = promisify(execFile);

async function script(name: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [`scripts/${name}.mjs`, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function references(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT reference FROM inquiries").pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe("backup and restore of every SQLite database", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "backup-test-"));
  const env = {
    INQUIRY_MIN_FILL_MS: "0",
    INQUIRY_RATE_LIMIT: "100000",
    INQUIRY_SECRET: "backup-test-secret-0123456789abcdef",
  };
  const servers: RunningServer[] = [];

  afterAll(async () => {
    for (const s of servers) await s.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores a backup taken during writes into a fresh location, where a server finds everything", async () => {
    const live = await startServer(env);
    servers.push(live);
    const editor = storeClient(live.baseUrl);

    async function sendInquiry(n: number): Promise<string> {
      const form = await openForm(live.baseUrl, "en");
      const r = await postForm(
        live.baseUrl,
        "en",
        { ...VALID_FIELDS, formToken: form.token, name: `Backup ${n}` },
        { cookie: form.cookie },
      );
      const reference = r.status === 303 ? referenceOf(r.location) : undefined;
      if (!reference) throw new Error(`inquiry ${n} answered ${r.status}`);
      return reference;
    }

    // Acknowledged before the backup starts: all of these must be in it.
    const before: string[] = [];
    for (let n = 0; n < 5; n++) before.push(await sendInquiry(n));
    for (let n = 0; n < 10; n++) {
      await editor.create({ _id: `backup-probe-${n}`, _type: "backupProbe", n });
    }
    const documentsBefore = await queryStore<string[]>(live.baseUrl, "*[]._id");
    // A visit, so that visitors.sqlite exists.
    await fetch(`${live.baseUrl}/en`, { headers: { "user-agent": "Mozilla/5.0 backup test" } });

    // Writers keep going while the backup runs.
    let writing = true;
    let written = 0;
    const writers = [0, 1, 2].map(async (w) => {
      for (let i = 0; writing; i++) {
        if (w === 0) await editor.create({ _id: `backup-during-${i}`, _type: "backupProbe", n: i });
        else await sendInquiry(1000 * w + i);
        written++;
      }
    });
    const out = path.join(dir, "backups");
    const backup = await script("backup", ["--out", out], { STORE_DB: live.storeDb, INQUIRY_DB: live.inquiryDb });
    writing = false;
    await Promise.all(writers);
    expect(backup.code, backup.stderr).toBe(0);
    expect(written).toBeGreaterThan(0);

    const [folderName] = readdirSync(out);
    const folder = path.join(out, folderName!);
    const manifest = JSON.parse(readFileSync(path.join(folder, "manifest.json"), "utf8")) as Manifest;
    expect(manifest.files.map((f) => f.role)).toEqual(["store", "inquiries", "visitors"]);
    for (const f of manifest.files) {
      expect(statSync(path.join(folder, f.file)).size).toBe(f.bytes);
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    }

    // Onto the running server's own files: refused, nothing replaced.
    const sizeBefore = statSync(live.inquiryDb).size;
    const refused = await script("restore", [folder], { STORE_DB: live.storeDb, INQUIRY_DB: live.inquiryDb });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/In use by another process/);
    expect(readdirSync(path.dirname(live.inquiryDb)).some((f) => f.includes("before-restore"))).toBe(false);
    expect(statSync(live.inquiryDb).size).toBeGreaterThanOrEqual(sizeBefore);

    // Into a fresh location (where no server runs).
    const fresh = mkdtempSync(path.join(dir, "fresh-"));
    const target = { STORE_DB: path.join(fresh, "store.sqlite"), INQUIRY_DB: path.join(fresh, "inquiries.sqlite") };
    const restored = await script("restore", [folder], target);
    expect(restored.code, restored.stderr).toBe(0);
    expect(existsSync(path.join(fresh, "visitors.sqlite"))).toBe(true);
    expect(readdirSync(fresh).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const rows = (role: string, table: string) => manifest.files.find((f) => f.role === role)!.rows[table];
    const restoredRefs = references(target.INQUIRY_DB);
    expect(restoredRefs).toHaveLength(rows("inquiries", "inquiries")!);

    const again = await startServer({ ...env, ...target });
    servers.push(again);
    const documentsAfter = new Set(await queryStore<string[]>(again.baseUrl, "*[]._id"));
    expect(documentsAfter.size).toBe(rows("store", "documents"));
    for (const id of documentsBefore) expect(documentsAfter.has(id), id).toBe(true);
    // The site serves from the restored store.
    const page = await fetch(`${again.baseUrl}/en/news`);
    expect(page.status).toBe(200);
    // Every inquiry acknowledged before the backup, once.
    const afterRefs = references(target.INQUIRY_DB);
    for (const reference of before) expect(afterRefs.filter((r) => r === reference)).toHaveLength(1);
  }, 120_000);
});
