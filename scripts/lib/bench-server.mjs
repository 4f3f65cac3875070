// Shared by the benchmark scripts: start the production build on a free loopback port and wait until /healthz says the content is loaded.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `node server.js` with NODE_ENV=production and the given extra environment, never a live
 * Sanity project. Resolves with its origin, the child process and the time it took to be ready.
 */
export async function startBuiltServer(extraEnv = {}, { timeoutMs = 120_000 } = {}) {
  if (!existsSync(`${ROOT}/build/index.js`)) {
    console.error("No build: run `npm run build` first.");
    process.exit(1);
  }
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: "production", PORT: String(port), ...extraEnv };
  delete env.SANITY_PROJECT_ID;
  const child = spawn(process.execPath, ["server.js"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  const started = performance.now();
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // Not listening yet: try again.
    }
    if (performance.now() - started > timeoutMs) {
      child.kill("SIGTERM");
      throw new Error("server did not start");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, child, startMs: performance.now() - started };
}

/** One GET, timed, body read; anything but 200 is an error. */
export async function timeGet(url) {
  const t0 = performance.now();
  const r = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
  const body = await r.text();
  if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
  return { ms: performance.now() - t0, body };
}

/** The p-th percentile of an ascending array. */
export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
