/**
 * Who may edit the store, and the account endpoints the real Sanity Studio calls when its
 * `apiHost` points at us. Staff have local accounts (SQLite table `users`, argon2id hashes
 * from @node-rs/argon2, roles administrator/editor/viewer); automation uses the token from
 * the environment (`STORE_API_TOKEN`, an administrator).
 *
 * The login flow is the one sanity 5's auth store drives (`loginMethod: "dual"`):
 *
 *   1. `GET /auth/providers` names one provider, our own login page on this host;
 *      the Studio sends the browser there with `?origin=<studio URL>&projectId=…&type=dual`.
 *   2. The page is a plain HTML form (Vietnamese or English, no script, works with
 *      JavaScript off). A right password makes a one-time session id (sid) and redirects
 *      to `<origin>#sid=<sid>`; the origin must be the Studio's (else it is an open redirect).
 *   3. The Studio exchanges it at `GET /auth/fetch?sid=` for a session token, keeps the
 *      token in localStorage and sends it as `Authorization: Bearer`; the same response
 *      sets a session cookie for a same-origin setup. `GET /auth/id` probes it.
 *   4. `GET /users/me` is the user (`{}` for nobody: the Studio then shows its login
 *      screen), `/users/{ids}` names authors, `/users/me/keyvalue` keeps the user's
 *      Studio settings, `POST /auth/logout` ends the session.
 *
 * Tokens and sids are random 256-bit values stored only as SHA-256 hashes, so a copy of
 * the database logs no one in. Wrong passwords are limited per account and per client
 * (rate-limiter-flexible) and answered 429 with the wait in the reader's language.
 *
 * The module knows nothing of the HTTP server: the store's handler gives it an
 * `AccountRequest` and writes the `AccountResponse` back (`accountPaths` says which paths
 * are ours), so it runs the same under node:http and node:http2 and in unit tests.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2";
import type BetterSqlite3 from "better-sqlite3";
import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import type { StoreRoute } from "./http.server";
import type { Authenticator, Identity, Role } from "./types";
import { StoreError } from "./types";

export const ROLES = ["administrator", "editor", "viewer"] as const satisfies readonly Role[];

/** A user as administrators manage them (never the hash). */
export interface StoreUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export interface AuthOptions {
  /** The store's database; the module adds its tables (`users`, `sessions`, `user_keyvalue`). */
  db: BetterSqlite3.Database;
  /** The project id the Studio is built for; its host prefix is stripped to find the Studio's host. */
  projectId: string;
  /** STORE_API_TOKEN: its bearer is an administrator. Unset: no automation token. */
  apiToken?: string;
  /** Wrong passwords allowed per account per window (per client: four times as many). */
  loginRateLimit?: number;
  loginRateWindowS?: number;
  /** How long a session lasts. */
  sessionTtlMs?: number;
  /**
   * Whether a Studio at this origin may receive a login (the redirect target). Default:
   * the origin of the API host without its `<projectId>.` prefix, or the API's own origin.
   */
  isStudioOrigin?: (studioOrigin: string, apiBase: string) => boolean;
  /** The clock (tests move it). */
  now?: () => number;
}

/** One request to an account path, as the store's HTTP handler hands it over. */
export interface AccountRequest {
  method: string;
  /** The path after the store prefix and the API version, e.g. `/users/me`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** The API as the client addressed it, e.g. `http://demo1234.localhost:3000` or `https://cms.example.org/api/store`. */
  apiBase: string;
  /** The client address the rate limit counts against. */
  clientIp: string;
  /** The body, refused (413) beyond `limit` bytes. */
  readBody: (limit: number) => Promise<Buffer>;
}

export interface AccountResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

export interface StoreAuth extends Authenticator {
  /** The response for an account path, or null when `path` is not one (the caller goes on routing). */
  handle(request: AccountRequest): Promise<AccountResponse | null>;
  addUser(input: { email: string; name: string; role: Role; password: string }): Promise<StoreUser>;
  setPassword(email: string, password: string): Promise<void>;
  setRole(email: string, role: Role): void;
  listUsers(): StoreUser[];
  /** Removes the user and their sessions and settings; false when there was none. */
  removeUser(email: string): boolean;
  /** Public profiles by id, as the Studio's user store asks for them (unknown ids: null). */
  profiles(ids: string[]): (UserProfile | null)[];
}

