/**
 * `/data/listen`: server-sent events of committed transactions, as Sanity sends them.
 *
 * A listener names a GROQ filter (`*[_id in $ids]`, `*[_type == "article"]`); it gets a
 * `welcome` first, then one `mutation` event per document a transaction changed whose
 * state before OR after matches that filter (so a document leaving the filter is
 * reported as it leaves). Only matching documents: the Studio's structure tool fails
 * on events for documents it did not ask about. `transactionTotalEvents` counts the
 * events THIS listener gets for the transaction, since the Studio's pair listener
 * buffers a transaction's events until it has that many.
 *
 * Anonymous listeners see root-path ids only (no drafts, no private documents), as
 * anonymous queries do. Comments keep idle connections open through proxies, and a
 * `reconnect` event on shutdown tells clients to come back instead of failing.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Http2ServerRequest, Http2ServerResponse } from "node:http2";
import { evaluate, parse, type ExprNode } from "groq-js";
import { isRootId, targetOf, type ContentStore } from "./store.server";
import {
  StoreError,
  type CommittedTransaction,
  type DocumentChange,
  type Identity,
  type Mutation,
  type StoredDocument,
} from "./types";

export type StoreRequest = IncomingMessage | Http2ServerRequest;
export type StoreResponse = ServerResponse | Http2ServerResponse;

export interface ListenRequest {
  query: string;
  params: Record<string, unknown>;
  identity: Identity;
  /** Include the document after the change (Sanity's default: true). */
  includeResult: boolean;
  /** Include the document before the change. */
  includePreviousRevision: boolean;
  /** Include the mutations (default: true). */
  includeMutations: boolean;
  effectFormat?: "mendoza";
  /** Extra response headers (CORS). */
  headers?: Record<string, string>;
}

export interface ListenHubOptions {
  /** How often an idle stream gets a comment line. */
  heartbeatMs?: number;
}

/** The `data` of one `mutation` event. */
export interface MutationEvent {
  type: "mutation";
  eventId: string;
  documentId: string;
  transactionId: string;
  identity: string;
  mutations?: unknown[];
  previousRev?: string;
  resultRev: string;
  timestamp: string;
  transition: "appear" | "update" | "disappear";
  visibility: "query";
  transactionTotalEvents: number;
  transactionCurrentEvent: number;
  effects?: { apply: unknown[]; revert: unknown[] };
  result?: StoredDocument;
  previous?: StoredDocument | null;
}

interface Connection {
  res: StoreResponse;
  tree: ExprNode;
  request: ListenRequest;
  /** Events are computed asynchronously (groq-js); this keeps them in commit order. */
  queue: Promise<void>;
  heartbeat: ReturnType<typeof setInterval>;
}

function isGone(res: StoreResponse): boolean {
  if (res.writableEnded || res.destroyed) return true;
  return "stream" in res && res.stream.destroyed;
}

function write(res: StoreResponse, chunk: string): void {
  if (isGone(res)) return;
  // The http and http2 responses' `write` overloads do not unify; both take a string.
  (res as { write: (chunk: string) => boolean }).write(chunk);
}

/** The part of a response both http and http2 compat responses have with one signature. */
interface PlainResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(chunk?: string): unknown;
}

export function writeHead(res: StoreResponse, status: number, headers: Record<string, string>): void {
  (res as unknown as PlainResponse).writeHead(status, headers);
}

export function endResponse(res: StoreResponse, chunk?: string): void {
  (res as unknown as PlainResponse).end(chunk);
}

function sendEvent(res: StoreResponse, event: string, data: unknown, id?: string): void {
  write(res, `event: ${event}\n${id ? `id: ${id}\n` : ""}data: ${JSON.stringify(data)}\n\n`);
}

/** Parses a listener's filter, or throws Sanity's 400. */
export function parseListenQuery(query: string, params: Record<string, unknown>): ExprNode {
  try {
    return parse(query, { params });
  } catch (error) {
    throw new StoreError(400, "queryParseError", error instanceof Error ? error.message : String(error), { query });
  }
}

async function matches(tree: ExprNode, doc: StoredDocument | null, params: Record<string, unknown>): Promise<boolean> {
  if (!doc) return false;
  try {
    const result = await (await evaluate(tree, { dataset: [doc], params })).get();
    return Array.isArray(result) ? result.length > 0 : Boolean(result);
  } catch {
    return false;
  }
}

