/**
 * The outbox with Sanity configured: a fake Content Lake first refuses every write, then
 * writes but loses its answers, then recovers. Readers are acknowledged throughout; in
 * the end each inquiry exists in the Lake exactly once, as a private `inquiry.<uuid>`
 * document written with the server-only token, and the local rows are marked sent.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSanity, type FakeSanity } from "../support/fake-sanity";
import { VALID_FIELDS, openForm, postForm, referenceOf, sleep } from "../support/inquiry-client";
import { DEMO_DATASET } from "../support/sample-params";
import { startServer, type RunningServer } from "../support/server";

const WRITE_TOKEN = "test-write-token-never-in-pages";

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe("the inquiry outbox", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "inquiry-outbox-"));
  const dbFile = path.join(dir, "inquiries.sqlite");
  let fake: FakeSanity;
  let server: RunningServer;

  beforeAll(async () => {
    fake = await startFakeSanity({ datasetPath: DEMO_DATASET, projectId: "inquirytest", dataset: "production" });
    fake.mutateMode = "fail";
    server = await startServer({
      SANITY_PROJECT_ID: "inquirytest",
      SANITY_DATASET: "production",
      SANITY_API_HOST: fake.url,
      SANITY_WRITE_TOKEN: WRITE_TOKEN,
      INQUIRY_DB: dbFile,
      INQUIRY_MIN_FILL_MS: "0",
      INQUIRY_OUTBOX_BASE_MS: "200",
      INQUIRY_OUTBOX_MAX_MS: "400",
    });
  });

  afterAll(async () => {
    await server?.stop();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends each inquiry exactly once after failures and lost answers", async () => {
    const references: string[] = [];
    for (let i = 0; i < 3; i++) {
      const form = await openForm(server.baseUrl, "ko");
      const r = await postForm(
        server.baseUrl,
        "ko",
        { ...VALID_FIELDS, formToken: form.token, name: `Investor ${i}` },
        { cookie: form.cookie },
      );
      // Sanity being down never holds up or fails the reader.
      expect(r.status).toBe(303);
      references.push(referenceOf(r.location)!);
    }

    // Down: every inquiry tried and refused at least once, none written.
    const failedIds = () => new Set(fake.mutations.filter((m) => m.operation === "failed").map((m) => m.id));
    await until(() => failedIds().size === 3, "a failed attempt per inquiry");
    expect(fake.created.size).toBe(0);

    // Half up: writes land but the answers are lost, so the outbox must try again.
    fake.mutateMode = "commitThenFail";
    await until(() => fake.created.size === 3, "the writes to land");
    fake.mutateMode = "ok";

    const unsent = () => {
      const db = new Database(dbFile, { readonly: true });
      const n = (db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL").get() as { n: number }).n;
      db.close();
      return n;
    };
    await until(() => unsent() === 0, "every outbox row marked sent");
    const settled = fake.mutations.length;
    await sleep(1_000);
    expect(fake.mutations.length, "nothing is sent after it was marked sent").toBe(settled);

    const db = new Database(dbFile, { readonly: true });
    const rows = db.prepare("SELECT id, reference FROM inquiries ORDER BY reference").all() as {
      id: string;
      reference: string;
    }[];
    db.close();
    expect(rows.map((r) => r.reference).sort()).toEqual([...references].sort());

    expect([...fake.created.keys()].sort()).toEqual(rows.map((r) => `inquiry.${r.id}`).sort());
    for (const row of rows) {
      const creates = fake.mutations.filter((m) => m.id === `inquiry.${row.id}` && m.operation === "create");
      expect(creates, row.reference).toHaveLength(1);
      expect(fake.created.get(`inquiry.${row.id}`)).toMatchObject({
        _type: "inquiry",
        status: "new",
        reference: row.reference,
        consent: true,
      });
    }
    // The retries after lost answers were no-ops, which is what makes them safe.
    expect(fake.mutations.some((m) => m.operation === "none")).toBe(true);
    expect(fake.mutations.every((m) => m.authorization === `Bearer ${WRITE_TOKEN}`)).toBe(true);
  });

  it("never puts the write token in a page", async () => {
    const { html } = await openForm(server.baseUrl, "en");
    expect(html).not.toContain(WRITE_TOKEN);
  });
});
