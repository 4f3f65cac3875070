// The content store's commit semantics: Sanity's mutations and the Studio's actions, all or nothing, revisions, durability across reopen, history, and who sees what in queries.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyPatch } from "mendoza";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreQuery } from "../../app/store/query.server";
import { ContentStore } from "../../app/store/store.server";
import { StoreError, type CommittedTransaction, type Identity } from "../../app/store/types";
import { FIXTURE_DATASET } from "../support/sample-params";

const editor: Identity = { id: "u-editor", name: "Editor", email: "e@example.org", role: "editor", via: "session" };
const dir = mkdtempSync(path.join(tmpdir(), "store-unit-"));
let n = 0;
const freshFile = () => path.join(dir, `store-${++n}.sqlite`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function storeError(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error("no error");
}

describe("ContentStore.commit", () => {
  let store: ContentStore;
  let file: string;
  let clock: number;
  beforeEach(async () => {
    file = freshFile();
    clock = Date.parse("2026-01-01T00:00:00.000Z");
    store = await ContentStore.open({ file, now: () => new Date((clock += 1000)) });
  });
  afterEach(() => store.close());

  it("creates a document with _rev = the transaction id and Sanity's timestamps", () => {
    const out = store.commit([{ create: { _id: "a", _type: "article", title: "A" } }], {
      identity: editor,
      transactionId: "tx-1",
    });
    expect(out.transactionId).toBe("tx-1");
    expect(out.results).toEqual([{ id: "a", operation: "create", document: expect.any(Object) }]);
    const doc = store.getDocument("a")!;
    expect(doc).toMatchObject({ _id: "a", _type: "article", title: "A", _rev: "tx-1" });
    expect(doc._createdAt).toBe(doc._updatedAt);
    store.commit([{ patch: { id: "a", set: { title: "B" } } }], { identity: editor, transactionId: "tx-2" });
    const patched = store.getDocument("a")!;
    expect(patched).toMatchObject({ title: "B", _rev: "tx-2", _createdAt: doc._createdAt });
    expect(patched._updatedAt > doc._updatedAt).toBe(true);
    expect(store.version).toBe(2);
  });

  it("stamps _updatedAt with the commit time, unless an import asks to keep the documents' own dates", () => {
    const dated = { _type: "article", _createdAt: "2025-01-02T03:00:00Z", _updatedAt: "2025-12-01T02:00:00Z" };
    store.commit([{ createOrReplace: { _id: "live", ...dated } }], { identity: editor });
    expect(store.getDocument("live")).toMatchObject({ _createdAt: "2025-01-02T03:00:00Z" });
    expect(store.getDocument("live")!._updatedAt.startsWith("2026-")).toBe(true);
    store.commit([{ createOrReplace: { _id: "imported", ...dated } }], { identity: null, keepTimestamps: true });
    expect(store.getDocument("imported")).toMatchObject({
      _createdAt: "2025-01-02T03:00:00Z",
      _updatedAt: "2025-12-01T02:00:00Z",
    });
  });

  it("refuses create of an existing id with 409 and changes nothing (all or nothing)", () => {
    store.commit([{ create: { _id: "a", _type: "t" } }], { identity: editor });
    const before = store.getDocument("a");
    const error = storeError(() =>
      store.commit([{ create: { _id: "b", _type: "t" } }, { create: { _id: "a", _type: "t" } }], { identity: editor }),
    );
    expect(error.status).toBe(409);
    expect(error.details.items).toEqual([expect.objectContaining({ index: 1 })]);
    expect(store.getDocument("b")).toBeNull();
    expect(store.getDocument("a")).toBe(before);
    expect(store.version).toBe(1);
  });

  it("createIfNotExists leaves an existing document alone; createOrReplace replaces it", () => {
    store.commit([{ create: { _id: "a", _type: "t", v: 1 } }], { identity: editor });
    const out = store.commit(
      [{ createIfNotExists: { _id: "a", _type: "t", v: 2 } }, { createIfNotExists: { _id: "b", _type: "t", v: 2 } }],
      { identity: editor },
    );
    expect(out.results.map((r) => [r.id, r.operation])).toEqual([
      ["a", "none"],
      ["b", "create"],
    ]);
    expect(store.getDocument("a")!.v).toBe(1);
    store.commit([{ createOrReplace: { _id: "a", _type: "t", w: 3 } }], { identity: editor });
    expect(store.getDocument("a")).toMatchObject({ w: 3 });
    expect(store.getDocument("a")!.v).toBeUndefined();
  });

  it("applies patches with @sanity/mutator: set, setIfMissing, unset, inc, insert, diffMatchPatch", () => {
    store.commit([{ create: { _id: "a", _type: "t", n: 1, tags: ["x"], text: "hello", gone: true } }], {
      identity: editor,
    });
    store.commit(
      [
        {
          patch: {
            id: "a",
            set: { "nested.deep": 5 },
            setIfMissing: { n: 100, fresh: "yes" },
            unset: ["gone"],
            inc: { n: 2 },
            insert: { after: "tags[-1]", items: ["y"] },
            diffMatchPatch: { text: "@@ -1,5 +1,5 @@\n-hello\n+howdy\n" },
          },
        },
      ],
      { identity: editor },
    );
    expect(store.getDocument("a")).toMatchObject({
      n: 3,
      fresh: "yes",
      nested: { deep: 5 },
      tags: ["x", "y"],
      text: "howdy",
    });
    expect(store.getDocument("a")!.gone).toBeUndefined();
  });

  it("ifRevisionID: the right revision wins, a stale one is 409", () => {
    const { transactionId } = store.commit([{ create: { _id: "a", _type: "t", n: 0 } }], { identity: editor });
    store.commit([{ patch: { id: "a", ifRevisionID: transactionId, inc: { n: 1 } } }], { identity: editor });
    const error = storeError(() =>
      store.commit([{ patch: { id: "a", ifRevisionID: transactionId, inc: { n: 1 } } }], { identity: editor }),
    );
    expect(error.status).toBe(409);
    expect(store.getDocument("a")!.n).toBe(1);
  });

  it("patching or deleting what does not exist: patch is 409, delete is a no-op", () => {
    expect(
      storeError(() => store.commit([{ patch: { id: "nope", set: { a: 1 } } }], { identity: editor })).status,
    ).toBe(409);
    const out = store.commit([{ delete: { id: "nope" } }], { identity: editor });
    expect(out.results).toEqual([{ id: "nope", operation: "none" }]);
    expect(store.version).toBe(0);
  });

  it("rejects malformed mutations and ids with 400, a reused transaction id with 409", () => {
    expect(storeError(() => store.commit([{ frobnicate: {} }], { identity: editor })).status).toBe(400);
    expect(
      storeError(() => store.commit([{ create: { _id: "bad id!", _type: "t" } }], { identity: editor })).status,
    ).toBe(400);
    expect(storeError(() => store.commit([], { identity: editor })).status).toBe(400);
    store.commit([{ create: { _id: "a", _type: "t" } }], { identity: editor, transactionId: "same" });
    expect(
      storeError(() =>
        store.commit([{ create: { _id: "b", _type: "t" } }], { identity: editor, transactionId: "same" }),
      ).status,
    ).toBe(409);
  });

  it("patches and deletes by GROQ query", () => {
    store.commit(
      [
        { create: { _id: "a", _type: "t", n: 1 } },
        { create: { _id: "b", _type: "t", n: 1 } },
        { create: { _id: "c", _type: "u", n: 1 } },
      ],
      { identity: editor },
    );
    store.commit([{ patch: { query: '*[_type == "t"]', inc: { n: 1 } } }], { identity: editor });
    expect(store.getDocuments(["a", "b", "c"]).map((d) => d?.n)).toEqual([2, 2, 1]);
    store.commit([{ delete: { query: '*[_type == "u"]' } }], { identity: editor });
    expect(store.getDocument("c")).toBeNull();
  });

  it("emits one CommittedTransaction per commit with before and after of every changed document", () => {
    const seen: CommittedTransaction[] = [];
    store.onCommit((tx) => seen.push(tx));
    store.commit([{ create: { _id: "a", _type: "t" } }], { identity: editor, transactionId: "t1" });
    store.commit([{ patch: { id: "a", set: { x: 1 } } }, { delete: { id: "a" } }], {
      identity: editor,
      transactionId: "t2",
    });
    expect(seen.map((t) => t.transactionId)).toEqual(["t1", "t2"]);
    expect(seen[0].author).toBe("u-editor");
    expect(seen[1].changes).toEqual([{ id: "a", before: expect.objectContaining({ _rev: "t1" }), after: null }]);
  });

  it("survives close and reopen: documents, revisions and version are on disk", async () => {
    store.commit([{ create: { _id: "a", _type: "t", n: 1 } }], { identity: editor, transactionId: "t1" });
    store.close();
    store = await ContentStore.open({ file });
    expect(store.getDocument("a")).toMatchObject({ n: 1, _rev: "t1" });
    expect(store.version).toBe(1);
  });

  it("backs up online to a database that opens with the same documents", async () => {
    store.commit([{ create: { _id: "a", _type: "t", n: 1 } }], { identity: editor });
    const copy = freshFile();
    await store.backup(copy);
    const restored = await ContentStore.open({ file: copy });
    expect(restored.getDocument("a")).toEqual(store.getDocument("a"));
    restored.close();
  });
});

describe("ContentStore.applyActions (the Studio's document actions)", () => {
  let store: ContentStore;
  beforeEach(async () => {
    store = await ContentStore.open({ file: freshFile() });
  });
  afterEach(() => store.close());

  const act = (actions: unknown, transactionId?: string) =>
    store.applyActions(actions, { identity: editor, transactionId });

  it("create → edit → publish → unpublish → discard, each one transaction with _rev = its id", () => {
    act(
      {
        actionType: "sanity.action.document.create",
        publishedId: "p",
        attributes: { _id: "drafts.p", _type: "article", title: "Draft" },
        ifExists: "fail",
      },
      "c1",
    );
    expect(store.getDocument("drafts.p")).toMatchObject({ _rev: "c1", title: "Draft" });
    act(
      {
        actionType: "sanity.action.document.edit",
        draftId: "drafts.p",
        publishedId: "p",
        patch: { set: { title: "T" } },
      },
      "e1",
    );
    expect(store.getDocument("drafts.p")).toMatchObject({ _rev: "e1", title: "T" });
    act({ actionType: "sanity.action.document.publish", draftId: "drafts.p", publishedId: "p" }, "p1");
    expect(store.getDocument("drafts.p")).toBeNull();
    expect(store.getDocument("p")).toMatchObject({ _id: "p", _rev: "p1", title: "T" });
    // Editing a published document starts its draft from it.
    act(
      {
        actionType: "sanity.action.document.edit",
        draftId: "drafts.p",
        publishedId: "p",
        patch: { set: { title: "T2" } },
      },
      "e2",
    );
    expect(store.getDocument("drafts.p")).toMatchObject({ title: "T2", _rev: "e2" });
    expect(store.getDocument("p")!.title).toBe("T");
    act({ actionType: "sanity.action.document.discard", draftId: "drafts.p" });
    expect(store.getDocument("drafts.p")).toBeNull();
    act({ actionType: "sanity.action.document.unpublish", draftId: "drafts.p", publishedId: "p" });
    expect(store.getDocument("p")).toBeNull();
    expect(store.getDocument("drafts.p")).toMatchObject({ title: "T" });
  });

  it("publish honours ifPublishedRevisionId; create with ifExists=fail refuses an existing draft", () => {
    act({ actionType: "sanity.action.document.create", publishedId: "p", attributes: { _id: "drafts.p", _type: "t" } });
    act({ actionType: "sanity.action.document.publish", draftId: "drafts.p", publishedId: "p" }, "first");
    act({ actionType: "sanity.action.document.create", publishedId: "p", attributes: { _id: "drafts.p", _type: "t" } });
    const stale = storeError(() =>
      act({
        actionType: "sanity.action.document.publish",
        draftId: "drafts.p",
        publishedId: "p",
        ifPublishedRevisionId: "not-it",
      }),
    );
    expect(stale.status).toBe(409);
    expect(store.getDocument("drafts.p")).not.toBeNull();
    const exists = storeError(() =>
      act({
        actionType: "sanity.action.document.create",
        publishedId: "p",
        attributes: { _id: "drafts.p", _type: "t" },
        ifExists: "fail",
      }),
    );
    expect(exists.status).toBe(409);
  });

  it("delete removes the published document and the drafts named; replaceDraft replaces the draft", () => {
    store.commit([{ create: { _id: "p", _type: "t", v: 1 } }, { create: { _id: "drafts.p", _type: "t", v: 2 } }], {
      identity: editor,
    });
    act({
      actionType: "sanity.action.document.replaceDraft",
      publishedId: "p",
      attributes: { _id: "drafts.p", _type: "t", v: 3 },
    });
    expect(store.getDocument("drafts.p")!.v).toBe(3);
    act({ actionType: "sanity.action.document.delete", publishedId: "p", includeDrafts: ["drafts.p"] });
    expect(store.getDocuments(["p", "drafts.p"])).toEqual([null, null]);
  });

  it("applies several actions as one transaction, and none when one fails", () => {
    const error = storeError(() =>
      act([
        { actionType: "sanity.action.document.create", publishedId: "q", attributes: { _id: "drafts.q", _type: "t" } },
        { actionType: "sanity.action.document.discard", draftId: "drafts.missing" },
      ]),
    );
    expect(error.status).toBe(409);
    expect(store.getDocument("drafts.q")).toBeNull();
    expect(storeError(() => act({ actionType: "sanity.action.unknown" })).status).toBe(400);
  });

  it("history: the transaction log with mendoza effects, a document at a revision, and group events", () => {
    act(
      {
        actionType: "sanity.action.document.create",
        publishedId: "p",
        attributes: { _id: "drafts.p", _type: "t", n: 1 },
      },
      "h1",
    );
    act(
      { actionType: "sanity.action.document.edit", draftId: "drafts.p", publishedId: "p", patch: { set: { n: 2 } } },
      "h2",
    );
    act({ actionType: "sanity.action.document.publish", draftId: "drafts.p", publishedId: "p" }, "h3");
    const log = store.transactionLog(["p", "drafts.p"], { effectFormat: "mendoza" });
    expect(log.map((e) => e.id)).toEqual(["h1", "h2", "h3"]);
    expect(log[2].documentIDs.sort()).toEqual(["drafts.p", "p"]);
    // The effects decode with mendoza: revert of h2 gives h1's draft, apply gives h2's.
    const h1Draft = store.documentsAt(["drafts.p"], { revision: "h1" })[0];
    expect(h1Draft).toMatchObject({ n: 1, _rev: "h1" });
    const h2Draft = applyPatch(h1Draft, log[1].effects!["drafts.p"]!.apply as never);
    expect(h2Draft).toMatchObject({ n: 2, _rev: "h2" });
    expect(applyPatch(h2Draft, log[1].effects!["drafts.p"]!.revert as never)).toEqual(h1Draft);
    expect(store.transactionLog(["p"], { reverse: true, limit: 1 }).map((e) => e.id)).toEqual(["h3"]);
    expect(store.documentEvents("p").map((e) => e.type)).toEqual(["publishDocumentVersion", "createDocumentVersion"]);
  });
});

describe("StoreQuery perspectives and privacy", async () => {
  const store = await ContentStore.open({ file: freshFile(), seedDataset: FIXTURE_DATASET });
  const query = new StoreQuery(store, { datasetPath: FIXTURE_DATASET });
  store.commit(
    [
      { createOrReplace: { _id: "inquiry.abc", _type: "inquiry", name: "private" } },
      { createOrReplace: { _id: "drafts.only-draft", _type: "article", title: "draft only" } },
    ],
    { identity: editor },
  );
  afterAll(() => store.close());
  const ids = async (identity: Identity, perspective: "published" | "drafts" | "raw", q = "*[]._id") =>
    (await query.query({ query: q, identity, perspective })).result as string[];

  it("gives anonymous readers root ids only, whatever perspective they ask", async () => {
    for (const p of ["published", "drafts", "raw"] as const) {
      const result = await ids(null, p);
      expect(result.length).toBeGreaterThan(0);
      expect(result.filter((id) => id.includes("."))).toEqual([]);
    }
  });

  it("drafts perspective: drafts stand in for published ids, every document carries _originalId", async () => {
    const docs = (await query.query({ query: "*[]{_id, _originalId}", identity: editor, perspective: "drafts" }))
      .result as { _id: string; _originalId?: string }[];
    expect(docs.every((d) => typeof d._originalId === "string")).toBe(true);
    expect(docs).toContainEqual({ _id: "only-draft", _originalId: "drafts.only-draft" });
    expect(docs.some((d) => d._id.startsWith("drafts."))).toBe(false);
    // Staff see private documents such as inquiries.
    expect(docs.map((d) => d._id)).toContain("inquiry.abc");
  });

  it("raw shows everything to staff; published hides drafts from them", async () => {
    expect(await ids(editor, "raw")).toEqual(expect.arrayContaining(["drafts.only-draft", "inquiry.abc"]));
    expect(await ids(editor, "published")).not.toContain("drafts.only-draft");
  });

  it("sees a commit on the next query (lazy re-index)", async () => {
    expect(await ids(null, "published", '*[_id == "fresh"]._id')).toEqual([]);
    store.commit([{ create: { _id: "fresh", _type: "t" } }], { identity: editor });
    expect(await ids(null, "published", '*[_id == "fresh"]._id')).toEqual(["fresh"]);
  });

  it("answers a GROQ syntax error as a 400 queryParseError", async () => {
    await expect(query.query({ query: "*[", identity: null })).rejects.toMatchObject({
      status: 400,
      type: "queryParseError",
    });
  });
});
