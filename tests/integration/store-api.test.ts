/**
 * The content store's contract, through @sanity/client 8 against the built server (the
 * same calls the site and scripts make against the Content Lake): fetch, getDocument,
 * create, patch, transaction and listen with Sanity's response shapes; optimistic
 * locking with ifRevisionID under concurrency; and what an anonymous caller may not do.
 */
import { request } from "node:http";
import type { MutationEvent, SanityClient } from "@sanity/client";
import { applyPatch } from "mendoza";
import { afterAll, describe, expect, inject, it } from "vitest";
import { storeClient } from "../support/store-client";

const baseUrl = inject("baseUrl");
const run = `t${Date.now().toString(36)}`;

const staff = storeClient(baseUrl);
const anonymous = storeClient(baseUrl, null);
const subscriptions: { unsubscribe(): void }[] = [];
afterAll(() => subscriptions.forEach((s) => s.unsubscribe()));

/** Collects a listener's events; resolves `welcome` once the stream is open. */
function listen(c: SanityClient, query: string, params: Record<string, unknown>, options = {}) {
  const events: MutationEvent[] = [];
  let welcomed: () => void = () => undefined;
  const welcome = new Promise<void>((resolve) => (welcomed = resolve));
  const waiters: (() => void)[] = [];
  const sub = c
    .listen(query, params, { events: ["welcome", "mutation"], includeResult: true, ...options })
    .subscribe((event) => {
      if (event.type === "welcome") welcomed();
      if (event.type === "mutation") {
        events.push(event);
        waiters.splice(0).forEach((w) => w());
      }
    });
  subscriptions.push(sub);
  const next = async (count: number, timeoutMs = 5_000) => {
    const deadline = Date.now() + timeoutMs;
    while (events.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} events, got ${events.length}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return events;
  };
  return { events, welcome, next, close: () => sub.unsubscribe() };
}

