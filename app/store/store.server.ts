/**
 * The content store: Sanity's document model on a local SQLite file. Every document
 * lives in memory (an id → document map, what queries and listeners read) and in the
 * database (what survives a restart); a commit applies a transaction's mutations to a
 * working copy, writes the result in ONE SQLite transaction, and only then swaps the
 * memory state and tells listeners, so an acknowledged write is durable and a failed
 * one changes nothing anywhere.
 *
 * Semantics follow Sanity's mutate and actions APIs: `create` fails when the id
 * exists, `createIfNotExists` leaves an existing document alone, patches are applied
 * with @sanity/mutator (the engine the Studio applies them with, so the Studio's
 * optimistic copy and ours agree), `ifRevisionID` is an optimistic lock, and every
 * written document's `_rev` is the transaction id. The Studio waits for its own
 * transaction to come back through listen, so a patch that changes nothing still
 * writes a revision.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Mutation as MutatorMutation } from "@sanity/mutator";
import { evaluateSync, parse, toJS } from "groq-js";
import { z } from "zod";
import { readDataset } from "../content/dataset.server";
import { openDatabase, type StoreDatabase } from "./db.server";
import {
  StoreError,
  type CommittedTransaction,
  type DocumentAction,
  type DocumentChange,
  type DocumentInput,
  type Identity,
  type Mutation,
  type MutationResult,
  type PatchBody,
  type StoredDocument,
} from "./types";

export interface ContentStoreOptions {
  /** The SQLite file (created with its folder when missing). */
  file: string;
  /** A dataset in Sanity's export format, loaded when the database is new. */
  seedDataset?: string;
  /** For the asset URLs of the seed's asset documents. */
  projectId?: string;
  dataset?: string;
  /** The clock (tests). */
  now?: () => Date;
}

export interface CommitOptions {
  identity: Identity;
  /** The client's own id for the transaction (the Studio matches its echoes by it). */
  transactionId?: string;
  /** Overrides the author recorded (default: the identity's id, or "system"). */
  author?: string;
  /** Check and compute, write nothing. */
  dryRun?: boolean;
  /**
   * Keep each written document's own `_createdAt` and `_updatedAt` (a dataset import, as
   * `sanity dataset import` does), instead of stamping `_updatedAt` with the commit time.
   */
  keepTimestamps?: boolean;
}

export interface CommitOutcome extends MutationResult {
  transaction: CommittedTransaction;
}

export type CommitListener = (transaction: CommittedTransaction) => void;

/** One entry of the history API's transaction log (NDJSON, one per line). */
export interface TransactionLogEntry {
  id: string;
  timestamp: string;
  author: string;
  documentIDs: string[];
  mutations?: Mutation[];
  effects?: Record<string, { apply: unknown[]; revert: unknown[] }>;
}

export interface TransactionLogOptions {
  /** Only the requested ids in `documentIDs`, `effects` and `mutations` (Studio default). */
  includeIdentifiedDocumentsOnly?: boolean;
  effectFormat?: "mendoza";
  excludeMutations?: boolean;
  reverse?: boolean;
  limit?: number;
  fromTransaction?: string;
  toTransaction?: string;
  fromTime?: string;
  toTime?: string;
  authors?: string[];
}

/** A document-group event as the Studio's events API reads them (newest first). */
export interface DocumentGroupEvent {
  type:
    | "createDocumentVersion"
    | "deleteDocumentVersion"
    | "publishDocumentVersion"
    | "unpublishDocument"
    | "deleteDocumentGroup"
    | "createLiveDocument"
    | "updateLiveDocument";
  id: string;
  timestamp: string;
  author: string;
  documentId: string;
  [field: string]: unknown;
}

/** Sanity's document id alphabet: letters, digits, `_`, `-`, and `.` as a path separator. */
const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,199}$/;
const TRANSACTION_ID = /^[A-Za-z0-9._-]{1,128}$/;
export const DRAFTS_PREFIX = "drafts.";

const documentInput = z.looseObject({ _id: z.string().optional(), _type: z.string().min(1) });
const documentWithId = z.looseObject({ _id: z.string(), _type: z.string().min(1) });
const patchBody = z.looseObject({ id: z.string().optional(), query: z.string().optional() });
const mutationSchema = z.union([
  z.strictObject({ create: documentInput }),
  z.strictObject({ createOrReplace: documentWithId }),
  z.strictObject({ createIfNotExists: documentWithId }),
  z.strictObject({ delete: z.looseObject({ id: z.string().optional(), query: z.string().optional() }) }),
  z.strictObject({ patch: patchBody }),
]);

