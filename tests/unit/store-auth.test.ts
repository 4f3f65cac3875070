// Local accounts and the Studio's login flow: login page → #sid= redirect → /auth/fetch token → /users/me, sessions, keyvalue, logout, the automation token and the wrong-password limit.
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { createAuth, isAccountPath, type AccountRequest, type StoreAuth } from "../../app/store/auth.server";

const API = "http://demo1234.localhost:3000";
const STUDIO = "http://localhost:3000/studio";
const PASSWORD = "correct horse battery";
const API_TOKEN = "t".repeat(40);

function request(
  method: string,
  path: string,
  init: { query?: Record<string, string>; headers?: Record<string, string>; body?: string; ip?: string } = {},
): AccountRequest {
  return {
    method,
    path,
    query: new URLSearchParams(init.query),
    headers: Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    apiBase: API,
    clientIp: init.ip ?? "203.0.113.7",
    readBody: async (limit) => {
      const body = Buffer.from(init.body ?? "");
      if (body.length > limit) throw new Error("too large");
      return body;
    },
  };
}

function form(values: Record<string, string>) {
  return {
    headers: { "content-type": "application/x-www-form-urlencoded", origin: API },
    body: new URLSearchParams(values).toString(),
  };
}

async function call(auth: StoreAuth, req: AccountRequest) {
  const res = await auth.handle(req);
  if (!res) throw new Error(`not an account path: ${req.path}`);
  return { ...res, json: () => JSON.parse(res.body) as Record<string, unknown> };
}

/** The whole browser flow; returns the session token the Studio keeps. */
async function logIn(auth: StoreAuth, email = "lan@example.org", password = PASSWORD): Promise<string> {
  const posted = await call(auth, request("POST", "/auth/login/local", form({ email, password, origin: STUDIO })));
  expect(posted.status).toBe(303);
  const location = new URL(posted.headers.Location as string);
  expect(`${location.origin}${location.pathname}`).toBe(STUDIO);
  // The pattern the Studio's sessionId.ts accepts: sid=, 20 characters or more.
  const sid = /^#sid=([^&]{20,})$/.exec(location.hash)?.[1];
  expect(sid).toBeTruthy();
  const fetched = await call(auth, request("GET", "/auth/fetch", { query: { sid: sid! } }));
  expect(fetched.status).toBe(200);
  return fetched.json().token as string;
}

let db: Database.Database;
let auth: StoreAuth;
let clock: number;

beforeEach(async () => {
  db = new Database(":memory:");
  clock = Date.parse("2026-12-01T08:00:00Z");
  auth = createAuth({ db, projectId: "demo1234", apiToken: API_TOKEN, now: () => clock, loginRateLimit: 3 });
  await auth.addUser({ email: "Lan@Example.org", name: "Nguyễn Thị Lan", role: "editor", password: PASSWORD });
});

describe("accounts", () => {
  it("stores users with an argon2id hash, never the password, and lists them without it", () => {
    const row = db.prepare("SELECT * FROM users").get() as Record<string, string>;
    expect(row.email).toBe("lan@example.org");
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
    expect(auth.listUsers()).toEqual([expect.objectContaining({ email: "lan@example.org", role: "editor" })]);
    expect(JSON.stringify(auth.listUsers())).not.toContain("argon2");
  });

  it("refuses a duplicate e-mail, a short password and an unknown role", async () => {
    await expect(
      auth.addUser({ email: "lan@example.org", name: "X", role: "editor", password: PASSWORD }),
    ).rejects.toThrow(/exists/);
    await expect(
      auth.addUser({ email: "a@example.org", name: "A", role: "editor", password: "short" }),
    ).rejects.toThrow(/at least 10/);
    await expect(
      auth.addUser({ email: "b@example.org", name: "B", role: "owner" as "editor", password: PASSWORD }),
    ).rejects.toThrow(/administrator, editor or viewer/);
  });

  it("a new password ends the old sessions; removing a user ends theirs", async () => {
    const token = await logIn(auth);
    expect(await auth.identify({ authorization: `Bearer ${token}` })).toMatchObject({ role: "editor" });
    await auth.setPassword("lan@example.org", "another long password");
    expect(await auth.identify({ authorization: `Bearer ${token}` })).toBeNull();
    const second = await logIn(auth, "lan@example.org", "another long password");
    expect(auth.removeUser("lan@example.org")).toBe(true);
    expect(await auth.identify({ authorization: `Bearer ${second}` })).toBeNull();
    expect(auth.removeUser("lan@example.org")).toBe(false);
  });
});

