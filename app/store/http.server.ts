/**
 * The content store's HTTP API: the part of Sanity's API the Studio and @sanity/client
 * use, as one Node request handler `(req, res)` that works for `node:http` and
 * `node:http2` compat requests, mounted by server.js before the site's middleware.
 *
 * Paths are Sanity's, after an optional path prefix (`/api/store`, for clients that
 * cannot use a `<projectId>.` host name) and the API version (`/v2025-02-19`, `/v1`,
 * `/vX`). Who is asking comes from the injected Authenticator: anonymous readers get
 * published documents only, writes need an editor or administrator (401 / 403).
 * Errors are Sanity's JSON `{ error: { type, description }, statusCode }`, never a
 * stack; an endpoint we do not answer is a 404 that is logged and kept in a ledger,
 * because the Studio grows new calls with every release and we want to notice.
 *
 * Other modules (the Studio's login, assets) plug in as `routes`, tried before ours.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { z } from "zod";
import { endResponse, writeHead, type ListenHub, type StoreRequest, type StoreResponse } from "./listen.server";
import { acceptPresenceSocket, isPresencePath } from "./presence.server";
import { isPerspective, type StoreQuery } from "./query.server";
import { isRootId, type ContentStore } from "./store.server";
import { StoreError, type Authenticator, type Identity, type Perspective, type Role } from "./types";

export type { StoreRequest, StoreResponse };

export interface StoreHttpOptions {
  store: ContentStore;
  query: StoreQuery;
  hub: ListenHub;
  authenticator: Authenticator;
  projectId: string;
  dataset: string;
  /** Origins (e.g. `https://haugiang.example.org`) whose browsers may call with credentials. */
  allowedOrigins?: readonly string[];
  /** The path prefix for clients without a project host name (default `/api/store`). */
  pathPrefix?: string;
  /** Largest request body accepted, in bytes (default 10 MiB). */
  maxBodyBytes?: number;
  /** Handlers tried before the built-in routes; true means "answered". */
  routes?: readonly StoreRoute[];
  /** Where the one log line per unknown endpoint goes (default console.warn). */
  log?: (line: string) => void;
}

/** A request as routes see it: the path after prefix and version, and helpers to answer. */
export interface StoreContext {
  req: StoreRequest;
  res: StoreResponse;
  method: string;
  /** The path after the prefix and the API version, e.g. `/data/query/production`. */
  path: string;
  url: URL;
  /** `2025-02-19`, `1`, `X`, or undefined when the path had no version. */
  apiVersion: string | undefined;
  projectId: string;
  dataset: string;
  identity: () => Promise<Identity>;
  /** The request body (413 beyond the limit). */
  body: () => Promise<Buffer>;
  /** The request body as JSON (400 when it is not). */
  json: () => Promise<unknown>;
  send: (status: number, body: unknown, headers?: Record<string, string>) => void;
  /** CORS headers for this request (for routes that write their own responses). */
  corsHeaders: Record<string, string>;
}

export type StoreRoute = (ctx: StoreContext) => boolean | Promise<boolean>;

export interface UnknownEndpoint {
  method: string;
  path: string;
  at: string;
}

/** Every request no route answered, in this process (the tests and the Studio's browser test read it). */
export class EndpointLedger {
  private readonly entries: UnknownEndpoint[] = [];
  record(entry: UnknownEndpoint): void {
    this.entries.push(entry);
    if (this.entries.length > 1_000) this.entries.shift();
  }
  list(): readonly UnknownEndpoint[] {
    return this.entries;
  }
  clear(): void {
    this.entries.length = 0;
  }
}

export interface StoreHttpHandler {
  (req: StoreRequest, res: StoreResponse): void;
  /** A connection upgrade (the Studio's presence WebSocket); anything else is refused. */
  upgrade: (req: IncomingMessage, socket: Duplex) => void;
  ledger: EndpointLedger;
  /** Ends listen streams with `reconnect` (shutdown). */
  close: () => void;
}

/** Headers browsers may read from our responses (what Sanity exposes and the client reads). */
const EXPOSED_HEADERS = "Content-Type, Content-Length, ETag, X-Sanity-Shard, X-Sanity-Warning, X-Sanity-Deprecated";
const ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
const WRITE_ROLES: readonly Role[] = ["administrator", "editor"];
const VERSION = /^\/v(\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?|X)(?=\/|$)/;
/** The first API version whose default perspective is `published` (before it: `raw`). */
const PUBLISHED_DEFAULT_SINCE = "2025-02-19";