/** A new transaction id: 22 characters of base62, like Sanity's. */
export function newTransactionId(): string {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const bytes = randomBytes(22);
  let id = "";
  for (const b of bytes) id += alphabet[b % 62];
  return id;
}

export function isDraftId(id: string): boolean {
  return id.startsWith(DRAFTS_PREFIX);
}
export function publishedIdOf(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length);
  if (id.startsWith("versions.")) return id.split(".").slice(2).join(".");
  return id;
}
/** Visible to an anonymous reader: no path at all (`drafts.x`, `inquiry.x` are private). */
export function isRootId(id: string): boolean {
  return !id.includes(".");
}

function mutationError(status: number, itemType: string, description: string, id: string, index: number): StoreError {
  return new StoreError(status, "mutationError", `The mutation(s) failed: ${description}`, {
    items: [{ error: { id, type: itemType, description }, index }],
  });
}

function actionError(status: number, description: string, index: number): StoreError {
  return new StoreError(status, "actionError", description, { items: [{ error: { description }, index }] });
}

/** The working copy of one transaction: documents as the mutations so far left them. */
class Draft {
  readonly overlay = new Map<string, StoredDocument | null>();
  readonly applied: Mutation[] = [];
  /** Per mutation, in order; `finish` folds them into one result per document. */
  readonly results: MutationResult["results"] = [];
  /** Ids written (in first-write order), whatever the net change. */
  readonly written = new Set<string>();
  /** `_createdAt` given by a client's create, kept instead of the commit time. */
  readonly createdAt = new Map<string, string>();
  /** `_updatedAt` as given, kept only when the commit says so (imports). */
  readonly updatedAt = new Map<string, string>();

  constructor(private readonly base: ReadonlyMap<string, StoredDocument>) {}

  get(id: string): StoredDocument | null {
    return this.overlay.has(id) ? this.overlay.get(id)! : (this.base.get(id) ?? null);
  }

  all(): StoredDocument[] {
    const out: StoredDocument[] = [];
    for (const [id, doc] of this.base) if (!this.overlay.has(id)) out.push(doc);
    for (const doc of this.overlay.values()) if (doc) out.push(doc);
    return out;
  }

  write(id: string, doc: StoredDocument | null): void {
    this.overlay.set(id, doc);
    this.written.add(id);
  }
}

export class ContentStore {
  readonly file: string;
  private readonly db: StoreDatabase;
  private readonly docs = new Map<string, StoredDocument>();
  private readonly listeners = new Set<CommitListener>();
  private readonly now: () => Date;
  private currentVersion: number;
  private closed = false;
  private readonly statements;