describe("the login flow the Studio drives", () => {
  it("names our login page as the only provider", async () => {
    const res = await call(auth, request("GET", "/auth/providers"));
    expect(res.json().providers).toEqual([
      expect.objectContaining({ name: "local", url: `${API}/v1/auth/login/local` }),
    ]);
  });

  it("serves a form that works without script, in Vietnamese by default and in English on request", async () => {
    const vi = await call(auth, request("GET", "/auth/login/local", { query: { origin: STUDIO, type: "dual" } }));
    expect(vi.status).toBe(200);
    expect(vi.body).toContain('<html lang="vi">');
    expect(vi.body).toContain("Mật khẩu");
    expect(vi.body).toMatch(/<form method="post" action="http:\/\/demo1234\.localhost:3000\/v1\/auth\/login\/local">/);
    expect(vi.body).not.toContain("<script");
    const csp = vi.headers["Content-Security-Policy"] as string;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'sha256-[^']+'/);
    // The redirect after the POST goes to the Studio: form-action must allow it.
    expect(csp).toMatch(/form-action 'self' http:\/\/localhost:3000/);
    const en = await call(
      auth,
      request("GET", "/auth/login/local", {
        query: { origin: STUDIO },
        headers: { "accept-language": "en-GB,en;q=0.9" },
      }),
    );
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain("Password");
  });

  it("logs in: sid in the hash, exchanged once for a token; /auth/id and /users/me see the user", async () => {
    const token = await logIn(auth);
    const me = await call(auth, request("GET", "/users/me", { headers: { authorization: `Bearer ${token}` } }));
    expect(me.json()).toMatchObject({
      name: "Nguyễn Thị Lan",
      email: "lan@example.org",
      role: "editor",
      roles: [{ name: "editor", title: "Editor" }],
    });
    const id = await call(auth, request("GET", "/auth/id", { headers: { authorization: `Bearer ${token}` } }));
    expect(id.json()).toEqual({ id: me.json().id, expiry: expect.any(Number) });
    expect(id.json().expiry as number).toBeGreaterThan(clock / 1000);
    expect(db.prepare("SELECT token_hash FROM sessions").pluck().all()).not.toContain(token);
  });

  it("a sid works once and only for two minutes", async () => {
    const posted = await call(
      auth,
      request("POST", "/auth/login", form({ email: "lan@example.org", password: PASSWORD, origin: STUDIO })),
    );
    const sid = new URL(posted.headers.Location as string).hash.slice("#sid=".length);
    clock += 3 * 60 * 1000;
    const late = await call(auth, request("GET", "/auth/fetch", { query: { sid } }));
    expect(late.status).toBe(401);
    expect(late.json()).toMatchObject({ statusCode: 401, error: { type: "unauthorized" } });
    const again = await call(auth, request("GET", "/auth/fetch", { query: { sid } }));
    expect(again.status).toBe(401);
  });

  it("sessions expire", async () => {
    const token = await logIn(auth);
    clock += 31 * 24 * 60 * 60 * 1000;
    expect(await auth.identify({ authorization: `Bearer ${token}` })).toBeNull();
  });

  it("answers {} for /users/me and /auth/id without a session", async () => {
    expect((await call(auth, request("GET", "/users/me"))).json()).toEqual({});
    expect(
      (await call(auth, request("GET", "/users/me", { headers: { authorization: "Bearer nope" } }))).json(),
    ).toEqual({});
    expect((await call(auth, request("GET", "/auth/id"))).json()).toEqual({});
  });

  it("never redirects a login to another site, nor takes a form posted from one", async () => {
    for (const origin of [
      "https://evil.example/studio",
      "http://localhost.evil.example/studio",
      "javascript:alert(1)",
    ]) {
      const page = await call(auth, request("GET", "/auth/login/local", { query: { origin } }));
      expect(page.status).toBe(400);
      expect(page.body).not.toContain("<form");
      const posted = await call(
        auth,
        request("POST", "/auth/login/local", form({ email: "lan@example.org", password: PASSWORD, origin })),
      );
      expect(posted.status).toBe(400);
      expect(posted.headers.Location).toBeUndefined();
    }
    const crossSite = await call(auth, {
      ...request("POST", "/auth/login/local", form({ email: "lan@example.org", password: PASSWORD, origin: STUDIO })),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
  });

  it("shows a wrong password again with the e-mail kept, as 401", async () => {
    const res = await call(
      auth,
      request(
        "POST",
        "/auth/login/local",
        form({ email: "lan@example.org", password: "wrong password!", origin: STUDIO }),
      ),
    );
    expect(res.status).toBe(401);
    expect(res.body).toContain("Email hoặc mật khẩu không đúng.");
    expect(res.body).toContain('value="lan@example.org"');
  });

  it("logout ends the session and clears the cookie", async () => {
    const token = await logIn(auth);
    const out = await call(auth, request("POST", "/auth/logout", { headers: { authorization: `Bearer ${token}` } }));
    expect(out.status).toBe(200);
    expect(out.headers["Set-Cookie"]).toMatch(/hg_store_session=; .*Max-Age=0/);
    expect(await auth.identify({ authorization: `Bearer ${token}` })).toBeNull();
  });

  it("the cookie set by /auth/fetch identifies too (same-origin setups)", async () => {
    const posted = await call(
      auth,
      request("POST", "/auth/login/local", form({ email: "lan@example.org", password: PASSWORD, origin: STUDIO })),
    );
    const sid = new URL(posted.headers.Location as string).hash.slice("#sid=".length);
    const fetched = await call(auth, request("GET", "/auth/fetch", { query: { sid } }));
    const cookie = (fetched.headers["Set-Cookie"] as string).split(";")[0]!;
    expect(fetched.headers["Set-Cookie"]).toMatch(/HttpOnly; SameSite=Lax/);
    expect(await auth.identify({ cookie: `other=1; ${cookie}` })).toMatchObject({ email: "lan@example.org" });
  });
});

describe("the wrong-password limit", () => {
  const wrong = (email: string, ip?: string) =>
    call(
      auth,
      request("POST", "/auth/login/local", { ...form({ email, password: "not the password", origin: STUDIO }), ip }),
    );

  it("answers 429 with the wait, in the reader's language, after the allowed failures, even for the right password", async () => {
    for (let i = 0; i < 3; i++) expect((await wrong("lan@example.org")).status).toBe(401);
    const right = await call(
      auth,
      request("POST", "/auth/login/local", {
        ...form({ email: "lan@example.org", password: PASSWORD, origin: STUDIO }),
        ip: "198.51.100.1",
      }),
    );
    expect(right.status).toBe(429);
    expect(Number(right.headers["Retry-After"])).toBeGreaterThan(0);
    expect(right.body).toMatch(/Quá nhiều lần nhập sai mật khẩu\. Vui lòng thử lại sau \d+ phút/);
    const en = await call(
      auth,
      request(
        "POST",
        "/auth/login/local",
        form({ email: "lan@example.org", password: PASSWORD, origin: STUDIO, lang: "en" }),
      ),
    );
    expect(en.status).toBe(429);
    expect(en.body).toMatch(/Too many wrong passwords\. Try again in \d+ minutes?/);
  });

  it("counts per client across accounts", async () => {
    await auth.addUser({ email: "binh@example.org", name: "Bình", role: "viewer", password: PASSWORD });
    // Four times the per-account limit from one address, spread over unknown accounts.
    for (let i = 0; i < 12; i++) expect((await wrong(`nobody${i}@example.org`, "192.0.2.9")).status).toBe(401);
    expect((await wrong("binh@example.org", "192.0.2.9")).status).toBe(429);
    // Another client is not affected.
    expect((await wrong("binh@example.org", "192.0.2.10")).status).toBe(401);
  });

  it("a right password resets the account's count", async () => {
    for (let i = 0; i < 2; i++) await wrong("lan@example.org");
    await logIn(auth);
    for (let i = 0; i < 2; i++) expect((await wrong("lan@example.org")).status).toBe(401);
  });
});

describe("the automation token and per-user settings", () => {
  it("STORE_API_TOKEN is an administrator; a near miss is nobody", async () => {
    expect(await auth.identify({ authorization: `Bearer ${API_TOKEN}` })).toMatchObject({
      role: "administrator",
      via: "api-token",
    });
    expect(await auth.identify({ authorization: `Bearer ${API_TOKEN}x` })).toBeNull();
    expect(await auth.identify({ cookie: `hg_store_session=${API_TOKEN}` })).toBeNull();
  });

  it("keeps each user's keyvalue settings apart, in SQLite", async () => {
    const lan = await logIn(auth);
    await auth.addUser({ email: "binh@example.org", name: "Bình", role: "viewer", password: PASSWORD });
    const binh = await logIn(auth, "binh@example.org");
    const put = await call(
      auth,
      request("PUT", "/users/me/keyvalue", {
        headers: { authorization: `Bearer ${lan}`, "content-type": "application/json" },
        body: JSON.stringify([{ key: "studio.structure-tool.pane", value: { width: 320 } }]),
      }),
    );
    expect(put.json()).toEqual([{ key: "studio.structure-tool.pane", value: { width: 320 } }]);
    const get = (token: string) =>
      call(
        auth,
        request("GET", "/users/me/keyvalue/studio.structure-tool.pane,other", {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
    expect((await get(lan)).json()).toEqual([
      { key: "studio.structure-tool.pane", value: { width: 320 } },
      { key: "other", value: null },
    ]);
    expect((await get(binh)).json()).toEqual([
      { key: "studio.structure-tool.pane", value: null },
      { key: "other", value: null },
    ]);
    expect((await call(auth, request("GET", "/users/me/keyvalue/x"))).status).toBe(401);
  });

  it("names users by id for the Studio's avatars", async () => {
    const token = await logIn(auth);
    const me = (
      await call(auth, request("GET", "/users/me", { headers: { authorization: `Bearer ${token}` } }))
    ).json();
    const res = await call(
      auth,
      request("GET", `/users/${me.id},system,unknown`, { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(res.json()).toEqual([
      { id: me.id, displayName: "Nguyễn Thị Lan", email: "lan@example.org" },
      { id: "system", displayName: expect.any(String) },
      null,
    ]);
  });

  it("leaves other paths to the store", async () => {
    expect(isAccountPath("/data/query/production")).toBe(false);
    expect(await auth.handle(request("GET", "/projects/demo1234"))).toBeNull();
    expect(isAccountPath("/users/me/keyvalue/a,b")).toBe(true);
  });
});
