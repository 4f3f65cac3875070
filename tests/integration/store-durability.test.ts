/**
 * Never lost: clients commit mutations concurrently, the server is killed hard
 * (SIGKILL, no shutdown code runs) in the middle, and after a restart on the same
 * database every transaction that had been acknowledged (its 200 received) is there,
 * in the documents and in the transaction log. Bounded: 8 clients, at most 4,000
 * mutations or 20 s before the kill, loopback only.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, TEST_STORE_TOKEN, type RunningServer } from "../support/server";

const CONCURRENCY = 8;
const KILL_AFTER_ACKNOWLEDGED = 200;
const KILL_DEADLINE_MS = 20_000;
const MAX_MUTATIONS = 4_000;

describe("the content store survives a hard kill of the server", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "store-crash-"));
  const env = { STORE_DB: path.join(dir, "store.sqlite"), INQUIRY_DB: path.join(dir, "inquiries.sqlite") };
  let restarted: RunningServer | undefined;

  afterAll(async () => {
    await restarted?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds every acknowledged transaction after SIGKILL and restart", async () => {
    const first = await startServer(env);
    const acknowledged: { id: string; transactionId: string; n: number }[] = [];
    let started = 0;
    let killed = false;

    async function client(c: number) {
      // Each client also patches one counter document of its own, so updates race the kill too.
      const counter = `burst-counter-${c}`;
      let count = 0;
      while (!killed && started < MAX_MUTATIONS) {
        const n = started++;
        const id = `burst-${c}-${n}`;
        try {
          const response = await fetch(`${first.baseUrl}/api/store/v2025-02-19/data/mutate/production`, {
            method: "POST",
            headers: { authorization: `Bearer ${TEST_STORE_TOKEN}`, "content-type": "application/json" },
            body: JSON.stringify({
              mutations: [
                { create: { _id: id, _type: "burst", n } },
                { createIfNotExists: { _id: counter, _type: "burst", count: 0 } },
                { patch: { id: counter, inc: { count: 1 } } },
              ],
            }),
          });
          if (response.status !== 200) throw new Error(`unexpected answer ${response.status}`);
          const body = (await response.json()) as { transactionId: string };
          count++;
          acknowledged.push({ id, transactionId: body.transactionId, n: count });
        } catch (error) {
          // After the kill, requests in flight fail: they were never acknowledged.
          if (!killed) throw error;
        }
      }
      return { counter, count };
    }

    const clients = Array.from({ length: CONCURRENCY }, (_, c) => client(c));
    const deadline = Date.now() + KILL_DEADLINE_MS;
    while (acknowledged.length < KILL_AFTER_ACKNOWLEDGED && Date.now() < deadline && started < MAX_MUTATIONS)
      await new Promise((resolve) => setTimeout(resolve, 5));
    killed = true;
    process.kill(first.pid, "SIGKILL");
    const counters = await Promise.all(clients);
    await first.stop();

    // Enough traffic that the kill really landed among commits.
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);

    restarted = await startServer(env);
    const db = new Database(env.STORE_DB, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const ids = new Set(db.prepare("SELECT id FROM documents WHERE type = 'burst'").pluck().all() as string[]);
    const transactions = new Set(db.prepare("SELECT id FROM transactions").pluck().all() as string[]);
    db.close();
    expect(acknowledged.filter((a) => !ids.has(a.id))).toEqual([]);
    expect(acknowledged.filter((a) => !transactions.has(a.transactionId))).toEqual([]);

    // The restarted server answers them, and each counter has at least every acknowledged increment
    // (one more if the kill landed after a commit but before its answer was received).
    const response = await fetch(
      `${restarted.baseUrl}/api/store/v2025-02-19/data/query/production?query=${encodeURIComponent(
        '*[_type == "burst" && defined(count)]{_id, count}',
      )}`,
      { headers: { authorization: `Bearer ${TEST_STORE_TOKEN}` } },
    );
    const stored = new Map(
      ((await response.json()).result as { _id: string; count: number }[]).map((d) => [d._id, d.count]),
    );
    for (const { counter, count } of counters) {
      if (count === 0) continue;
      expect(stored.get(counter), counter).toBeGreaterThanOrEqual(count);
      expect(stored.get(counter), counter).toBeLessThanOrEqual(count + 1);
    }
  });
});