export interface UserProfile {
  id: string;
  displayName: string;
  email?: string;
  imageUrl?: string;
}

/** True for the paths `handle` answers (before the request body is read). */
export function isAccountPath(path: string): boolean {
  return /^\/(users(\/|$)|auth\/(id|providers|login(\/local)?|fetch|logout)$)/.test(path);
}

export const SESSION_COOKIE = "hg_store_session";
const DEFAULT_SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const SID_TTL_MS = 2 * 60 * 1000;
const MIN_PASSWORD_LENGTH = 10;
const MAX_FORM_BYTES = 8 * 1024;
const MAX_KEYVALUE_BYTES = 256 * 1024;
/** The automation token's user: an administrator that is nobody's account. */
const API_TOKEN_USER = { id: "robot-api-token", name: "Automation (STORE_API_TOKEN)", email: "" };
/** Authors of writes the server makes itself (seed, import, the inquiry outbox). */
const SYSTEM_PROFILE: UserProfile = { id: "system", displayName: "Hệ thống · System" };

const ROLE_TITLES: Record<Role, string> = {
  administrator: "Administrator",
  editor: "Editor",
  viewer: "Viewer",
};

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "must be an e-mail address" }));
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(1024, { error: "must be at most 1024 characters" });
const roleSchema = z.enum(ROLES, { error: "must be administrator, editor or viewer" });

const keyValueBody = z
  .array(z.object({ key: z.string().min(1).max(200), value: z.unknown() }))
  .min(1)
  .max(100);

const loginForm = z.object({
  email: z.string().max(320).default(""),
  password: z.string().max(1024).default(""),
  origin: z.string().max(2048).default(""),
  lang: z.enum(["vi", "en"]).optional(),
});

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const newSecret = () => randomBytes(32).toString("base64url");

/** A hash of nothing anyone knows, verified for unknown e-mails so their answer takes as long. */
let dummyHash: Promise<string> | undefined;