export class ListenHub {
  private readonly connections = new Set<Connection>();
  private readonly heartbeatMs: number;
  private readonly unsubscribe: () => void;
  private counter = 0;

  constructor(store: ContentStore, options: ListenHubOptions = {}) {
    this.heartbeatMs = options.heartbeatMs ?? 25_000;
    this.unsubscribe = store.onCommit((tx) => this.broadcast(tx));
  }

  get size(): number {
    return this.connections.size;
  }

  /** Starts the event stream on `res` (the request was authenticated by the caller). */
  connect(res: StoreResponse, request: ListenRequest): void {
    const tree = parseListenQuery(request.query, request.params);
    writeHead(res, 200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
      ...request.headers,
    });
    const connection: Connection = {
      res,
      tree,
      request,
      queue: Promise.resolve(),
      heartbeat: setInterval(() => write(res, ": keep-alive\n\n"), this.heartbeatMs),
    };
    connection.heartbeat.unref();
    const teardown = () => {
      clearInterval(connection.heartbeat);
      this.connections.delete(connection);
    };
    res.on("close", teardown);
    // A write racing a disconnect surfaces as 'error' on the response: same as a close.
    res.on("error", teardown);
    this.connections.add(connection);
    sendEvent(res, "welcome", { listenerName: `store-listener-${++this.counter}` });
  }

  private broadcast(tx: CommittedTransaction): void {
    for (const connection of this.connections) {
      connection.queue = connection.queue.then(() => this.deliver(connection, tx)).catch(() => undefined);
    }
  }

  private async deliver(connection: Connection, tx: CommittedTransaction): Promise<void> {
    const { request, tree, res } = connection;
    const visible: DocumentChange[] = [];
    for (const change of tx.changes) {
      if (!request.identity && !isRootId(change.id)) continue;
      if ((await matches(tree, change.before, request.params)) || (await matches(tree, change.after, request.params)))
        visible.push(change);
    }
    visible.forEach((change, i) => {
      const event = mutationEvent(tx, change, request, visible.length, i + 1);
      sendEvent(res, "mutation", event, event.eventId);
    });
  }

  /** Tells every listener to reconnect (shutdown) and ends the streams. */
  close(): void {
    this.unsubscribe();
    for (const connection of this.connections) {
      clearInterval(connection.heartbeat);
      sendEvent(connection.res, "reconnect", { reason: "The server is restarting" });
      if (!isGone(connection.res)) connection.res.end();
    }
    this.connections.clear();
  }
}

const grouped = new WeakMap<CommittedTransaction, Map<string, Mutation[]>>();

/** A transaction's mutations by the document they target (once per transaction, however many listeners). */
function mutationsByDocument(tx: CommittedTransaction): Map<string, Mutation[]> {
  let byId = grouped.get(tx);
  if (!byId) {
    byId = new Map();
    for (const m of tx.mutations) {
      const id = targetOf(m);
      if (id === undefined) continue;
      const list = byId.get(id);
      if (list) list.push(m);
      else byId.set(id, [m]);
    }
    grouped.set(tx, byId);
  }
  return byId;
}

export function mutationEvent(
  tx: CommittedTransaction,
  change: DocumentChange,
  request: Pick<ListenRequest, "includeResult" | "includePreviousRevision" | "includeMutations" | "effectFormat">,
  total: number,
  current: number,
): MutationEvent {
  const { before, after } = change;
  const event: MutationEvent = {
    type: "mutation",
    eventId: `${tx.transactionId}#${change.id}`,
    documentId: change.id,
    transactionId: tx.transactionId,
    identity: tx.author,
    timestamp: tx.timestamp,
    transition: !before ? "appear" : !after ? "disappear" : "update",
    visibility: "query",
    transactionTotalEvents: total,
    transactionCurrentEvent: current,
    // As on Sanity, a deletion also names the revision it ends with: the transaction id.
    resultRev: tx.transactionId,
  };
  if (before) event.previousRev = before._rev;
  if (request.includeMutations) event.mutations = mutationsByDocument(tx).get(change.id) ?? [];
  if (request.effectFormat === "mendoza") event.effects = { apply: [0, after], revert: [0, before] };
  if (request.includeResult && after) event.result = after;
  if (request.includePreviousRevision) event.previous = before;
  return event;
}
