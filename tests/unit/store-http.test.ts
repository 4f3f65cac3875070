// The store's HTTP handler in-process, over node:http and node:http2, with a fake authenticator: roles (401/403), CORS allow-list, body limit (413), error shapes, the unknown-endpoint ledger, and listen streams (welcome, filtered events, reconnect on close).
import { mkdtempSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { request as httpRequest, createServer, type Server } from "node:http";
import { connect, createServer as createH2Server, type Http2Server } from "node:http2";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStoreHandler, type StoreHttpHandler } from "../../app/store/http.server";
import { ListenHub } from "../../app/store/listen.server";
import { StoreQuery } from "../../app/store/query.server";
import { ContentStore } from "../../app/store/store.server";
import type { Authenticator, Identity, Role } from "../../app/store/types";

const ALLOWED = "https://studio.example.org";
const dir = mkdtempSync(path.join(tmpdir(), "store-http-"));

/** `Authorization: Bearer <role>` is a user of that role; anything else is anonymous. */
const fakeAuth: Authenticator = {
  async identify(headers) {
    const role = /^Bearer (administrator|editor|viewer)$/.exec(String(headers.authorization ?? ""))?.[1] as
      Role | undefined;
    return role
      ? ({ id: `u-${role}`, name: role, email: `${role}@example.org`, role, via: "session" } as Identity)
      : null;
  },
};

let store: ContentStore;
let handler: StoreHttpHandler;
let server: Server;
let base: string;
const logged: string[] = [];

