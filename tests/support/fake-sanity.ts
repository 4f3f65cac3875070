/**
 * A stand-in for Sanity's query API on 127.0.0.1 (random port) for tests that must not
 * reach the network: `GET /v{apiVersion}/data/query/{dataset}?query=…&$name=<JSON>` and
 * `POST {query, params}`, the `perspective` parameter, `{ query, result, ms }` answers
 * and 400 JSON errors for bad GROQ, as the real API gives them. Queries run on plain
 * groq-js over the whole dataset (no index), so it is an independent reference for the
 * embedded source. `mode` makes queries fail, for resilience tests: "fail" answers 500,
 * "503" answers 503 with Retry-After (Sanity's overload answer), "hang" never answers.
 * `setMode("recover")` ends the hanging requests (their sockets reset, as when the API
 * restarts, so the client's retry reaches the recovered API) and answers normally again.
 *
 * `setDocument` changes what queries read, as a publish in the Studio would.
 *
 * Writes: `POST /v{apiVersion}/data/mutate/{dataset}` with `createIfNotExists` (what the
 * inquiry outbox sends), kept in `created`, each outcome logged in `mutations`.
 * `mutateMode` fails writes on its own (queries keep working): "fail" answers 500
 * without writing; "commitThenFail" writes and then answers 500, as when the answer is
 * lost on the way back.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { evaluate, parse } from "groq-js";
import { readDataset, type SanityDocument } from "../../app/content/dataset.server";

export interface FakeSanity {
  /** e.g. http://127.0.0.1:40123, for SANITY_API_HOST. */
  url: string;
  mode: "ok" | "fail" | "503" | "hang";
  /** Sets `mode`; "recover" resets the hanging requests and goes back to "ok". */
  setMode(mode: FakeSanity["mode"] | "recover"): void;
  /** Requests received, for assertions on caching and retries. */
  requests: Array<{ method: string; path: string; perspective: string | null; projectId: string | undefined }>;
  mutateMode: "ok" | "fail" | "commitThenFail";
  /** Documents created through the mutate endpoint, by _id. */
  created: Map<string, Record<string, unknown>>;
  /** Puts a document into the dataset queries read (a publish, or with a `drafts.` id a draft). */
  setDocument(doc: SanityDocument): void;
  /** Every createIfNotExists received: "create" (written), "none" (already there) or "failed" (500, not written). */
  mutations: Array<{ id: string; operation: "create" | "none" | "failed"; authorization: string | undefined }>;
  close(): Promise<void>;
}

function perspectiveView(all: SanityDocument[], perspective: string): SanityDocument[] {
  if (perspective === "raw") return all;
  const published = all.filter((d) => !d._id.includes("."));
  if (perspective !== "drafts" && perspective !== "previewDrafts") return published;
  const drafts = new Map(
    all
      .filter((d) => d._id.startsWith("drafts."))
      .map((d) => [d._id.slice(7), { ...d, _id: d._id.slice(7), _originalId: d._id }]),
  );
  const out = published.map((d) => {
    const draft = drafts.get(d._id);
    drafts.delete(d._id);
    return draft ?? d;
  });
  return [...out, ...drafts.values()];
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of req) body += chunk;
  return body;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