const json = z.string().transform((value, ctx) => {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "not valid JSON" });
    return z.NEVER;
  }
});

const queryBody = z.object({
  query: z.string().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
  perspective: z.string().optional(),
});
const mutateBody = z.object({
  mutations: z.array(z.unknown()).min(1),
  transactionId: z.string().optional(),
});
const actionsBody = z.object({
  actions: z.union([z.array(z.unknown()).min(1), z.record(z.string(), z.unknown())]),
  transactionId: z.string().optional(),
  dryRun: z.boolean().optional(),
});
const keyValueBody = z.array(z.object({ key: z.string().min(1).max(200), value: z.unknown() })).max(100);

function flag(url: URL, name: string, fallback = false): boolean {
  const v = url.searchParams.get(name);
  if (v === null) return fallback;
  return v === "" || v === "true" || v === "1";
}

/** `$name=<JSON>` query parameters as GROQ params. */
function paramsOf(url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith("$")) continue;
    const parsed = json.safeParse(value);
    if (!parsed.success) throw new StoreError(400, "queryParseError", `Parameter ${key} is not valid JSON`);
    params[key.slice(1)] = parsed.data;
  }
  return params;
}

function hostOf(req: StoreRequest): string {
  const h2 = req.headers[":authority"];
  const host = (typeof h2 === "string" ? h2 : undefined) ?? req.headers.host ?? "";
  return String(host).toLowerCase();
}

/** A request for the store: its Host is `<projectId>.<anything>`, or its path is under the prefix. */
export function isStoreRequest(req: StoreRequest, projectId: string, pathPrefix = "/api/store"): boolean {
  const url = req.url ?? "/";
  if (url === pathPrefix || url.startsWith(`${pathPrefix}/`) || url.startsWith(`${pathPrefix}?`)) return true;
  return hostOf(req).startsWith(`${projectId.toLowerCase()}.`);
}

function userOf(identity: NonNullable<Identity>) {
  return {
    id: identity.id,
    name: identity.name,
    displayName: identity.name,
    email: identity.email,
    profileImage: null,
    imageUrl: null,
    provider: identity.via === "api-token" ? "token" : "local",
    role: identity.role,
    roles: [{ name: identity.role, title: identity.role[0].toUpperCase() + identity.role.slice(1) }],
  };
}

function aclFor(identity: Identity) {
  if (!identity) return [{ filter: '_id in path("*")', permissions: ["read"] }];
  const write = WRITE_ROLES.includes(identity.role);
  return [
    {
      filter: '_id in path("**")',
      permissions: write ? ["read", "create", "update", "history", "editHistory"] : ["read", "history"],
    },
  ];
}