beforeAll(async () => {
  store = await ContentStore.open({ file: path.join(dir, "s.sqlite") });
  const hub = new ListenHub(store, { heartbeatMs: 50 });
  handler = createStoreHandler({
    store,
    query: new StoreQuery(store),
    hub,
    authenticator: fakeAuth,
    projectId: "demo1234",
    dataset: "production",
    allowedOrigins: [ALLOWED],
    maxBodyBytes: 2_000,
    log: (line) => logged.push(line),
  });
  server = createServer(handler);
  server.on("upgrade", handler.upgrade);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/store/v2025-02-19`;
});

afterAll(async () => {
  handler.close();
  await new Promise((resolve) => server.close(resolve));
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const as = (role?: Role, extra: Record<string, string> = {}) => ({
  ...(role ? { authorization: `Bearer ${role}` } : {}),
  "content-type": "application/json",
  ...extra,
});
const mutate = (role: Role | undefined, mutations: unknown[], extra: Record<string, string> = {}) =>
  fetch(`${base}/data/mutate/production?returnIds=true`, {
    method: "POST",
    headers: as(role, extra),
    body: JSON.stringify({ mutations }),
  });

describe("the store's HTTP handler", () => {
  it("lets editors and administrators write, refuses viewers (403) and anonymous callers (401)", async () => {
    expect((await mutate("editor", [{ create: { _id: "e1", _type: "t" } }])).status).toBe(200);
    expect((await mutate("administrator", [{ create: { _id: "a1", _type: "t" } }])).status).toBe(200);
    const viewer = await mutate("viewer", [{ create: { _id: "v1", _type: "t" } }]);
    expect(viewer.status).toBe(403);
    expect(await viewer.json()).toMatchObject({ error: { type: "permissionDenied" }, statusCode: 403 });
    const anonymous = await mutate(undefined, [{ create: { _id: "n1", _type: "t" } }]);
    expect(anonymous.status).toBe(401);
    expect(store.getDocuments(["v1", "n1"])).toEqual([null, null]);
  });

  it("answers bad bodies with 400, too large ones with 413, in Sanity's error shape without a stack", async () => {
    const bad = await fetch(`${base}/data/mutate/production`, { method: "POST", headers: as("editor"), body: "{" });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body).toMatchObject({ error: { type: "invalidJson", description: expect.any(String) }, statusCode: 400 });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    const big = await mutate("editor", [{ create: { _id: "big", _type: "t", blob: "x".repeat(5_000) } }]);
    expect(big.status).toBe(413);
    const conflict = await mutate("editor", [{ create: { _id: "e1", _type: "t" } }]);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: { type: "mutationError", items: [{ index: 0 }] } });
    expect((await fetch(`${base}/data/query/otherdataset?query=*`)).status).toBe(404);
  });

  it("reflects only allowed origins, with credentials, and refuses writes from foreign origins", async () => {
    const allowed = await fetch(`${base}/data/query/production?query=1`, { headers: { origin: ALLOWED } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
    const foreign = await fetch(`${base}/data/query/production?query=1`, {
      headers: { origin: "https://evil.example" },
    });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${base}/data/mutate/production`, {
      method: "OPTIONS",
      headers: { origin: ALLOWED, "access-control-request-headers": "authorization, content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
    const forged = await mutate("editor", [{ create: { _id: "forged", _type: "t" } }], {
      origin: "https://evil.example",
    });
    expect(forged.status).toBe(403);
    expect(store.getDocument("forged")).toBeNull();
  });

  it("records an unknown endpoint in the ledger, logs one line and answers a JSON 404", async () => {
    handler.ledger.clear();
    const response = await fetch(`${base}/journey-not/really`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { type: "notFound" }, statusCode: 404 });
    expect(handler.ledger.list()).toEqual([
      { method: "GET", path: "/api/store/v2025-02-19/journey-not/really", at: expect.any(String) },
    ]);
    expect(logged.at(-1)).toMatch(/no endpoint for GET \/api\/store\/v2025-02-19\/journey-not\/really/);
  });

  it("answers the Studio's housekeeping with minimal valid bodies", async () => {
    const get = async (p: string, role?: Role) => {
      const r = await fetch(`${base}${p}`, { headers: as(role) });
      expect(r.status, p).toBe(200);
      return r.json();
    };
    expect(await get("/users/me")).toEqual({});
    expect(await get("/users/me", "editor")).toMatchObject({ id: "u-editor", role: "editor" });
    expect(await get("/projects/demo1234", "editor")).toMatchObject({ id: "demo1234", members: [{ id: "u-editor" }] });
    expect(await get("/projects/demo1234/datasets")).toEqual([{ name: "production", aclMode: "public" }]);
    expect(await get("/projects/demo1234/datasets/production/acl", "viewer")).toEqual([
      { filter: '_id in path("**")', permissions: ["read", "history"] },
    ]);
    expect(await get("/intake/telemetry-status")).toEqual({ status: "denied" });
    expect(await get("/journey/announcements")).toBeNull();
    expect(await get("/data/ping/production")).toEqual({ pong: true });
    // The per-user key-value store round-trips.
    const put = await fetch(`${base}/users/me/keyvalue`, {
      method: "PUT",
      headers: as("editor"),
      body: JSON.stringify([{ key: "studio.layout", value: { wide: true } }]),
    });
    expect(await put.json()).toEqual([{ key: "studio.layout", value: { wide: true } }]);
    expect(await get("/users/me/keyvalue/studio.layout,other", "editor")).toEqual([
      { key: "studio.layout", value: { wide: true } },
      { key: "other", value: null },
    ]);
  });

  it("defaults to the raw perspective before API version 2025-02-19, published from it on", async () => {
    await mutate("editor", [{ createOrReplace: { _id: "drafts.pv", _type: "pv" } }]);
    const q = encodeURIComponent('*[_type == "pv"]._id');
    const old = await fetch(`${base.replace("v2025-02-19", "v2021-06-07")}/data/query/production?query=${q}`, {
      headers: as("editor"),
    });
    expect((await old.json()).result).toEqual(["drafts.pv"]);
    const current = await fetch(`${base}/data/query/production?query=${q}`, { headers: as("editor") });
    expect((await current.json()).result).toEqual([]);
  });

  it("streams listen events: welcome, keep-alives, only matching documents, reconnect on shutdown", async () => {
    const controller = new AbortController();
    const response = await fetch(
      `${base}/data/listen/production?query=${encodeURIComponent("*[_type == $t]")}&%24t=${encodeURIComponent('"watched"')}`,
      { headers: as("editor"), signal: controller.signal },
    );
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    let text = "";
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text;
    };
    await until(/event: welcome/);
    await mutate("editor", [
      { create: { _id: "ignored", _type: "other" } },
      { create: { _id: "w", _type: "watched" } },
    ]);
    await until(/event: mutation[\s\S]*\n\n/);
    await until(/: keep-alive/);
    const events = [...text.matchAll(/event: mutation\nid: [^\n]+\ndata: ([^\n]+)/g)].map((m) => JSON.parse(m[1]));
    expect(events.map((e) => e.documentId)).toEqual(["w"]);
    expect(events[0]).toMatchObject({ transition: "appear", transactionTotalEvents: 1, transactionCurrentEvent: 1 });
    handler.close();
    await until(/event: reconnect/);
    controller.abort();
  });
});