  private constructor(file: string, db: StoreDatabase, now: () => Date) {
    this.file = file;
    this.db = db;
    this.now = now;
    this.statements = {
      insertTransaction: db.prepare<[string, string, string, string]>(
        "INSERT INTO transactions (id, timestamp, author, mutations) VALUES (?, ?, ?, ?)",
      ),
      transactionExists: db.prepare<[string]>("SELECT 1 FROM transactions WHERE id = ?").pluck(),
      upsertDocument: db.prepare<[string, string, string, string]>(
        `INSERT INTO documents (id, type, rev, body) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET type = excluded.type, rev = excluded.rev, body = excluded.body`,
      ),
      deleteDocument: db.prepare<[string]>("DELETE FROM documents WHERE id = ?"),
      insertChange: db.prepare<[string, number | bigint, string | null, string | null, string | null]>(
        "INSERT INTO transaction_documents (document_id, seq, before_rev, after_rev, after) VALUES (?, ?, ?, ?, ?)",
      ),
      getValue: db.prepare<[string]>("SELECT value FROM keyvalue WHERE key = ?").pluck(),
      setValue: db.prepare<[string, string]>(
        "INSERT INTO keyvalue (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ),
      deleteValue: db.prepare<[string]>("DELETE FROM keyvalue WHERE key = ?"),
    };
    this.currentVersion = Number(db.prepare("SELECT coalesce(max(seq), 0) FROM transactions").pluck().get());
  }

  /** Opens the database, seeding it from `seedDataset` when it is new, and loads every document. */
  static async open(options: ContentStoreOptions): Promise<ContentStore> {
    const { db, created } = openDatabase(options.file);
    const store = new ContentStore(options.file, db, options.now ?? (() => new Date()));
    try {
      if (created && options.seedDataset) {
        const loaded = await readDataset(options.seedDataset, {
          projectId: options.projectId ?? "demo1234",
          dataset: options.dataset ?? "production",
          baseUrl: "",
        });
        for (const w of loaded.warnings) console.warn(`[store] seed: ${w}`);
        store.seed(loaded.documents);
      }
      for (const row of db.prepare("SELECT body FROM documents ORDER BY rowid").pluck().iterate()) {
        const doc = JSON.parse(row as string) as StoredDocument;
        store.docs.set(doc._id, doc);
      }
    } catch (error) {
      db.close();
      throw error;
    }
    return store;
  }

  /** Writes a dataset as one "system" transaction (first start); no listeners exist yet. */
  private seed(documents: readonly DocumentInput[]): void {
    const transactionId = newTransactionId();
    const timestamp = this.now().toISOString();
    this.db.transaction(() => {
      const { lastInsertRowid: seq } = this.statements.insertTransaction.run(transactionId, timestamp, "system", "[]");
      for (const input of documents) {
        const doc: StoredDocument = {
          ...input,
          _id: String(input._id),
          _type: input._type,
          _createdAt: typeof input._createdAt === "string" ? input._createdAt : timestamp,
          _updatedAt: typeof input._updatedAt === "string" ? input._updatedAt : timestamp,
          _rev: transactionId,
        };
        const body = JSON.stringify(doc);
        this.statements.upsertDocument.run(doc._id, doc._type, doc._rev, body);
        this.statements.insertChange.run(doc._id, seq, null, doc._rev, body);
      }
    })();
    this.currentVersion++;
  }

  /** Increments with every commit (and survives restarts: it is the last transaction's number). */
  get version(): number {
    return this.currentVersion;
  }

  /** Every current document, in storage order. Read-only: never modify what you get. */
  documents(): IterableIterator<StoredDocument> {
    return this.docs.values();
  }

  get size(): number {
    return this.docs.size;
  }

  getDocument(id: string): StoredDocument | null {
    return this.docs.get(id) ?? null;
  }

  getDocuments(ids: readonly string[]): (StoredDocument | null)[] {
    return ids.map((id) => this.getDocument(id));
  }

  /** Called after each commit, synchronously, in commit order. Returns the unsubscribe. */
  onCommit(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies mutations as one transaction (all or nothing). */
  commit(mutations: unknown, options: CommitOptions): CommitOutcome {
    this.assertOpen();
    if (!Array.isArray(mutations) || mutations.length === 0)
      throw new StoreError(400, "validationError", "`mutations` must be a non-empty array");
    const draft = new Draft(this.docs);
    mutations.forEach((m, i) => this.applyMutation(draft, m, i));
    return this.finish(draft, options);
  }

  /** Applies the Studio's document actions as one transaction (all or nothing). */
  applyActions(actions: unknown, options: CommitOptions): CommitOutcome {
    this.assertOpen();
    const list = Array.isArray(actions) ? actions : [actions];
    if (list.length === 0 || list.some((a) => a === null || typeof a !== "object"))
      throw new StoreError(400, "validationError", "`actions` must be an action or a non-empty array of actions");
    const draft = new Draft(this.docs);
    list.forEach((action: DocumentAction, i) => this.applyAction(draft, action, i));
    return this.finish(draft, options);
  }

  private applyAction(draft: Draft, action: DocumentAction, index: number): void {
    const str = (field: string): string => {
      const value = (action as Record<string, unknown>)[field];
      if (typeof value !== "string" || !DOCUMENT_ID.test(value))
        throw actionError(400, `${action.actionType}: \`${field}\` must be a document id`, index);
      return value;
    };
    const mutate = (m: Mutation) => this.applyMutation(draft, m, index);
    switch (action.actionType) {
      case "sanity.action.document.create": {
        const publishedId = str("publishedId");
        const attributes = (action as { attributes?: DocumentInput }).attributes;
        const id = attributes?._id;
        if (!attributes || typeof id !== "string" || publishedIdOf(id) !== publishedId || id === publishedId)
          throw actionError(400, "create: `attributes._id` must be the draft or version id of `publishedId`", index);
        if (draft.get(id)) {
          if ((action as { ifExists?: string }).ifExists === "ignore") return;
          throw actionError(409, `Document "${id}" already exists`, index);
        }
        mutate({ create: attributes });
        return;
      }
      case "sanity.action.document.edit": {
        const draftId = str("draftId");
        const publishedId = str("publishedId");
        const patch = (action as { patch?: PatchBody }).patch ?? {};
        if (!draft.get(draftId)) {
          // As on Sanity: an edit of a published document starts its draft from it.
          const published = draft.get(publishedId);
          if (!published)
            throw actionError(409, `Cannot edit "${publishedId}": no draft and no published version`, index);
          const copy = { ...structuredClone(published), _id: draftId } as DocumentInput & { _id: string };
          mutate({ createIfNotExists: copy });
        }
        mutate({ patch: { ...patch, id: draftId } });
        return;
      }
      case "sanity.action.document.publish": {
        const draftId = str("draftId");
        const publishedId = str("publishedId");
        const source = draft.get(draftId);
        if (!source)
          throw actionError(409, `Cannot publish "${publishedId}": the draft "${draftId}" does not exist`, index);
        const { ifDraftRevisionId, ifPublishedRevisionId } = action as {
          ifDraftRevisionId?: string;
          ifPublishedRevisionId?: string;
        };
        if (ifDraftRevisionId && source._rev !== ifDraftRevisionId)
          throw actionError(409, `The draft "${draftId}" has revision ${source._rev}, not ${ifDraftRevisionId}`, index);
        const published = draft.get(publishedId);
        if (ifPublishedRevisionId && published?._rev !== ifPublishedRevisionId)
          throw actionError(
            409,
            `The published document "${publishedId}" has revision ${published?._rev ?? "(none)"}, not ${ifPublishedRevisionId}`,
            index,
          );
        const doc = { ...structuredClone(source), _id: publishedId } as DocumentInput & { _id: string };
        // The published document keeps its creation time.
        if (published) doc._createdAt = published._createdAt;
        mutate({ createOrReplace: doc });
        mutate({ delete: { id: draftId } });
        return;
      }
      case "sanity.action.document.unpublish": {
        const draftId = str("draftId");
        const publishedId = str("publishedId");
        const published = draft.get(publishedId);
        if (!published) throw actionError(409, `Cannot unpublish "${publishedId}": it is not published`, index);
        mutate({
          createIfNotExists: { ...structuredClone(published), _id: draftId } as DocumentInput & { _id: string },
        });
        mutate({ delete: { id: publishedId } });
        return;
      }
      case "sanity.action.document.discard": {
        const draftId = str("draftId");
        if (!draft.get(draftId)) throw actionError(409, `Cannot discard "${draftId}": it does not exist`, index);
        mutate({ delete: { id: draftId } });
        return;
      }
      case "sanity.action.document.version.discard": {
        const versionId = str("versionId");
        if (!draft.get(versionId)) throw actionError(409, `Cannot discard "${versionId}": it does not exist`, index);
        mutate({ delete: { id: versionId } });
        return;
      }
      case "sanity.action.document.delete": {
        const publishedId = str("publishedId");
        const includeDrafts = (action as { includeDrafts?: unknown }).includeDrafts ?? [];
        if (
          !Array.isArray(includeDrafts) ||
          includeDrafts.some((d) => typeof d !== "string" || publishedIdOf(d) !== publishedId)
        )
          throw actionError(400, "delete: `includeDrafts` must list drafts or versions of `publishedId`", index);
        const ids = [publishedId, ...(includeDrafts as string[])];
        if (!ids.some((id) => draft.get(id)))
          throw actionError(409, `Cannot delete "${publishedId}": it does not exist`, index);
        for (const id of ids) mutate({ delete: { id } });
        return;
      }
      case "sanity.action.document.replaceDraft": {
        const publishedId = str("publishedId");
        const attributes = (action as { attributes?: DocumentInput }).attributes;
        const id = attributes?._id;
        if (!attributes || typeof id !== "string" || publishedIdOf(id) !== publishedId || id === publishedId)
          throw actionError(
            400,
            "replaceDraft: `attributes._id` must be the draft or version id of `publishedId`",
            index,
          );
        mutate({ createOrReplace: attributes as DocumentInput & { _id: string } });
        return;
      }
      default:
        throw actionError(400, `Unsupported action type: ${String(action.actionType)}`, index);
    }
  }

  private applyMutation(draft: Draft, raw: unknown, index: number): void {
    const parsed = mutationSchema.safeParse(raw);
    if (!parsed.success)
      throw new StoreError(
        400,
        "validationError",
        `Mutation ${index}: not a valid mutation (${parsed.error.issues[0]?.message})`,
        {
          items: [{ error: { type: "invalidMutation", description: "not a valid mutation" }, index }],
        },
      );
    const m = parsed.data as Mutation;
    const checkId = (id: string) => {
      if (!DOCUMENT_ID.test(id))
        throw mutationError(400, "invalidDocumentIdError", `Document id "${id}" is not valid`, id, index);
      return id;
    };
    if ("create" in m) {
      let id = m.create._id ?? randomUUID();
      // As on Sanity: an id ending in "." is a path prefix; a random id completes it.
      if (id.endsWith(".")) id += randomUUID();
      checkId(id);
      if (draft.get(id))
        throw mutationError(409, "documentAlreadyExistsError", `Document by ID "${id}" already exists`, id, index);
      this.put(draft, id, m.create);
      draft.applied.push({ create: { ...m.create, _id: id } });
      draft.results.push({ id, operation: "create" });
    } else if ("createOrReplace" in m) {
      const id = checkId(m.createOrReplace._id);
      const existed = draft.get(id) !== null;
      this.put(draft, id, m.createOrReplace);
      draft.applied.push(m);
      draft.results.push({ id, operation: existed ? "update" : "create" });
    } else if ("createIfNotExists" in m) {
      const id = checkId(m.createIfNotExists._id);
      if (draft.get(id)) {
        draft.results.push({ id, operation: "none" });
        return;
      }
      this.put(draft, id, m.createIfNotExists);
      draft.applied.push(m);
      draft.results.push({ id, operation: "create" });
    } else if ("delete" in m) {
      const spec = m.delete as { id?: string; query?: string };
      const ids = spec.id !== undefined ? [checkId(spec.id)] : this.idsMatching(draft, spec.query, index);
      for (const id of ids) {
        if (!draft.get(id)) {
          draft.results.push({ id, operation: "none" });
          continue;
        }
        draft.write(id, null);
        draft.applied.push({ delete: { id } });
        draft.results.push({ id, operation: "delete" });
      }
    } else {
      const { id: patchId, query, ...body } = m.patch as PatchBody;
      const ids = patchId !== undefined ? [checkId(patchId)] : this.idsMatching(draft, query, index);
      for (const id of ids) this.patch(draft, id, body, index);
    }
  }

  /** Ids of the documents a `query` patch or delete targets (a GROQ filter over the working copy). */
  private idsMatching(draft: Draft, query: string | undefined, index: number): string[] {
    if (!query) throw new StoreError(400, "validationError", `Mutation ${index}: needs \`id\` or \`query\``);
    try {
      // Synchronous: a commit is; groq-js's synchronous evaluator covers filters over documents.
      const result = toJS(evaluateSync(parse(query), { dataset: draft.all() }));
      if (!Array.isArray(result)) throw new Error("the query must return an array of documents");
      return result.map((d: { _id?: unknown }) => String(d?._id));
    } catch (error) {
      throw new StoreError(
        400,
        "queryParseError",
        `Mutation ${index}: ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  private put(draft: Draft, id: string, input: DocumentInput): void {
    const doc = structuredClone(input) as StoredDocument;
    doc._id = id;
    if (typeof input._createdAt === "string") draft.createdAt.set(id, input._createdAt);
    if (typeof input._updatedAt === "string") draft.updatedAt.set(id, input._updatedAt);
    draft.write(id, doc);
  }

  private patch(draft: Draft, id: string, body: Omit<PatchBody, "id" | "query">, index: number): void {
    const current = draft.get(id);
    if (!current)
      throw mutationError(409, "documentNotFoundError", `Cannot modify document "${id}": it does not exist`, id, index);
    const { ifRevisionID, ...operations } = body;
    if (ifRevisionID !== undefined && current._rev !== ifRevisionID)
      throw mutationError(
        409,
        "conflictError",
        `Document "${id}" has unexpected revision ID ("${current._rev}"), expected "${ifRevisionID}"`,
        id,
        index,
      );
    let next: StoredDocument;
    try {
      next = new MutatorMutation({ mutations: [{ patch: { ...operations, id } }] }).apply(current) as StoredDocument;
    } catch (error) {
      throw mutationError(
        400,
        "invalidPatchError",
        `Patch of "${id}" failed: ${error instanceof Error ? error.message : error}`,
        id,
        index,
      );
    }
    // A patch never renames a document.
    draft.write(id, { ...next, _id: id });
    draft.applied.push({ patch: { ...body, id } });
    draft.results.push({ id, operation: "update" });
  }

  /** Stamps system fields, writes the transaction durably, then publishes it in memory. */
  private finish(draft: Draft, options: CommitOptions): CommitOutcome {
    const transactionId = options.transactionId ?? newTransactionId();
    if (!TRANSACTION_ID.test(transactionId))
      throw new StoreError(400, "validationError", "`transactionId` must be 1–128 letters, digits, `.`, `_` or `-`");
    if (this.statements.transactionExists.get(transactionId))
      throw new StoreError(409, "conflict", `Transaction ID "${transactionId}" has already been used`);
    const timestamp = this.now().toISOString();
    const author = options.author ?? options.identity?.id ?? "system";
    const changes: DocumentChange[] = [];
    for (const id of draft.written) {
      const before = this.docs.get(id) ?? null;
      const written = draft.overlay.get(id) ?? null;
      if (!before && !written) continue;
      let after: StoredDocument | null = null;
      if (written) {
        const { _id, _type, _rev, _createdAt, _updatedAt, ...fields } = written;
        void _id;
        void _rev;
        void _createdAt;
        void _updatedAt;
        after = {
          _id: id,
          _type,
          _rev: transactionId,
          _createdAt: draft.createdAt.get(id) ?? before?._createdAt ?? timestamp,
          _updatedAt: (options.keepTimestamps && draft.updatedAt.get(id)) || timestamp,
          ...fields,
        };
      }
      changes.push({ id, before, after });
    }
    // One result per document, with its net effect (a create then patch is a create).
    const results: MutationResult["results"] = [];
    const seen = new Set<string>();
    const changeOf = new Map(changes.map((c) => [c.id, c]));
    for (const r of draft.results) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const change = changeOf.get(r.id);
      if (!change) results.push({ id: r.id, operation: "none" });
      else if (!change.after) results.push({ id: r.id, operation: "delete" });
      else results.push({ id: r.id, operation: change.before ? "update" : "create", document: change.after });
    }
    const transaction: CommittedTransaction = {
      transactionId,
      timestamp,
      author,
      mutations: draft.applied,
      changes,
    };
    if (options.dryRun || changes.length === 0) return { transactionId, results, transaction };

    this.db.transaction(() => {
      const { lastInsertRowid: seq } = this.statements.insertTransaction.run(
        transactionId,
        timestamp,
        author,
        JSON.stringify(draft.applied),
      );
      for (const { id, before, after } of changes) {
        const body = after ? JSON.stringify(after) : null;
        if (after) this.statements.upsertDocument.run(id, after._type, after._rev, body!);
        else this.statements.deleteDocument.run(id);
        this.statements.insertChange.run(id, seq, before?._rev ?? null, after?._rev ?? null, body);
      }
    })();

    for (const { id, after } of changes) {
      if (after) this.docs.set(id, after);
      else this.docs.delete(id);
    }
    this.currentVersion++;
    for (const listener of this.listeners) {
      try {
        listener(transaction);
      } catch (error) {
        console.error("[store] a commit listener failed:", error);
      }
    }
    return { transactionId, results, transaction };
  }

  // -------------------------------------------------------------------------------------
  // History

  /** Transactions that touched any of `ids`, oldest first (or newest first with `reverse`). */
  transactionLog(ids: readonly string[], options: TransactionLogOptions = {}): TransactionLogEntry[] {
    if (ids.length === 0) return [];
    const seqOf = (tid: string | undefined) =>
      tid === undefined
        ? undefined
        : (this.db.prepare("SELECT seq FROM transactions WHERE id = ?").pluck().get(tid) as number | undefined);
    const where: string[] = [`td.document_id IN (${ids.map(() => "?").join(",")})`];
    const args: unknown[] = [...ids];
    const from = seqOf(options.fromTransaction);
    const to = seqOf(options.toTransaction);
    if (options.fromTransaction !== undefined) {
      where.push("t.seq >= ?");
      args.push(from ?? Number.MAX_SAFE_INTEGER);
    }
    if (options.toTransaction !== undefined) {
      where.push("t.seq <= ?");
      args.push(to ?? -1);
    }
    if (options.fromTime) {
      where.push("t.timestamp >= ?");
      args.push(options.fromTime);
    }
    if (options.toTime) {
      where.push("t.timestamp <= ?");
      args.push(options.toTime);
    }
    if (options.authors?.length) {
      where.push(`t.author IN (${options.authors.map(() => "?").join(",")})`);
      args.push(...options.authors);
    }
    const limit = Math.min(Math.max(options.limit ?? 10_000, 1), 10_000);
    const rows = this.db
      .prepare(
        `SELECT DISTINCT t.seq AS seq, t.id AS id, t.timestamp AS timestamp, t.author AS author, t.mutations AS mutations
         FROM transaction_documents td JOIN transactions t ON t.seq = td.seq
         WHERE ${where.join(" AND ")} ORDER BY t.seq ${options.reverse ? "DESC" : "ASC"} LIMIT ${limit}`,
      )
      .all(...args) as { seq: number; id: string; timestamp: string; author: string; mutations: string }[];
    const changesOf = this.db.prepare<[number]>(
      "SELECT document_id AS id, after FROM transaction_documents WHERE seq = ?",
    );
    const previousOf = this.db.prepare<[string, number]>(
      "SELECT after FROM transaction_documents WHERE document_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1",
    );
    const requested = new Set(ids);
    const onlyRequested = options.includeIdentifiedDocumentsOnly !== false;
    return rows.map((row) => {
      const touched = (changesOf.all(row.seq) as { id: string; after: string | null }[]).filter(
        (c) => !onlyRequested || requested.has(c.id),
      );
      const entry: TransactionLogEntry = {
        id: row.id,
        timestamp: row.timestamp,
        author: row.author,
        documentIDs: touched.map((c) => c.id),
      };
      if (!options.excludeMutations) {
        const mutations = JSON.parse(row.mutations) as Mutation[];
        entry.mutations = onlyRequested ? mutations.filter((m) => requested.has(targetOf(m) ?? "")) : mutations;
      }
      if (options.effectFormat === "mendoza") {
        entry.effects = {};
        for (const c of touched) {
          const previous = previousOf.pluck().get(c.id, row.seq) as string | null | undefined;
          entry.effects[c.id] = {
            apply: [0, c.after === null ? null : JSON.parse(c.after)],
            revert: [0, previous ? JSON.parse(previous) : null],
          };
        }
      }
      return entry;
    });
  }

  /**
   * Documents as they were: at a revision (each id that has it), at a time (each id's
   * latest state then), or their last existing revision (deleted documents included).
   */
  documentsAt(
    ids: readonly string[],
    at: { revision?: string; time?: string; lastRevision?: boolean },
  ): StoredDocument[] {
    const out: StoredDocument[] = [];
    for (const id of ids) {
      let body: string | null | undefined;
      if (at.revision !== undefined) {
        body = this.db
          .prepare("SELECT after FROM transaction_documents WHERE document_id = ? AND after_rev = ?")
          .pluck()
          .get(id, at.revision) as string | null | undefined;
      } else if (at.lastRevision) {
        body = this.db
          .prepare(
            "SELECT after FROM transaction_documents WHERE document_id = ? AND after IS NOT NULL ORDER BY seq DESC LIMIT 1",
          )
          .pluck()
          .get(id) as string | null | undefined;
      } else {
        body = this.db
          .prepare(
            `SELECT td.after FROM transaction_documents td JOIN transactions t ON t.seq = td.seq
             WHERE td.document_id = ? AND t.timestamp <= ? ORDER BY td.seq DESC LIMIT 1`,
          )
          .pluck()
          .get(id, at.time ?? this.now().toISOString()) as string | null | undefined;
      }
      if (body) out.push(JSON.parse(body) as StoredDocument);
    }
    return out;
  }

  /** The document group's lifecycle events (created, published, unpublished, deleted…), newest first. */
  documentEvents(documentId: string, limit = 100): DocumentGroupEvent[] {
    const publishedId = publishedIdOf(documentId);
    const draftId = DRAFTS_PREFIX + publishedId;
    const rows = this.db
      .prepare<[string, string]>(
        `SELECT t.seq AS seq, t.id AS id, t.timestamp AS timestamp, t.author AS author,
                td.document_id AS documentId, td.before_rev AS beforeRev, td.after_rev AS afterRev
         FROM transaction_documents td JOIN transactions t ON t.seq = td.seq
         WHERE td.document_id IN (?, ?) ORDER BY t.seq ASC`,
      )
      .all(publishedId, draftId) as {
      seq: number;
      id: string;
      timestamp: string;
      author: string;
      documentId: string;
      beforeRev: string | null;
      afterRev: string | null;
    }[];
    const events: DocumentGroupEvent[] = [];
    let publishedExists = false;
    for (let i = 0; i < rows.length;) {
      const seq = rows[i].seq;
      const tx = rows[i];
      let published: (typeof rows)[number] | undefined;
      let draftRow: (typeof rows)[number] | undefined;
      for (; i < rows.length && rows[i].seq === seq; i++) {
        if (rows[i].documentId === publishedId) published = rows[i];
        else draftRow = rows[i];
      }
      const base = { id: tx.id, timestamp: tx.timestamp, author: tx.author, documentId: publishedId };
      const draftGone = draftRow && draftRow.beforeRev && !draftRow.afterRev;
      const draftAppeared = draftRow && !draftRow.beforeRev && draftRow.afterRev;
      if (published?.afterRev && draftGone) {
        events.push({
          ...base,
          type: "publishDocumentVersion",
          revisionId: published.afterRev,
          versionId: draftId,
          versionRevisionId: draftRow!.beforeRev!,
          publishCause: "document.publish",
        });
      } else if (published && published.beforeRev && !published.afterRev && draftAppeared) {
        events.push({
          ...base,
          type: "unpublishDocument",
          versionId: draftId,
          versionRevisionId: draftRow!.afterRev!,
        });
      } else if (published && published.beforeRev && !published.afterRev) {
        events.push({ ...base, type: "deleteDocumentGroup" });
      } else if (draftAppeared) {
        events.push({
          ...base,
          type: "createDocumentVersion",
          versionId: draftId,
          versionRevisionId: draftRow!.afterRev!,
        });
      } else if (draftGone) {
        events.push(
          publishedExists
            ? { ...base, type: "deleteDocumentVersion", versionId: draftId, versionRevisionId: draftRow!.beforeRev! }
            : { ...base, type: "deleteDocumentGroup" },
        );
      } else if (published?.afterRev && !draftRow) {
        events.push({
          ...base,
          type: published.beforeRev ? "updateLiveDocument" : "createLiveDocument",
          revisionId: published.afterRev,
        });
      }
      if (published) publishedExists = published.afterRev !== null;
    }
    return events.reverse().slice(0, limit);
  }

  // -------------------------------------------------------------------------------------
  // Key-value settings, backup, close

  getValue(key: string): unknown {
    const raw = this.statements.getValue.get(key) as string | undefined;
    return raw === undefined ? null : JSON.parse(raw);
  }

  setValue(key: string, value: unknown): void {
    if (value === null || value === undefined) this.statements.deleteValue.run(key);
    else this.statements.setValue.run(key, JSON.stringify(value));
  }

  /** A consistent copy of the database while it stays in use (SQLite's online backup). */
  async backup(destination: string): Promise<void> {
    this.assertOpen();
    await this.db.backup(destination);
  }

  /** The database handle, for modules that keep their own tables in the same file (assets, users). */
  get database(): StoreDatabase {
    return this.db;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError(503, "storeClosed", "The content store is closed");
  }
}

/** The document id a mutation targets (undefined for query-based ones). */
export function targetOf(m: Mutation): string | undefined {
  if ("create" in m) return m.create._id;
  if ("createOrReplace" in m) return m.createOrReplace._id;
  if ("createIfNotExists" in m) return m.createIfNotExists._id;
  if ("delete" in m) return m.delete.id;
  return m.patch.id;
}