describe("the content store through @sanity/client", () => {
  it("answers fetch with the seeded demo dataset and GROQ params", async () => {
    const count = await anonymous.fetch<number>("count(*[_type == $type])", { type: "article" });
    expect(count).toBeGreaterThan(0);
    const raw = await staff.fetch(
      "*[_type == 'article'][0]{_id, _rev, _createdAt, _updatedAt}",
      {},
      {
        filterResponse: false,
      },
    );
    expect(raw).toMatchObject({ query: expect.any(String), ms: expect.any(Number) });
    expect(raw.result).toMatchObject({ _id: expect.any(String), _rev: expect.any(String) });
  });

  it("creates, reads and patches a document; _rev is the transaction id", async () => {
    const id = `${run}-doc`;
    const created = await staff.create({ _id: id, _type: "storeTest", title: "one", n: 1 });
    expect(created).toMatchObject({ _id: id, _type: "storeTest", title: "one", _rev: expect.any(String) });
    expect(created._createdAt).toBe(created._updatedAt);
    const read = await staff.getDocument(id);
    expect(read).toEqual(created);
    const patched = await staff.patch(id).set({ title: "two" }).inc({ n: 2 }).commit();
    expect(patched).toMatchObject({ _id: id, title: "two", n: 3, _createdAt: created._createdAt });
    expect(patched._rev).not.toBe(created._rev);
    const result = await staff.patch(id).set({ title: "three" }).commit({ returnDocuments: false });
    expect(result).toMatchObject({ transactionId: expect.any(String), results: [{ id, operation: "update" }] });
    expect((await staff.getDocument(id))?._rev).toBe(result.transactionId);
    expect(await staff.getDocuments([id, `${run}-missing`])).toEqual([expect.objectContaining({ _id: id }), null]);
  });

  it("commits a transaction atomically and refuses a create of an existing id with 409", async () => {
    const a = `${run}-tx-a`;
    const b = `${run}-tx-b`;
    const out = await staff
      .transaction()
      .create({ _id: a, _type: "storeTest" })
      .createOrReplace({ _id: b, _type: "storeTest", v: 1 })
      .patch(b, (p) => p.set({ v: 2 }))
      .commit();
    expect(out).toMatchObject({ transactionId: expect.any(String), documentIds: [a, b] });
    // One result per document, with its net effect.
    expect(out.results).toEqual([
      { id: a, operation: "create" },
      { id: b, operation: "create" },
    ]);
    await expect(
      staff
        .transaction()
        .create({ _id: `${run}-tx-c`, _type: "storeTest" })
        .create({ _id: a, _type: "storeTest" })
        .commit(),
    ).rejects.toMatchObject({
      statusCode: 409,
    });
    expect(await staff.getDocument(`${run}-tx-c`)).toBeUndefined();
  });

  it("listen: welcome first, then only matching documents, revisions chained, mendoza effects that decode", async () => {
    const id = `${run}-live`;
    const mine = listen(staff, "*[_id == $id]", { id }, { effectFormat: "mendoza", includePreviousRevision: true });
    const other = listen(staff, "*[_type == $type]", { type: `${run}-nothing` });
    await Promise.all([mine.welcome, other.welcome]);
    const created = await staff.create({ _id: id, _type: "storeTest", n: 1 });
    const patched = await staff.patch(id).inc({ n: 1 }).commit();
    await staff.delete(id);
    const [appear, update, disappear] = await mine.next(3);
    expect(appear).toMatchObject({
      type: "mutation",
      documentId: id,
      transition: "appear",
      resultRev: created._rev,
      transactionId: created._rev,
      result: expect.objectContaining({ n: 1 }),
    });
    expect(appear.previousRev).toBeUndefined();
    expect(update).toMatchObject({ transition: "update", previousRev: created._rev, resultRev: patched._rev });
    expect(disappear).toMatchObject({ transition: "disappear", previousRev: patched._rev });
    const effects = (update as unknown as { effects: { apply: unknown[]; revert: unknown[] } }).effects;
    expect(applyPatch(created, effects.apply as never)).toEqual(patched);
    expect(applyPatch(patched, effects.revert as never)).toEqual(created);
    expect(update.previous).toEqual(created);
    // The other listener's filter matched none of it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(other.events).toEqual([]);
  });

  it("two clients patching with the same ifRevisionID: one wins, the other gets 409, nothing lost", async () => {
    const id = `${run}-race`;
    const start = await staff.create({ _id: id, _type: "storeTest", log: [] as string[] });
    const second = storeClient(baseUrl);
    const attempts = await Promise.allSettled(
      [staff, second].map((c, i) =>
        c
          .patch(id)
          .ifRevisionId(start._rev)
          .setIfMissing({ log: [] })
          .append("log", [`client-${i}`])
          .commit(),
      ),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ statusCode: 409 });
    const doc = await staff.getDocument(id);
    expect(doc?.log).toHaveLength(1);
    // The loser retries on the new revision and is applied: both edits are there.
    const loser = attempts.findIndex((a) => a.status === "rejected");
    await staff
      .patch(id)
      .ifRevisionId(doc!._rev)
      .append("log", [`client-${loser}`])
      .commit();
    expect(((await staff.getDocument(id))?.log as string[]).sort()).toEqual(["client-0", "client-1"]);
  });

  it("refuses anonymous writes with 401 and keeps drafts and private documents from anonymous readers", async () => {
    await expect(anonymous.create({ _id: `${run}-anon`, _type: "storeTest" })).rejects.toMatchObject({
      statusCode: 401,
    });
    const draftId = `drafts.${run}-secret`;
    const inquiryId = `inquiry.${run}`;
    await staff
      .transaction()
      .create({ _id: draftId, _type: "article", title: "unpublished" })
      .create({ _id: inquiryId, _type: "inquiry", email: "investor@example.org" })
      .commit();
    const anonListener = listen(anonymous, "*[_type in ['article', 'inquiry']]", {});
    const staffListener = listen(staff, "*[_id == $id]", { id: inquiryId });
    await Promise.all([anonListener.welcome, staffListener.welcome]);

    for (const perspective of ["published", "drafts", "raw"] as const) {
      expect(
        await anonymous.fetch("*[_id in $ids]._id", { ids: [draftId, inquiryId] }, { perspective }),
        perspective,
      ).toEqual([]);
    }
    expect(await anonymous.getDocument(draftId)).toBeUndefined();
    expect(await anonymous.getDocument(inquiryId)).toBeUndefined();
    expect(await staff.getDocument(inquiryId)).toMatchObject({ email: "investor@example.org" });
    expect(await staff.fetch("*[_id == $id][0]._id", { id: draftId }, { perspective: "raw" })).toBe(draftId);

    // Listen: the anonymous stream hears nothing of either, the staff stream does.
    await staff.patch(inquiryId).set({ status: "answered" }).commit();
    await staff.patch(draftId).set({ title: "still unpublished" }).commit();
    await staffListener.next(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(anonListener.events.map((e) => e.documentId)).toEqual([]);
    // History is for staff.
    const history = await fetch(`${baseUrl}/api/store/v2025-02-19/data/history/production/transactions/${inquiryId}`);
    expect(history.status).toBe(401);
  });

  it("answers the actions API the Studio uses: GET says enabled, POST applies and echoes the transaction id", async () => {
    const id = `${run}-action`;
    const enabled = await staff.request({ url: "/data/actions/production" });
    expect(enabled).toMatchObject({ enabled: true });
    const out = await staff.action(
      {
        actionType: "sanity.action.document.create",
        publishedId: id,
        attributes: { _id: `drafts.${id}`, _type: "storeTest", title: "draft" },
        ifExists: "fail",
      },
      { transactionId: `${run}-create-tx` },
    );
    expect(out).toMatchObject({ transactionId: `${run}-create-tx` });
    await staff.action({ actionType: "sanity.action.document.publish", draftId: `drafts.${id}`, publishedId: id });
    expect(await anonymous.getDocument(id)).toMatchObject({ title: "draft" });
    expect(await staff.getDocument(`drafts.${id}`)).toBeUndefined();
    const events = await staff.request({ url: `/data/history/production/events/documents/${id}` });
    expect(events.events[id].map((e: { type: string }) => e.type)).toEqual([
      "publishDocumentVersion",
      "createDocumentVersion",
    ]);
  });

  it("answers an unknown endpoint with a JSON 404 in Sanity's error shape", async () => {
    const response = await fetch(`${baseUrl}/api/store/v2025-02-19/no/such/endpoint`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.json()).toMatchObject({ error: { type: "notFound" }, statusCode: 404 });
  });

  it("answers on the project host name too (what the Studio calls)", async () => {
    // node:http, since fetch does not let a caller set Host.
    const url = new URL(baseUrl);
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: "/v2025-02-19/projects/demo1234",
          headers: { host: `demo1234.localhost:${url.port}` },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ id: "demo1234" });
  });
});
