/**
 * The vocabulary of the self-hosted content store, shared by its modules: documents,
 * mutations and actions as Sanity's HTTP API spells them, who is asking, what a commit
 * changed. Types only, so any module (and the tests) may import it.
 */

/** A stored document. `_rev` is the id of the transaction that last wrote it. */
export interface StoredDocument {
  _id: string;
  _type: string;
  _rev: string;
  _createdAt: string;
  _updatedAt: string;
  [field: string]: unknown;
}

/** A document as a client sends it: system fields optional (the store fills them in). */
export interface DocumentInput {
  _id?: string;
  _type: string;
  [field: string]: unknown;
}

/** A patch as @sanity/mutator and Sanity's mutate endpoint take it. */
export interface PatchBody {
  id?: string;
  query?: string;
  ifRevisionID?: string;
  set?: Record<string, unknown>;
  setIfMissing?: Record<string, unknown>;
  unset?: string[];
  inc?: Record<string, number>;
  dec?: Record<string, number>;
  insert?: Record<string, unknown>;
  diffMatchPatch?: Record<string, string>;
  [operation: string]: unknown;
}

/** One entry of `POST /data/mutate`'s `mutations` array. */
export type Mutation =
  | { create: DocumentInput }
  | { createOrReplace: DocumentInput & { _id: string } }
  | { createIfNotExists: DocumentInput & { _id: string } }
  | { delete: { id: string; purge?: boolean } }
  | { patch: PatchBody & { id: string } };

/** One entry of `POST /data/actions`'s `actions` array (the Studio's document actions). */
export type DocumentAction =
  | {
      actionType: "sanity.action.document.create";
      publishedId: string;
      attributes: DocumentInput;
      ifExists?: "fail" | "ignore";
    }
  | { actionType: "sanity.action.document.edit"; draftId: string; publishedId: string; patch: PatchBody }
  | {
      actionType: "sanity.action.document.publish";
      draftId: string;
      publishedId: string;
      ifDraftRevisionId?: string;
      ifPublishedRevisionId?: string;
    }
  | { actionType: "sanity.action.document.unpublish"; draftId: string; publishedId: string }
  | { actionType: "sanity.action.document.discard"; draftId: string; purge?: boolean }
  | { actionType: "sanity.action.document.delete"; publishedId: string; includeDrafts?: string[]; purge?: boolean }
  | { actionType: "sanity.action.document.replaceDraft"; publishedId: string; attributes: DocumentInput }
  | { actionType: string; [field: string]: unknown };

export type Role = "administrator" | "editor" | "viewer";

/** Who is asking. `null` is an anonymous reader: published (root-path) documents only. */
export type Identity = {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** How they proved it: a Studio session token, or the automation token from the environment. */
  via: "session" | "api-token";
} | null;

export type Perspective = "published" | "drafts" | "previewDrafts" | "raw";

/** What one committed transaction did to one document. */
export interface DocumentChange {
  id: string;
  /** The document before the transaction, or null when it did not exist. */
  before: StoredDocument | null;
  /** The document after, or null when the transaction deleted it. */
  after: StoredDocument | null;
}

/** A committed transaction, as listeners and history see it. */
export interface CommittedTransaction {
  transactionId: string;
  /** ISO time of the commit (also each written document's `_updatedAt`). */
  timestamp: string;
  /** The user id of the author, or "system" (seed, import, the site's own outbox). */
  author: string;
  /** The mutations as applied (actions are recorded as the mutations they became). */
  mutations: Mutation[];
  changes: DocumentChange[];
}

export interface MutationResult {
  transactionId: string;
  results: { id: string; operation: "create" | "update" | "delete" | "none"; document?: StoredDocument }[];
}

/**
 * A failure the HTTP layer answers with `status` and Sanity's error body
 * `{ error: { type, description }, statusCode }`; anything else is a 500.
 */
export class StoreError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "StoreError";
  }
}

/** How the HTTP layer learns who is asking (implemented in auth.server.ts). */
export interface Authenticator {
  /** The identity behind a request's `Authorization: Bearer` token or session cookie; null if none or invalid. */
  identify(headers: Record<string, string | string[] | undefined>): Promise<Identity>;
}
