/**
 * `npm start`, exactly as the README runs it (nothing set but a free PORT, a throwaway
 * inquiry database and a copy of the demo dataset), serves in production: no dataset
 * watcher, error pages without a stack trace, unknown methods refused; and a bad
 * variable stops it before it listens, naming the variable.
 *
 * Slow by nature: each start runs `remix build` first.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/server";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const START_TIMEOUT_MS = 90_000;

/** The environment of a shell that runs `npm start`: none of the test runner's variables. */
function startEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      name === "NODE_ENV" ||
      name === "TEST" ||
      name.startsWith("VITEST") ||
      name.startsWith("SANITY_") ||
      name.startsWith("INQUIRY_")
    ) {
      delete env[name];
    }
  }
  delete env.PUBLIC_URL;
  delete env.CONTENT_DATASET;
  return { ...env, ...extra };
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` in its own process group, so that stopping it stops the server it runs too. */
function npmStart(extra: Record<string, string>): Started {
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    env: startEnv(extra),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function stopGroup(started: Started | undefined): Promise<void> {
  if (!started || started.child.exitCode !== null || started.child.signalCode !== null) return;
  process.kill(-started.child.pid!, "SIGTERM");
  const timer = setTimeout(() => process.kill(-started.child.pid!, "SIGKILL"), 5_000);
  await started.exited;
  clearTimeout(timer);
}

/** A request fetch() refuses to send (TRACE, a malformed Host header). */
function rawRequest(port: number, method: string, pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, method, path: pathname, headers, setHost: !("Host" in headers) },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** What a stack trace or a raw error would leave in a page. */
const STACK = /\bat [\w.<>]+ \(|node_modules|\.js:\d+:\d+|TypeError|Invalid URL/;

function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

describe("npm start", () => {
  let port: number;
  let started: Started | undefined;
  let datasetFile: string;
  let article: { path: string; title: string };

  beforeAll(async () => {
    // A copy of the demo dataset, so the test can change it under the running server.
    const dir = mkdtempSync(path.join(tmpdir(), "hg-npm-start-"));
    cpSync(path.join(ROOT, "studio/seed"), path.join(dir, "seed"), { recursive: true });
    datasetFile = path.join(dir, "seed/production.ndjson");
    const news = readFileSync(datasetFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map(
        (line) =>
          JSON.parse(line) as {
            _type: string;
            kind?: string;
            language?: string;
            title?: string;
            slug?: { current: string };
          },
      )
      .find((d) => d._type === "article" && d.kind === "news" && d.language === "en" && d.title && d.slug);
    article = { path: `/en/news/${news!.slug!.current}`, title: news!.title! };

    port = await freePort();
    started = npmStart({
      PORT: String(port),
      INQUIRY_DB: path.join(dir, "inquiries.sqlite"),
      STORE_DB: path.join(dir, "store.sqlite"),
      CONTENT_DATASET: datasetFile,
    });
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (started.child.exitCode !== null)
        throw new Error(`npm start exited (${started.child.exitCode}):\n${started.output()}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`npm start did not answer on port ${port} within ${START_TIMEOUT_MS} ms:\n${started.output()}`);
  }, START_TIMEOUT_MS + 10_000);

  afterAll(() => stopGroup(started));

  it("says it runs in production with the dataset watcher off", () => {
    expect(started!.output()).toMatch(/Hậu Giang site \(production\) on http:\/\/localhost:\d+/);
    expect(started!.output()).toMatch(/\[content\] embedded dataset .*production\.ndjson, dataset watcher off/);
  });

  it("does not reload the dataset when its file changes", async () => {
    const page = () => fetch(`http://127.0.0.1:${port}${article.path}`).then((r) => r.text());
    const before = await page();
    expect(before).toContain(article.title);

    const probe = "Changed while the server runs";
    writeFileSync(
      datasetFile,
      readFileSync(datasetFile, "utf8").split(JSON.stringify(article.title)).join(JSON.stringify(probe)),
    );
    // In development the watcher reloads within about 150 ms.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const after = await page();
    expect(after).toContain(article.title);
    expect(after).not.toContain(probe);
  });

  it("answers a malformed Host header (the request adapter fails) with the 400 page, without a stack trace", async () => {
    const response = await rawRequest(port, "GET", "/fr/news", { Host: "bad host" });
    expect(response.status).toBe(400);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.headers["cache-control"]).toBe("private, no-store");
    expect(response.body).toMatch(/<html lang="fr"/);
    expect(titleOf(response.body)).toMatch(/^Requête invalide · /);
    expect(response.body).not.toMatch(STACK);
  });

  it("speaks Vietnamese and English on the 400 page when the path names no language", async () => {
    const response = await rawRequest(port, "GET", "/", { Host: "bad host" });
    expect(response.status).toBe(400);
    expect(titleOf(response.body)).toMatch(/^Yêu cầu không hợp lệ \/ Bad request · /);
    expect(response.body).toContain('<section lang="en">');
    expect(response.body).not.toMatch(STACK);
  });

  it("answers TRACE with 405, an Allow header and a page that says why", async () => {
    const response = await rawRequest(port, "TRACE", "/en");
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD, POST");
    expect(titleOf(response.body)).toMatch(/^Method not allowed · /);
    expect(response.body).not.toMatch(STACK);
  });

  it.each(["PUT", "DELETE", "PATCH"])("answers %s on a resource route with 405 and a clear page", async (method) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/indicators.json`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
    const body = await response.text();
    expect(body).not.toContain("Unexpected Server Error");
    expect(titleOf(body)).toMatch(/ \/ Method not allowed · /);
  });

  it("answers POST on a resource route with no action with 405, GET and HEAD allowed", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/indicators.json`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    const body = await response.text();
    expect(body).not.toContain("Unexpected Server Error");
    expect(body).not.toMatch(STACK);
  });

  it("gives a page route's 405 the title of its words", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/en/news`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(titleOf(await response.text())).toMatch(/^Method not allowed · /);
  });
});

describe("npm start with a bad variable", () => {
  it(
    "exits non-zero before listening and names the variable",
    async () => {
      const started = npmStart({
        PORT: "abc",
        INQUIRY_DB: path.join(mkdtempSync(path.join(tmpdir(), "hg-npm-start-")), "inquiries.sqlite"),
      });
      try {
        const code = await started.exited;
        expect(code).not.toBe(0);
        expect(started.output()).toMatch(
          /Invalid environment[\s\S]*PORT must be a whole number from 1 to 65535 \(got "abc"\)/,
        );
        expect(started.output()).not.toMatch(/Hậu Giang site .* on http/);
      } finally {
        await stopGroup(started);
      }
    },
    START_TIMEOUT_MS,
  );
});