export async function startFakeSanity(options: {
  datasetPath: string;
  projectId: string;
  dataset: string;
}): Promise<FakeSanity> {
  const loaded = await readDataset(options.datasetPath, {
    projectId: options.projectId,
    dataset: options.dataset,
    baseUrl: "https://cdn.sanity.io",
  });
  const views = new Map<string, SanityDocument[]>();
  const view = (p: string) => {
    if (!views.has(p)) views.set(p, perspectiveView(loaded.documents, p));
    return views.get(p)!;
  };
  const hanging = new Set<ServerResponse>();

  const fake: FakeSanity = {
    url: "",
    mode: "ok",
    requests: [],
    mutateMode: "ok",
    created: new Map(),
    mutations: [],
    setMode: (mode) => {
      if (mode !== "recover") {
        fake.mode = mode;
        return;
      }
      fake.mode = "ok";
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    setDocument: (doc) => {
      const at = loaded.documents.findIndex((d) => d._id === doc._id);
      if (at === -1) loaded.documents.push(doc);
      else loaded.documents[at] = doc;
      views.clear();
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const perspective = url.searchParams.get("perspective");
    fake.requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      perspective,
      projectId: req.headers["x-sanity-project-id"] as string | undefined,
    });
    const mutate = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/mutate\/([^/]+)$/.exec(url.pathname);
    if (mutate && req.method === "POST") return handleMutate(req, res, mutate[2]);
    const route = /^\/v(\d{4}-\d{2}-\d{2}|1|X)\/data\/query\/([^/]+)$/.exec(url.pathname);
    if (!route) return send(res, 404, { error: "Not Found", message: `No route ${url.pathname}`, statusCode: 404 });
    if (route[2] !== options.dataset) {
      return send(res, 404, {
        error: { description: `Dataset "${route[2]}" not found`, type: "datasetNotFoundError" },
      });
    }
    if (fake.mode === "hang") {
      hanging.add(res);
      res.once("close", () => hanging.delete(res));
      return;
    }
    if (fake.mode === "503") {
      res.setHeader("Retry-After", "5");
      return send(res, 503, { error: "Service Unavailable", message: "Simulated overload", statusCode: 503 });
    }
    if (fake.mode === "fail")
      return send(res, 500, { error: "Internal Server Error", message: "Simulated failure", statusCode: 500 });

    let query: string | null;
    let params: Record<string, unknown> = {};
    try {
      if (req.method === "POST") {
        const body = JSON.parse(await readBody(req)) as { query?: string; params?: Record<string, unknown> };
        query = body.query ?? null;
        params = body.params ?? {};
      } else {
        query = url.searchParams.get("query");
        for (const [key, value] of url.searchParams) {
          if (key.startsWith("$")) params[key.slice(1)] = JSON.parse(value);
        }
      }
    } catch {
      return send(res, 400, { error: { description: "Unable to parse parameters as JSON", type: "httpBadRequest" } });
    }
    if (!query) return send(res, 400, { error: { description: "Missing query", type: "httpBadRequest" } });
    const started = performance.now();
    let tree;
    try {
      tree = parse(query, { params });
    } catch (error) {
      return send(res, 400, { error: { description: (error as Error).message, query, type: "queryParseError" } });
    }
    try {
      const value = await evaluate(tree, { dataset: view(perspective ?? "published"), params });
      const result = await value.get();
      send(res, 200, { query, result, ms: Math.round(performance.now() - started) });
    } catch (error) {
      send(res, 400, { error: { description: (error as Error).message, query, type: "queryExecutionError" } });
    }
  });

  async function handleMutate(req: IncomingMessage, res: ServerResponse, dataset: string): Promise<void> {
    if (dataset !== options.dataset) {
      return send(res, 404, { error: { description: `Dataset "${dataset}" not found`, type: "datasetNotFoundError" } });
    }
    let body: { mutations?: Array<Record<string, Record<string, unknown>>> };
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, { error: { description: "Unable to parse body as JSON", type: "httpBadRequest" } });
    }
    const authorization = req.headers.authorization;
    const results: Array<{ id: string; operation: string; document?: unknown }> = [];
    for (const mutation of body.mutations ?? []) {
      const doc = mutation.createIfNotExists;
      if (!doc || typeof doc._id !== "string") {
        return send(res, 400, {
          error: { description: "Only createIfNotExists with an _id is supported here", type: "mutationError" },
        });
      }
      if (fake.mutateMode === "fail") {
        fake.mutations.push({ id: doc._id, operation: "failed", authorization });
        continue;
      }
      const exists = fake.created.has(doc._id);
      if (!exists) fake.created.set(doc._id, { ...doc, _createdAt: new Date().toISOString() });
      fake.mutations.push({ id: doc._id, operation: exists ? "none" : "create", authorization });
      results.push({ id: doc._id, operation: exists ? "none" : "create", document: fake.created.get(doc._id) });
    }
    if (fake.mutateMode !== "ok")
      return send(res, 500, { error: "Internal Server Error", message: "Simulated failure", statusCode: 500 });
    send(res, 200, { transactionId: `tx-${fake.mutations.length}`, results });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
