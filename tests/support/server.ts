/**
 * Vitest globalSetup for the integration and browser projects: starts the production
 * server (`node server.js` on the build that scripts/test.sh made) on a free port and
 * hands its origin to the tests as `inject("baseUrl")`.
 *
 * Both projects list this file, and Vitest runs a globalSetup once per project; the
 * server lives on `globalThis` of the Vitest main process so the two share one server
 * and the last teardown stops it. With TEST_BASE_URL set, nothing is started and the
 * tests run against that origin instead.
 *
 * `startServer` is also exported for tests that need a server in another configuration
 * (e.g. a content outage for the 503 page).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The shared server's inquiry database ("" when TEST_BASE_URL points elsewhere). */
    inquiryDb: string;
    /** The shared server's content store database ("" when TEST_BASE_URL points elsewhere). */
    storeDb: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const START_TIMEOUT_MS = 30_000;

/**
 * The automation token the test servers accept (`Authorization: Bearer …` is an
 * administrator of the content store); STORE_API_TOKEN in the runner's environment wins.
 */
export const TEST_STORE_TOKEN = process.env.STORE_API_TOKEN || "test-store-token-0123456789abcdef";
const STOP_TIMEOUT_MS = 5_000;

interface SharedServer {
  baseUrl: Promise<string>;
  inquiryDb?: string;
  storeDb?: string;
  server?: RunningServer;
  users: number;
}

export interface RunningServer {
  baseUrl: string;
  /** The SQLite file this server writes inquiries to. */
  inquiryDb: string;
  /** The SQLite file of its content store. */
  storeDb: string;
  /** The server's process id (for tests that kill it hard). */
  pid: number;
  /** Everything the server printed lately, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

const KEY = Symbol.for("haugiang.tests.server");
type Registry = { [KEY]?: SharedServer };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const registry = globalThis as Registry;
  let shared = registry[KEY];
  if (!shared) {
    shared = { users: 0, baseUrl: Promise.resolve("") };
    const state = shared;
    shared.baseUrl = process.env.TEST_BASE_URL
      ? Promise.resolve(process.env.TEST_BASE_URL.replace(/\/$/, ""))
      : startServer().then((server) => {
          state.server = server;
          state.inquiryDb = server.inquiryDb;
          state.storeDb = server.storeDb;
          return server.baseUrl;
        });
    registry[KEY] = shared;
  }
  shared.users += 1;
  project.provide("baseUrl", await shared.baseUrl);
  project.provide("inquiryDb", shared.inquiryDb ?? "");
  project.provide("storeDb", shared.storeDb ?? "");

  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete registry[KEY];
    await shared.server?.stop();
  };
}

/** Starts `node server.js` on a free port with the given extra environment; resolves once it answers. */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(`${ROOT}/build/index.js`)) {
    throw new Error(
      "No production build: run `npx remix build` (scripts/test.sh does) before the integration and browser tests.",
    );
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port) };
  // The expectations are written against the embedded demo dataset, never a live
  // project, and canonical URLs against this origin.
  delete env.SANITY_PROJECT_ID;
  delete env.PUBLIC_URL;
  // Test inquiries go to a throwaway database, never the developer's .data/inquiries.sqlite.
  env.INQUIRY_DB = path.join(mkdtempSync(path.join(tmpdir(), "hg-inquiries-")), "inquiries.sqlite");
  // Likewise the content store (seeded afresh from the demo dataset), with a known token.
  env.STORE_DB = path.join(mkdtempSync(path.join(tmpdir(), "hg-store-")), "store.sqlite");
  env.STORE_API_TOKEN = TEST_STORE_TOKEN;
  Object.assign(env, extraEnv);

  const child = spawn(process.execPath, ["server.js"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server.js exited (${child.exitCode ?? child.signalCode}) before answering:\n${output}`);
    }
    try {
      // Any HTTP answer means the server listens; `/` redirects, so don't follow it.
      await fetch(`${baseUrl}/`, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
      return {
        baseUrl,
        inquiryDb: env.INQUIRY_DB!,
        storeDb: env.STORE_DB!,
        pid: child.pid!,
        output: () => output,
        stop: () => stop(child),
      };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await stop(child);
  throw new Error(`server.js did not answer on ${baseUrl} within ${START_TIMEOUT_MS} ms:\n${output}`);
}

/** Stops the server by its own PID: SIGTERM, then SIGKILL if it lingers. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** A TCP port nobody listens on right now (for servers a test starts itself). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}