describe("the same handler over HTTP/2", () => {
  let h2: Http2Server;
  let origin: string;
  beforeAll(async () => {
    h2 = createH2Server(handler);
    await new Promise<void>((resolve) => h2.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(h2.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => h2.close(resolve)));

  it("answers a query over a cleartext HTTP/2 session", async () => {
    const session = connect(origin);
    const body = await new Promise<string>((resolve, reject) => {
      const req = session.request({
        ":path": `/api/store/v2025-02-19/data/query/production?query=${encodeURIComponent('*[_id == "e1"]._id')}`,
      });
      let text = "";
      req.on("data", (chunk) => (text += chunk));
      req.on("end", () => resolve(text));
      req.on("error", reject);
    });
    session.close();
    expect(JSON.parse(body)).toMatchObject({ result: ["e1"] });
  });
});

/** Opens an upgrade request and resolves with the status line's code (101 when the socket is accepted). */
function upgrade(pathname: string, headers: Record<string, string>): Promise<{ status: number; accept?: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base.replace(/\/v2025-02-19$/, "")}${pathname}`, { headers });
    req.on("upgrade", (res, socket) => {
      resolve({ status: res.statusCode ?? 0, accept: res.headers["sec-websocket-accept"] as string | undefined });
      socket.destroy();
    });
    req.on("response", (res) => {
      resolve({ status: res.statusCode ?? 0 });
      res.resume();
      req.destroy();
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the presence socket", () => {
  const key = "dGhlIHNhbXBsZSBub25jZQ==";
  const websocket = {
    connection: "Upgrade",
    upgrade: "websocket",
    "sec-websocket-key": key,
    "sec-websocket-version": "13",
  };

  it("accepts the Studio's WebSocket with the RFC 6455 answer to its key, and stays silent", async () => {
    const answer = await upgrade("/v2022-06-30/socket/production", websocket);
    expect(answer.status).toBe(101);
    // The example handshake of RFC 6455, section 1.3.
    expect(answer.accept).toBe("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    expect(answer.accept).toBe(
      createHash("sha1").update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest("base64"),
    );
  });

  it("refuses upgrades of any other path (404, logged) and non-WebSocket upgrades of the socket path (400)", async () => {
    expect((await upgrade("/v2022-06-30/data/listen/production", websocket)).status).toBe(404);
    expect(logged.some((line) => line.includes("/v2022-06-30/data/listen/production"))).toBe(true);
    expect((await upgrade("/v2022-06-30/socket/production", { connection: "Upgrade", upgrade: "h2c" })).status).toBe(
      400,
    );
  });
});

describe("Studio housekeeping", () => {
  it("completes the schema-descriptor synchronisation at once and accepts (and drops) telemetry batches", async () => {
    const claim = await fetch(`${base}/descriptors/claim`, { method: "POST", headers: as("editor"), body: "{}" });
    expect(claim.status).toBe(200);
    expect(await claim.json()).toEqual({ synchronization: { type: "complete" } });
    const batch = await fetch(`${base}/intake/batch`, { method: "POST", headers: as("editor"), body: "[]" });
    expect(batch.status).toBe(200);
  });
});