export function createStoreHandler(options: StoreHttpOptions): StoreHttpHandler {
  const { store, query, hub, authenticator, projectId, dataset } = options;
  const prefix = options.pathPrefix ?? "/api/store";
  const maxBody = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const allowed = new Set((options.allowedOrigins ?? []).map((o) => o.replace(/\/$/, "").toLowerCase()));
  const ledger = new EndpointLedger();
  const log = options.log ?? ((line: string) => console.warn(line));

  function corsFor(req: StoreRequest): Record<string, string> {
    const origin = req.headers.origin;
    if (typeof origin !== "string" || !allowed.has(origin.toLowerCase())) return { vary: "Origin" };
    return {
      "access-control-allow-origin": origin,
      "access-control-allow-credentials": "true",
      "access-control-expose-headers": EXPOSED_HEADERS,
      vary: "Origin",
    };
  }

  /** A browser request from an origin that is neither ours nor allowed may not change anything. */
  function foreignOrigin(req: StoreRequest): boolean {
    const origin = req.headers.origin;
    if (typeof origin !== "string" || allowed.has(origin.toLowerCase())) return false;
    try {
      return new URL(origin).host.toLowerCase() !== hostOf(req);
    } catch {
      return true;
    }
  }

  function baseHeaders(req: StoreRequest): Record<string, string> {
    return {
      ...corsFor(req),
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "x-frame-options": "DENY",
      "cache-control": "private, no-store",
    };
  }

  function send(
    req: StoreRequest,
    res: StoreResponse,
    status: number,
    body: unknown,
    extra: Record<string, string> = {},
  ) {
    const payload = typeof body === "string" ? body : JSON.stringify(body);
    writeHead(res, status, {
      ...baseHeaders(req),
      "content-type": "application/json; charset=utf-8",
      "content-length": String(Buffer.byteLength(payload)),
      ...extra,
    });
    endResponse(res, req.method === "HEAD" ? undefined : payload);
  }

  function sendError(req: StoreRequest, res: StoreResponse, error: unknown) {
    if (res.headersSent) {
      if (!res.writableEnded) res.end();
      return;
    }
    if (error instanceof StoreError) {
      send(req, res, error.status, {
        error: { description: error.message, type: error.type, ...error.details },
        statusCode: error.status,
      });
      return;
    }
    console.error("[store] request failed:", error);
    send(req, res, 500, {
      error: { description: "Internal server error", type: "internalError" },
      statusCode: 500,
    });
  }

  function readBody(req: StoreRequest): Promise<Buffer> {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > maxBody)
      return Promise.reject(new StoreError(413, "requestEntityTooLarge", `The request body exceeds ${maxBody} bytes`));
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let failed = false;
      req.on("data", (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        if (size > maxBody) {
          failed = true;
          reject(new StoreError(413, "requestEntityTooLarge", `The request body exceeds ${maxBody} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      req.on("end", () => failed || resolve(Buffer.concat(chunks)));
      req.on("error", reject);
    });
  }

  async function readJson(ctx: StoreContext): Promise<unknown> {
    const raw = (await ctx.body()).toString("utf8");
    const parsed = json.safeParse(raw);
    if (!parsed.success) throw new StoreError(400, "invalidJson", "The request body is not valid JSON");
    return parsed.data;
  }

  function parseWith<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new StoreError(400, "validationError", `${what}: ${issue?.path.join(".") || "body"} ${issue?.message}`);
    }
    return result.data;
  }

  async function requireIdentity(ctx: StoreContext): Promise<NonNullable<Identity>> {
    const identity = await ctx.identity();
    if (!identity) throw new StoreError(401, "unauthorized", "Authentication required: log in or send a token");
    return identity;
  }

  async function requireWriter(ctx: StoreContext): Promise<NonNullable<Identity>> {
    const identity = await requireIdentity(ctx);
    if (!WRITE_ROLES.includes(identity.role))
      throw new StoreError(403, "permissionDenied", `The role "${identity.role}" may not write`);
    if (foreignOrigin(ctx.req))
      throw new StoreError(403, "originNotAllowed", "Writes from this origin are not allowed");
    return identity;
  }

  function checkDataset(name: string) {
    if (decodeURIComponent(name) !== dataset)
      throw new StoreError(404, "datasetNotFound", `Dataset "${decodeURIComponent(name)}" not found`);
  }

  function defaultPerspective(apiVersion: string | undefined): Perspective {
    if (apiVersion === "X") return "published";
    if (apiVersion && /^\d{4}-\d{2}-\d{2}$/.test(apiVersion) && apiVersion >= PUBLISHED_DEFAULT_SINCE)
      return "published";
    return "raw";
  }

  function perspectiveOf(value: unknown, apiVersion: string | undefined): Perspective {
    if (value === undefined || value === null || value === "") return defaultPerspective(apiVersion);
    if (!isPerspective(value))
      throw new StoreError(400, "invalidPerspective", `Unknown perspective ${JSON.stringify(value)}`);
    return value;
  }

  const idsOf = (segment: string) =>
    decodeURIComponent(segment)
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);

  // --- the built-in routes ------------------------------------------------------------

  async function dataRoutes(ctx: StoreContext): Promise<boolean> {
    const { method, path, url } = ctx;
    let m: RegExpMatchArray | null;

    if (
      (m = path.match(/^\/data\/query\/([^/]+)\/?$/)) &&
      (method === "GET" || method === "POST" || method === "HEAD")
    ) {
      checkDataset(m[1]);
      let text: string;
      let params: Record<string, unknown>;
      let asked: unknown = url.searchParams.get("perspective") ?? undefined;
      if (method === "POST") {
        const body = parseWith(queryBody, await ctx.json(), "query");
        text = body.query;
        params = { ...paramsOf(url), ...body.params };
        asked = body.perspective ?? asked;
      } else {
        const q = url.searchParams.get("query");
        if (!q) throw new StoreError(400, "queryParseError", "The `query` parameter is missing");
        text = q;
        params = paramsOf(url);
      }
      const identity = await ctx.identity();
      const answer = await query.query({
        query: text,
        params,
        perspective: perspectiveOf(asked, ctx.apiVersion),
        identity,
      });
      const body: Record<string, unknown> = { query: text, result: answer.result, ms: answer.ms };
      if (url.searchParams.get("returnQuery") === "false") delete body.query;
      ctx.send(200, body);
      return true;
    }

    if ((m = path.match(/^\/data\/doc\/([^/]+)\/(.+)$/)) && (method === "GET" || method === "HEAD")) {
      checkDataset(m[1]);
      const identity = await ctx.identity();
      const documents = [];
      const omitted: { id: string; reason: "existence" | "permission" }[] = [];
      for (const id of idsOf(m[2])) {
        if (!identity && !isRootId(id)) {
          omitted.push({ id, reason: "permission" });
          continue;
        }
        const doc = store.getDocument(id);
        if (doc) documents.push(doc);
        else omitted.push({ id, reason: "existence" });
      }
      ctx.send(200, { documents, omitted });
      return true;
    }

    if ((m = path.match(/^\/data\/mutate\/([^/]+)\/?$/)) && method === "POST") {
      checkDataset(m[1]);
      const identity = await requireWriter(ctx);
      const body = parseWith(mutateBody, await ctx.json(), "mutate");
      const outcome = store.commit(body.mutations, {
        identity,
        transactionId: body.transactionId ?? url.searchParams.get("transactionId") ?? undefined,
        dryRun: flag(url, "dryRun"),
      });
      const returnDocuments = flag(url, "returnDocuments");
      ctx.send(200, {
        transactionId: outcome.transactionId,
        results: outcome.results.map((r) => (returnDocuments ? r : { id: r.id, operation: r.operation })),
      });
      return true;
    }

    if ((m = path.match(/^\/data\/actions\/([^/]+)\/?$/))) {
      checkDataset(m[1]);
      if (method === "GET" || method === "HEAD") {
        ctx.send(200, { enabled: true, compatibleStudioVersions: "*" });
        return true;
      }
      if (method !== "POST") return false;
      const identity = await requireWriter(ctx);
      const body = parseWith(actionsBody, await ctx.json(), "actions");
      const outcome = store.applyActions(body.actions, {
        identity,
        transactionId: body.transactionId,
        dryRun: body.dryRun,
      });
      ctx.send(200, { transactionId: outcome.transactionId });
      return true;
    }

    if ((m = path.match(/^\/data\/listen\/([^/]+)\/?$/)) && method === "GET") {
      checkDataset(m[1]);
      const text = url.searchParams.get("query");
      if (!text) throw new StoreError(400, "queryParseError", "The `query` parameter is missing");
      const effectFormat = url.searchParams.get("effectFormat");
      hub.connect(ctx.res, {
        query: text,
        params: paramsOf(url),
        identity: await ctx.identity(),
        includeResult: flag(url, "includeResult", true),
        includePreviousRevision: flag(url, "includePreviousRevision"),
        includeMutations: flag(url, "includeMutations", true),
        effectFormat: effectFormat === "mendoza" ? "mendoza" : undefined,
        headers: baseHeaders(ctx.req),
      });
      return true;
    }

    if ((m = path.match(/^\/data\/history\/([^/]+)\/transactions\/(.+)$/)) && method === "GET") {
      checkDataset(m[1]);
      await requireIdentity(ctx);
      const limit = url.searchParams.get("limit");
      const entries = store.transactionLog(idsOf(m[2]), {
        includeIdentifiedDocumentsOnly: flag(url, "includeIdentifiedDocumentsOnly", true),
        effectFormat: url.searchParams.get("effectFormat") === "mendoza" ? "mendoza" : undefined,
        excludeMutations: flag(url, "excludeMutations"),
        reverse: flag(url, "reverse"),
        limit: limit ? Number.parseInt(limit, 10) || undefined : undefined,
        fromTransaction: url.searchParams.get("fromTransaction") ?? undefined,
        toTransaction: url.searchParams.get("toTransaction") ?? undefined,
        fromTime: url.searchParams.get("fromTime") ?? undefined,
        toTime: url.searchParams.get("toTime") ?? undefined,
        authors: url.searchParams.get("authors")?.split(",").filter(Boolean),
      });
      const payload = entries.map((e) => `${JSON.stringify(e)}\n`).join("");
      ctx.send(200, payload, { "content-type": "application/x-ndjson; charset=utf-8" });
      return true;
    }

    if ((m = path.match(/^\/data\/history\/([^/]+)\/documents\/(.+)$/)) && method === "GET") {
      checkDataset(m[1]);
      await requireIdentity(ctx);
      const documents = store.documentsAt(idsOf(m[2]), {
        revision: url.searchParams.get("revision") ?? undefined,
        time: url.searchParams.get("time") ?? undefined,
        lastRevision: flag(url, "lastRevision"),
      });
      ctx.send(200, { documents });
      return true;
    }

    if ((m = path.match(/^\/data\/history\/([^/]+)\/events\/documents\/(.+)$/)) && method === "GET") {
      checkDataset(m[1]);
      await requireIdentity(ctx);
      const limit = Number.parseInt(url.searchParams.get("limit") ?? "", 10);
      const events: Record<string, unknown[]> = {};
      for (const id of idsOf(m[2])) events[id] = store.documentEvents(id, Number.isFinite(limit) ? limit : 100);
      ctx.send(200, { events, nextCursor: "" });
      return true;
    }

    if ((m = path.match(/^\/data\/references\/([^/]+)\/documents\/([^/]+)\/to\/?$/)) && method === "GET") {
      checkDataset(m[1]);
      // Cross-dataset references: a store has one dataset, so none ever point here from elsewhere.
      ctx.send(200, { totalCount: 0, references: [] });
      return true;
    }

    if ((path === "/ping" || /^\/data\/ping(\/[^/]+)?\/?$/.test(path)) && (method === "GET" || method === "HEAD")) {
      ctx.send(200, { pong: true });
      return true;
    }
    return false;
  }

  async function projectRoutes(ctx: StoreContext): Promise<boolean> {
    const { method, path } = ctx;
    if (method !== "GET" && method !== "HEAD") return userWriteRoutes(ctx);
    let m: RegExpMatchArray | null;

    if (path === "/users/me") {
      const identity = await ctx.identity();
      // `{}` is how Sanity says "no session": the Studio then shows its login screen.
      ctx.send(200, identity ? userOf(identity) : {});
      return true;
    }
    if ((m = path.match(/^\/users\/me\/keyvalue\/(.+)$/))) {
      const identity = await requireIdentity(ctx);
      ctx.send(
        200,
        idsOf(m[1]).map((key) => ({ key, value: store.getValue(`user:${identity.id}:${key}`) })),
      );
      return true;
    }
    if ((m = path.match(/^\/users\/([^/]+)$/))) {
      const identity = await ctx.identity();
      const ids = idsOf(m[1]);
      const users = ids.map((id) => (identity && id === identity.id ? userOf(identity) : null));
      ctx.send(200, ids.length === 1 ? users[0] : users);
      return true;
    }
    if ((m = path.match(/^\/projects\/([^/]+)(\/.*)?$/))) {
      if (decodeURIComponent(m[1]) !== projectId) throw new StoreError(404, "projectNotFound", "Project not found");
      const sub = (m[2] ?? "").replace(/\/$/, "");
      const identity = await ctx.identity();
      if (sub === "") {
        ctx.send(200, {
          id: projectId,
          displayName: "Hậu Giang",
          studioHost: null,
          organizationId: null,
          isBlocked: false,
          isDisabled: false,
          isDisabledByUser: false,
          activityFeedEnabled: false,
          metadata: {},
          createdAt: "2025-01-01T00:00:00.000Z",
          members: identity
            ? [
                {
                  id: identity.id,
                  role: identity.role,
                  roles: userOf(identity).roles,
                  isCurrentUser: true,
                  isRobot: identity.via === "api-token",
                },
              ]
            : [],
        });
        return true;
      }
      if (sub === "/datasets") {
        ctx.send(200, [{ name: dataset, aclMode: "public" }]);
        return true;
      }
      if (sub === `/datasets/${dataset}/acl`) {
        ctx.send(200, aclFor(identity));
        return true;
      }
      if (sub === "/grants") {
        ctx.send(200, {});
        return true;
      }
      if (sub === "/user-applications") {
        ctx.send(200, []);
        return true;
      }
      if (sub === "/features") {
        ctx.send(200, []);
        return true;
      }
      return false;
    }
    if (path === "/features" || path.startsWith("/features/")) {
      ctx.send(200, []);
      return true;
    }
    if (path === "/journey" || path.startsWith("/journey/")) {
      ctx.send(200, null);
      return true;
    }
    if (path === "/help") {
      ctx.send(200, {});
      return true;
    }
    if (path === "/intake/telemetry-status") {
      // Denied: the Studio then batches and sends no telemetry at all.
      ctx.send(200, { status: "denied" });
      return true;
    }
    if ((m = path.match(/^\/schedules\/([^/]+)\/([^/]+)\/?$/))) {
      ctx.send(200, { schedules: [] });
      return true;
    }
    if (path === "/_store/unknown-endpoints") {
      const identity = await requireIdentity(ctx);
      if (identity.role !== "administrator") throw new StoreError(403, "permissionDenied", "Administrators only");
      ctx.send(200, ledger.list());
      return true;
    }
    return false;
  }

  async function userWriteRoutes(ctx: StoreContext): Promise<boolean> {
    if (ctx.path === "/intake/batch" && ctx.method === "POST") {
      // What the Studio still sends (its start-up events): accepted and dropped, we keep no telemetry.
      ctx.send(200, {});
      return true;
    }
    if (ctx.path === "/descriptors/claim" && ctx.method === "POST") {
      // The Studio offers its schema for Sanity's hosted schema registry; we keep the
      // schema in the repository, so the synchronisation is complete at once.
      ctx.send(200, { synchronization: { type: "complete" } });
      return true;
    }
    if (ctx.path === "/users/me/keyvalue" && (ctx.method === "PUT" || ctx.method === "POST")) {
      const identity = await requireIdentity(ctx);
      if (foreignOrigin(ctx.req))
        throw new StoreError(403, "originNotAllowed", "Writes from this origin are not allowed");
      const pairs = parseWith(keyValueBody, await ctx.json(), "keyvalue");
      for (const { key, value } of pairs) store.setValue(`user:${identity.id}:${key}`, value);
      ctx.send(
        200,
        pairs.map(({ key, value }) => ({ key, value: value ?? null })),
      );
      return true;
    }
    return false;
  }

  /** The API path of a request: without the path prefix and the `/v<version>` segment. */
  function apiPath(url: URL): { path: string; version?: RegExpExecArray } {
    let path = url.pathname;
    if (path === prefix || path.startsWith(`${prefix}/`)) path = path.slice(prefix.length) || "/";
    const version = VERSION.exec(path) ?? undefined;
    if (version) path = path.slice(version[0].length) || "/";
    return { path, version };
  }

  async function handle(req: StoreRequest, res: StoreResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://store.invalid");
    const { path, version } = apiPath(url);
    const method = (req.method ?? "GET").toUpperCase();

    if (method === "OPTIONS") {
      const requested = req.headers["access-control-request-headers"];
      writeHead(res, 204, {
        ...baseHeaders(req),
        "access-control-allow-methods": ALLOWED_METHODS,
        "access-control-allow-headers":
          (Array.isArray(requested) ? requested.join(", ") : requested) || "authorization, content-type",
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }

    let identity: Promise<Identity> | undefined;
    let body: Promise<Buffer> | undefined;
    const ctx: StoreContext = {
      req,
      res,
      method,
      path,
      url,
      apiVersion: version?.[1],
      projectId,
      dataset,
      identity: () =>
        (identity ??= authenticator.identify(req.headers as Record<string, string | string[] | undefined>)),
      body: () => (body ??= readBody(req)),
      json: () => readJson(ctx),
      send: (status, payload, headers) => send(req, res, status, payload, headers),
      corsHeaders: corsFor(req),
    };

    for (const route of options.routes ?? []) if (await route(ctx)) return;
    if (await dataRoutes(ctx)) return;
    if (await projectRoutes(ctx)) return;

    const entry = { method, path: url.pathname, at: new Date().toISOString() };
    ledger.record(entry);
    log(`[store] no endpoint for ${method} ${url.pathname}`);
    throw new StoreError(404, "notFound", `No endpoint ${method} ${url.pathname}`);
  }

  const handler = ((req: StoreRequest, res: StoreResponse) => {
    handle(req, res).catch((error) => sendError(req, res, error));
  }) as StoreHttpHandler;
  handler.upgrade = (req, socket) => {
    const url = new URL(req.url ?? "/", "http://store.invalid");
    if (isPresencePath(apiPath(url).path)) return acceptPresenceSocket(req, socket);
    ledger.record({ method: "UPGRADE", path: url.pathname, at: new Date().toISOString() });
    log(`[store] no upgrade endpoint for ${url.pathname}`);
    socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  };
  handler.ledger = ledger;
  handler.close = () => hub.close();
  return handler;
}