export function createAuth(options: AuthOptions): StoreAuth {
  const { db, projectId } = options;
  const now = options.now ?? Date.now;
  const sessionTtlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
  const apiToken = options.apiToken ? Buffer.from(sha256(options.apiToken)) : undefined;
  const isStudioOrigin = options.isStudioOrigin ?? ((origin, base) => defaultStudioOrigin(origin, base, projectId));
  const perAccount = new RateLimiterMemory({
    keyPrefix: "login-account",
    points: options.loginRateLimit ?? 5,
    duration: options.loginRateWindowS ?? 900,
  });
  const perClient = new RateLimiterMemory({
    keyPrefix: "login-client",
    points: (options.loginRateLimit ?? 5) * 4,
    duration: options.loginRateWindowS ?? 900,
  });
  /** One-time login sids: hash → user and expiry. In memory: they live for seconds. */
  const sids = new Map<string, { userId: string; expires: number }>();

  migrate(db);
  const sql = {
    userByEmail: db.prepare<[string], UserRow>("SELECT * FROM users WHERE email = ?"),
    userById: db.prepare<[string], UserRow>("SELECT * FROM users WHERE id = ?"),
    users: db.prepare<[], UserRow>("SELECT * FROM users ORDER BY email"),
    insertUser: db.prepare(
      "INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES (@id, @email, @name, @role, @hash, @createdAt)",
    ),
    setHash: db.prepare("UPDATE users SET password_hash = ? WHERE id = ?"),
    setRole: db.prepare("UPDATE users SET role = ? WHERE email = ?"),
    deleteUser: db.prepare("DELETE FROM users WHERE email = ?"),
    session: db.prepare<[string, number], UserRow & { expires_at: number }>(
      `SELECT u.*, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ?`,
    ),
    insertSession: db.prepare("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
    deleteSession: db.prepare("DELETE FROM sessions WHERE token_hash = ?"),
    deleteUserSessions: db.prepare("DELETE FROM sessions WHERE user_id = ?"),
    deleteExpired: db.prepare("DELETE FROM sessions WHERE expires_at <= ?"),
    getKey: db.prepare<[string, string], { value: string }>(
      "SELECT value FROM user_keyvalue WHERE user_id = ? AND key = ?",
    ),
    setKey: db.prepare(
      `INSERT INTO user_keyvalue (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ),
  };
  sql.deleteExpired.run(now());

  function tokenFrom(headers: AccountRequest["headers"]): { token: string; from: "bearer" | "cookie" } | null {
    const authorization = header(headers, "authorization");
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    if (bearer) return { token: bearer, from: "bearer" };
    const cookie = readCookie(header(headers, "cookie"), SESSION_COOKIE);
    return cookie ? { token: cookie, from: "cookie" } : null;
  }

  function sessionOf(token: string): (UserRow & { expires_at: number }) | undefined {
    return sql.session.get(sha256(token), now());
  }

  async function identify(headers: AccountRequest["headers"]): Promise<Identity> {
    const found = tokenFrom(headers);
    if (!found) return null;
    if (apiToken && found.from === "bearer") {
      const given = Buffer.from(sha256(found.token));
      if (timingSafeEqual(given, apiToken)) return { ...API_TOKEN_USER, role: "administrator", via: "api-token" };
    }
    const row = sessionOf(found.token);
    return row ? { id: row.id, name: row.name, email: row.email, role: row.role, via: "session" } : null;
  }

  async function addUser(input: { email: string; name: string; role: Role; password: string }): Promise<StoreUser> {
    const email = emailSchema.parse(input.email);
    const name = z.string().trim().min(1, { error: "must not be empty" }).max(200).parse(input.name);
    const role = roleSchema.parse(input.role);
    const password = passwordSchema.parse(input.password);
    if (sql.userByEmail.get(email)) throw new StoreError(409, "conflict", `A user with e-mail ${email} exists already`);
    const user = {
      id: `u${randomBytes(6).toString("hex")}`,
      email,
      name,
      role,
      createdAt: new Date(now()).toISOString(),
    };
    sql.insertUser.run({ ...user, hash: await argon2Hash(password) });
    return user;
  }

  async function setPassword(email: string, password: string): Promise<void> {
    const user = sql.userByEmail.get(emailSchema.parse(email));
    if (!user) throw new StoreError(404, "notFound", `No user with e-mail ${email}`);
    const hashed = await argon2Hash(passwordSchema.parse(password));
    // A new password ends every session of the old one.
    db.transaction(() => {
      sql.setHash.run(hashed, user.id);
      sql.deleteUserSessions.run(user.id);
    })();
  }

  function setRole(email: string, role: Role): void {
    if (sql.setRole.run(roleSchema.parse(role), emailSchema.parse(email)).changes === 0)
      throw new StoreError(404, "notFound", `No user with e-mail ${email}`);
  }

  function removeUser(email: string): boolean {
    // Sessions and settings go with the user (ON DELETE CASCADE).
    return sql.deleteUser.run(emailSchema.parse(email)).changes > 0;
  }

  function profiles(ids: string[]): (UserProfile | null)[] {
    return ids.map((id) => {
      if (id === SYSTEM_PROFILE.id) return SYSTEM_PROFILE;
      if (id === API_TOKEN_USER.id) return { id, displayName: API_TOKEN_USER.name };
      const row = sql.userById.get(id);
      return row ? { id: row.id, displayName: row.name, email: row.email } : null;
    });
  }

  /** Checks a password against the limits; the user on success. */
  async function checkPassword(
    email: string,
    password: string,
    clientIp: string,
  ): Promise<{ ok: true; user: UserRow } | { ok: false; retryMs?: number }> {
    const accountKey = email.toLowerCase();
    const [account, client] = await Promise.all([perAccount.get(accountKey), perClient.get(clientIp)]);
    const blocked = [account, client].filter((res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0);
    if (blocked.length) return { ok: false, retryMs: Math.max(...blocked.map((res) => res.msBeforeNext)) };

    const user = sql.userByEmail.get(accountKey);
    dummyHash ??= argon2Hash(newSecret());
    const valid = await argon2Verify(user?.password_hash ?? (await dummyHash), password);
    if (valid && user) {
      await perAccount.delete(accountKey);
      return { ok: true, user };
    }
    // Counts the failure; the last allowed failure still gets "wrong password", the next try waits.
    await Promise.all([perAccount.penalty(accountKey), perClient.penalty(clientIp)]);
    return { ok: false };
  }

  function newSession(userId: string): { token: string; expires: number } {
    const token = newSecret();
    const expires = now() + sessionTtlMs;
    sql.insertSession.run(sha256(token), userId, now(), expires);
    return { token, expires };
  }

  async function login(request: AccountRequest): Promise<AccountResponse> {
    const lang = pickLanguage(request);
    const loginUrl = `${request.apiBase}/v1/auth/login/local`;
    if (request.method === "GET" || request.method === "HEAD") {
      const origin = request.query.get("origin") ?? defaultStudioUrl(request.apiBase, projectId);
      if (!safeOrigin(origin, request.apiBase)) return loginPage(400, { lang, loginUrl, error: "badOrigin" });
      return loginPage(200, { lang, loginUrl, origin });
    }
    if (request.method !== "POST") throw new StoreError(405, "methodNotAllowed", "Use GET or POST");
    // A form posted from another site (login CSRF) carries that site's Origin header.
    const formOrigin = header(request.headers, "origin");
    if (formOrigin && formOrigin !== "null" && formOrigin !== new URL(request.apiBase).origin)
      return loginPage(403, { lang, loginUrl, error: "badOrigin" });
    const type = header(request.headers, "content-type") ?? "";
    if (!type.startsWith("application/x-www-form-urlencoded"))
      throw new StoreError(415, "unsupportedMediaType", "The login form is sent as application/x-www-form-urlencoded");
    const form = loginForm.safeParse(
      Object.fromEntries(new URLSearchParams((await request.readBody(MAX_FORM_BYTES)).toString("utf8"))),
    );
    if (!form.success) return loginPage(400, { lang, loginUrl, error: "badOrigin" });
    const { email, password, origin } = form.data;
    const shownLang = form.data.lang ?? lang;
    if (!safeOrigin(origin, request.apiBase)) return loginPage(400, { lang: shownLang, loginUrl, error: "badOrigin" });
    const again = { lang: shownLang, loginUrl, origin, email };
    if (!email.trim() || !password) return loginPage(400, { ...again, error: "missing" });

    const result = await checkPassword(email.trim(), password, request.clientIp);
    if (!result.ok) {
      if (result.retryMs === undefined) return loginPage(401, { ...again, error: "wrong" });
      const retryS = Math.ceil(result.retryMs / 1000);
      return loginPage(
        429,
        { ...again, error: "rateLimited", retryMinutes: Math.ceil(retryS / 60) },
        {
          "Retry-After": String(retryS),
        },
      );
    }
    const sid = newSecret();
    sids.set(sha256(sid), { userId: result.user.id, expires: now() + SID_TTL_MS });
    const target = new URL(origin);
    target.hash = `sid=${sid}`;
    return {
      status: 303,
      headers: { Location: target.href, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
      body: "",
    };
  }

  function safeOrigin(origin: string, apiBase: string): boolean {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    return (
      (url.protocol === "http:" || url.protocol === "https:") && !url.username && isStudioOrigin(url.origin, apiBase)
    );
  }

  function exchange(request: AccountRequest): AccountResponse {
    const sid = request.query.get("sid") ?? "";
    const key = sha256(sid);
    const entry = sids.get(key);
    sids.delete(key);
    for (const [other, { expires }] of sids) if (expires <= now()) sids.delete(other);
    if (!entry || entry.expires <= now() || !sql.userById.get(entry.userId))
      throw new StoreError(401, "unauthorized", "The login session is unknown or expired; log in again");
    const session = newSession(entry.userId);
    return json(200, { token: session.token }, { "Set-Cookie": sessionCookie(request, session.token, sessionTtlMs) });
  }

  async function handle(request: AccountRequest): Promise<AccountResponse | null> {
    if (!isAccountPath(request.path)) return null;
    try {
      return await route(request);
    } catch (error) {
      if (error instanceof StoreError) return errorResponse(error);
      if (error instanceof z.ZodError) return errorResponse(new StoreError(400, "badRequest", z.prettifyError(error)));
      throw error;
    }
  }

  async function route(request: AccountRequest): Promise<AccountResponse | null> {
    const { path, method } = request;
    if (path === "/auth/login" || path === "/auth/login/local") return login(request);
    if (path === "/auth/providers") {
      return json(200, {
        providers: [
          {
            name: "local",
            title: "Hậu Giang",
            url: `${request.apiBase}/v1/auth/login/local`,
          },
        ],
        thirdPartyLogin: false,
        sso: {},
      });
    }
    if (path === "/auth/fetch") return exchange(request);
    if (path === "/auth/logout") {
      if (method !== "POST" && method !== "GET") throw new StoreError(405, "methodNotAllowed", "Use POST");
      const found = tokenFrom(request.headers);
      if (found) sql.deleteSession.run(sha256(found.token));
      return json(200, { ok: true }, { "Set-Cookie": sessionCookie(request, "", 0) });
    }

    const identity = await identify(request.headers);
    if (path === "/auth/id") {
      // `{}` for nobody, as /users/me answers (the Studio's probe reads a missing id as "not
      // logged in"): the cookie probe right after every login is no error.
      if (!identity) return json(200, {});
      const found = tokenFrom(request.headers);
      const expiry = found && identity.via === "session" ? sessionOf(found.token)?.expires_at : undefined;
      return json(200, { id: identity.id, expiry: Math.floor((expiry ?? now() + sessionTtlMs) / 1000) });
    }
    if (path === "/users/me") return json(200, identity ? currentUser(identity) : {});

    const keyvalue = /^\/users\/me\/keyvalue(?:\/(.*))?$/.exec(path);
    if (keyvalue) {
      if (!identity) throw new StoreError(401, "unauthorized", "Log in to keep settings");
      if (method === "GET") {
        const keys = decodeURIComponent(keyvalue[1] ?? "")
          .split(",")
          .filter(Boolean);
        return json(
          200,
          keys.map((key) => {
            const row = sql.getKey.get(identity.id, key);
            return { key, value: row ? (JSON.parse(row.value) as unknown) : null };
          }),
        );
      }
      if (method !== "PUT" && method !== "POST") throw new StoreError(405, "methodNotAllowed", "Use GET or PUT");
      const pairs = keyValueBody.parse(parseJson(await request.readBody(MAX_KEYVALUE_BYTES)));
      const at = now();
      db.transaction(() => {
        for (const { key, value } of pairs) sql.setKey.run(identity.id, key, JSON.stringify(value ?? null), at);
      })();
      return json(
        200,
        pairs.map(({ key, value }) => ({ key, value: value ?? null })),
      );
    }

    const byId = /^\/users\/([^/]+)$/.exec(path);
    if (byId && method === "GET") {
      if (!identity) throw new StoreError(401, "unauthorized", "Log in to see users");
      const ids = decodeURIComponent(byId[1]!).split(",").filter(Boolean);
      const found = profiles(ids);
      return json(200, ids.length === 1 ? found[0] : found);
    }
    throw new StoreError(404, "notFound", `No account endpoint ${method} ${path}`);
  }

  return {
    identify,
    handle,
    addUser,
    setPassword,
    setRole,
    listUsers: () => sql.users.all().map(toUser),
    removeUser,
    profiles,
  };
}

/** The Studio's current user (`CurrentUser` of @sanity/types). */
function currentUser(identity: NonNullable<Identity>) {
  return {
    id: identity.id,
    name: identity.name,
    email: identity.email,
    provider: identity.via === "api-token" ? "token" : "local",
    role: identity.role,
    roles: [{ name: identity.role, title: ROLE_TITLES[identity.role] }],
  };
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: number | string;
}

function toUser(row: UserRow): StoreUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: String(row.created_at) };
}

function migrate(db: BetterSqlite3.Database): void {
  db.pragma("foreign_keys = ON");
  db.exec(`
    CREATE TABLE IF NOT EXISTS users (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('administrator', 'editor', 'viewer')),
      password_hash TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS sessions (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sessions_user ON sessions (user_id);
    CREATE TABLE IF NOT EXISTS user_keyvalue (
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (user_id, key)
    );
  `);
}

/**
 * The Studio for an API at `apiBase`: on the API's own origin (a path-prefix setup) or on
 * the host the `<projectId>.` prefix was put in front of (`demo1234.localhost:3000` →
 * `localhost:3000`), same scheme.
 */
export function defaultStudioOrigin(studioOrigin: string, apiBase: string, projectId: string): boolean {
  const studio = new URL(studioOrigin);
  const api = new URL(apiBase);
  if (studio.protocol !== api.protocol) return false;
  return studio.host === api.host || api.host === `${projectId}.${studio.host}`;
}

/** Where to send someone who opened the login page by hand: the Studio on the site's host. */
function defaultStudioUrl(apiBase: string, projectId: string): string {
  const api = new URL(apiBase);
  const host = api.host.startsWith(`${projectId}.`) ? api.host.slice(projectId.length + 1) : api.host;
  return `${api.protocol}//${host}/studio`;
}

function header(headers: AccountRequest["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=") || undefined;
  }
  return undefined;
}

function sessionCookie(request: AccountRequest, token: string, maxAgeMs: number): string {
  const secure = request.apiBase.startsWith("https:") ? "; Secure" : "";
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.floor(maxAgeMs / 1000)}${secure}`;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new StoreError(400, "badRequest", "The body is not JSON");
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): AccountResponse {
  return {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
    body: JSON.stringify(body),
  };
}

/** Sanity's error shape, as @sanity/client reads it. */
function errorResponse(error: StoreError): AccountResponse {
  return json(error.status, {
    statusCode: error.status,
    error: { type: error.type, description: error.message, ...error.details },
    message: error.message,
  });
}

// ---------------------------------------------------------------------------
// The login page

type LoginLang = "vi" | "en";
type LoginError = "wrong" | "missing" | "rateLimited" | "badOrigin";

const TEXT: Record<
  LoginLang,
  {
    title: string;
    intro: string;
    email: string;
    password: string;
    submit: string;
    other: string;
    errors: Record<Exclude<LoginError, "rateLimited">, string>;
    rateLimited: (minutes: number) => string;
  }
> = {
  vi: {
    title: "Đăng nhập Studio Hậu Giang",
    intro: "Dùng tài khoản do quản trị viên cấp cho bạn.",
    email: "Email",
    password: "Mật khẩu",
    submit: "Đăng nhập",
    other: "English",
    errors: {
      wrong: "Email hoặc mật khẩu không đúng.",
      missing: "Hãy nhập email và mật khẩu.",
      badOrigin: "Liên kết đăng nhập không hợp lệ. Hãy mở Studio và đăng nhập từ đó.",
    },
    rateLimited: (minutes) =>
      `Quá nhiều lần nhập sai mật khẩu. Vui lòng thử lại sau ${minutes} phút, hoặc nhờ quản trị viên đặt lại mật khẩu.`,
  },
  en: {
    title: "Sign in to the Hậu Giang Studio",
    intro: "Use the account your administrator gave you.",
    email: "E-mail",
    password: "Password",
    submit: "Sign in",
    other: "Tiếng Việt",
    errors: {
      wrong: "Wrong e-mail or password.",
      missing: "Enter your e-mail and password.",
      badOrigin: "This sign-in link is not valid. Open the Studio and sign in from there.",
    },
    rateLimited: (minutes) =>
      `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask an administrator to reset your password.`,
  },
};

const STYLE = `
body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f3f4f6;color:#111827}
main{max-width:24rem;margin:10vh auto;padding:2rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px #0002}
h1{font-size:1.375rem;margin:0 0 .5rem}
label{display:block;margin-top:1rem;font-weight:600}
input{box-sizing:border-box;width:100%;padding:.5rem;font:inherit;border:1px solid #6b7280;border-radius:.25rem}
button{margin-top:1.5rem;width:100%;padding:.625rem;font:inherit;font-weight:600;color:#fff;background:#1d4ed8;border:0;border-radius:.25rem;cursor:pointer}
button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.error{padding:.75rem;margin:1rem 0 0;background:#fef2f2;color:#991b1b;border-left:4px solid #b91c1c}
nav{margin-top:1.5rem;text-align:right}
`;
/** The page's only style, allowed by its hash: no inline script or style needs a nonce. */
const STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

function pickLanguage(request: AccountRequest): LoginLang {
  const asked = request.query.get("lang");
  if (asked === "vi" || asked === "en") return asked;
  const accept = header(request.headers, "accept-language") ?? "";
  // Vietnamese unless the browser prefers English to it.
  const first = accept.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "vi";
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function loginPage(
  status: number,
  page: {
    lang: LoginLang;
    loginUrl: string;
    origin?: string;
    email?: string;
    error?: LoginError;
    retryMinutes?: number;
  },
  extraHeaders: Record<string, string> = {},
): AccountResponse {
  const t = TEXT[page.lang];
  const other: LoginLang = page.lang === "vi" ? "en" : "vi";
  const message =
    page.error === "rateLimited" ? t.rateLimited(page.retryMinutes ?? 1) : page.error ? t.errors[page.error] : "";
  const switchUrl = new URL(page.loginUrl);
  switchUrl.searchParams.set("lang", other);
  if (page.origin) switchUrl.searchParams.set("origin", page.origin);
  const form = page.origin
    ? `<form method="post" action="${escapeHtml(page.loginUrl)}">
<input type="hidden" name="origin" value="${escapeHtml(page.origin)}">
<input type="hidden" name="lang" value="${page.lang}">
<label for="email">${t.email}</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(page.email ?? "")}"${page.email ? "" : " autofocus"}>
<label for="password">${t.password}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${page.email ? " autofocus" : ""}>
<button type="submit">${t.submit}</button>
</form>`
    : "";
  const body = `<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
${message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : ""}
${form}
<nav><a href="${escapeHtml(switchUrl.href)}" hreflang="${other}" lang="${other}">${t.other}</a></nav>
</main>
</body>
</html>`;
  // The form posts here and is redirected to the Studio: form-action must allow both.
  const formTargets = ["'self'", ...(page.origin ? [new URL(page.origin).origin] : [])].join(" ");
  return {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": `default-src 'none'; style-src ${STYLE_HASH}; form-action ${formTargets}; frame-ancestors 'none'; base-uri 'none'`,
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      // The query carries the Studio's address; no need to pass it on.
      "Referrer-Policy": "no-referrer",
      ...extraHeaders,
    },
    body: status === 303 ? "" : body,
  };
}

// ---------------------------------------------------------------------------
// Wiring into the store's HTTP handler

/** How a request reached us: behind one trusted proxy, or directly (TLS or not). */
export interface AccountRouteOptions {
  /** The store's path prefix (`/api/store`): kept in `apiBase` when the request used it. */
  pathPrefix: string;
  /** TRUST_PROXY: the scheme, host and client address come from X-Forwarded-*. */
  trustProxy: boolean;
}

/** A route for the store's handler (`routes` of createStoreHandler) that answers the account paths. */
export function accountRoute(auth: StoreAuth, options: AccountRouteOptions): StoreRoute {
  return async (ctx) => {
    if (!isAccountPath(ctx.path)) return false;
    const { req } = ctx;
    const headers = req.headers as AccountRequest["headers"];
    const forwarded = (name: string) => (options.trustProxy ? header(headers, name)?.split(",")[0]?.trim() : undefined);
    const encrypted = "encrypted" in req.socket && Boolean(req.socket.encrypted);
    const scheme = forwarded("x-forwarded-proto") ?? (encrypted || req.httpVersionMajor === 2 ? "https" : "http");
    const host = forwarded("x-forwarded-host") ?? header(headers, ":authority") ?? header(headers, "host") ?? "";
    const url = req.url ?? "/";
    const prefix = url === options.pathPrefix || url.startsWith(`${options.pathPrefix}/`) ? options.pathPrefix : "";
    const forwardedFor = options.trustProxy ? header(headers, "x-forwarded-for")?.split(",").at(-1)?.trim() : undefined;
    const response = await auth.handle({
      method: ctx.method,
      path: ctx.path,
      query: ctx.url.searchParams,
      headers,
      apiBase: `${scheme}://${host}${prefix}`,
      clientIp: forwardedFor || req.socket.remoteAddress || "unknown",
      readBody: async (limit) => {
        const body = await ctx.body();
        if (body.length > limit) throw new StoreError(413, "requestEntityTooLarge", `The body exceeds ${limit} bytes`);
        return body;
      },
    });
    if (!response) return false;
    const lower = Object.fromEntries(
      Object.entries(response.headers).map(([key, value]) => [key.toLowerCase(), String(value)]),
    );
    ctx.send(response.status, response.body, lower);
    return true;
  };
}
