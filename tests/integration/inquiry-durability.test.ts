/**
 * Never lost: inquiries are submitted concurrently, the server is killed hard (SIGKILL,
 * no shutdown code runs) in the middle, and after a restart on the same database every
 * inquiry that had been acknowledged (its redirect to the confirmation received) is
 * there. Bounded: 8 clients, at most 2,000 submissions or 20 s before the kill, loopback only.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { VALID_FIELDS, openForm, postForm, referenceOf, sleep } from "../support/inquiry-client";
import { startServer, type RunningServer } from "../support/server";

const CONCURRENCY = 8;
/** Kill once this many were acknowledged (so the kill lands among commits), or after the deadline. */
const KILL_AFTER_ACKNOWLEDGED = 40;
const KILL_DEADLINE_MS = 20_000;
const MAX_SUBMISSIONS = 2_000;

describe("inquiries survive a hard kill of the server", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "inquiry-crash-"));
  const env = {
    INQUIRY_DB: path.join(dir, "inquiries.sqlite"),
    INQUIRY_MIN_FILL_MS: "0",
    INQUIRY_RATE_LIMIT: "100000",
    INQUIRY_SECRET: "durability-test-secret-0123456789abcdef",
  };
  let restarted: RunningServer | undefined;

  afterAll(async () => {
    await restarted?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds every acknowledged inquiry after SIGKILL and restart", async () => {
    const first = await startServer(env);
    const acknowledged: string[] = [];
    let started = 0;
    let killed = false;

    async function client(n: number) {
      while (!killed && started < MAX_SUBMISSIONS) {
        started++;
        try {
          const form = await openForm(first.baseUrl, "en");
          const r = await postForm(
            first.baseUrl,
            "en",
            { ...VALID_FIELDS, formToken: form.token, name: `Client ${n} #${started}` },
            { cookie: form.cookie },
          );
          const reference = r.status === 303 ? referenceOf(r.location) : undefined;
          if (reference) acknowledged.push(reference);
          else if (!killed) throw new Error(`unexpected answer ${r.status}`);
        } catch (error) {
          // After the kill, requests in flight fail: they were never acknowledged.
          if (!killed) throw error;
        }
      }
    }

    const clients = Array.from({ length: CONCURRENCY }, (_, n) => client(n));
    const deadline = Date.now() + KILL_DEADLINE_MS;
    while (acknowledged.length < KILL_AFTER_ACKNOWLEDGED && Date.now() < deadline && started < MAX_SUBMISSIONS)
      await sleep(5);
    killed = true;
    process.kill(first.pid, "SIGKILL");
    await Promise.all(clients);
    await first.stop();

    // Enough traffic that the kill really landed among commits.
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);

    restarted = await startServer(env);
    const db = new Database(env.INQUIRY_DB, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = new Set(
      (db.prepare("SELECT reference FROM inquiries").all() as { reference: string }[]).map((r) => r.reference),
    );
    db.close();
    const missing = acknowledged.filter((ref) => !stored.has(ref));
    expect(missing).toEqual([]);
    // And the restarted server confirms them.
    for (const ref of acknowledged.slice(-5)) {
      expect((await fetch(`${restarted.baseUrl}/en/invest/inquiry/${ref}`)).status).toBe(200);
    }
  });
});
