#!/usr/bin/env node
// Inquiry throughput: starts the production server (build/ must exist) on a loopback port with a temporary database and prints acknowledged inquiries per second, sequentially and with 8 concurrent clients.
//
//   node scripts/bench-inquiries.mjs [--count 300] [--seconds 20]
//
// One inquiry = GET the form (token + cookie) + POST it + the 303 that acknowledges it
// (sent only after the SQLite commit with synchronous=FULL). Bounded in count and time;
// talks to 127.0.0.1 only; removes its database afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBuiltServer } from "./lib/bench-server.mjs";
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = Math.min(arg("count", 300), 5_000);
const SECONDS = Math.min(arg("seconds", 20), 120);

const dir = mkdtempSync(path.join(tmpdir(), "bench-inquiries-"));
const { base, child } = await startBuiltServer(
  {
    INQUIRY_DB: path.join(dir, "inquiries.sqlite"),
    INQUIRY_MIN_FILL_MS: "0",
    INQUIRY_RATE_LIMIT: "1000000",
    INQUIRY_SECRET: "benchmark-secret-0123456789abcdefghij",
  },
  { timeoutMs: 30_000 },
);

const FIELDS = {
  name: "Bench Investor",
  organisation: "Benchmark Co.",
  country: "JP",
  email: "bench@example.jp",
  phone: "",
  preferredLanguage: "ja",
  topic: "incentives",
  opportunity: "",
  message: "Benchmark inquiry about investment incentives for a 10 ha factory.",
  consent: "yes",
  website: "",
};

async function inquiry() {
  const page = await fetch(`${base}/en/invest/inquiry`);
  const html = await page.text();
  const token = /name="formToken" value="([^"]+)"/.exec(html)?.[1];
  const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0];
  const started = performance.now();
  const r = await fetch(`${base}/en/invest/inquiry`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ ...FIELDS, formToken: token }).toString(),
  });
  await r.arrayBuffer();
  if (r.status !== 303) throw new Error(`POST answered ${r.status}`);
  return performance.now() - started;
}

async function run(concurrency) {
  const deadline = Date.now() + SECONDS * 1000;
  const latencies = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < COUNT && Date.now() < deadline) {
        issued++;
        latencies.push(await inquiry());
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(
    `concurrency ${concurrency}: ${latencies.length} acknowledged in ${seconds.toFixed(1)} s = ${(latencies.length / seconds).toFixed(1)} inquiries/s (form GET + POST); POST→303 p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`,
  );
}

try {
  for (let i = 0; i < 10; i++) await inquiry(); // warm-up, not counted
  console.log(
    `Inquiry benchmark on ${base} (SQLite WAL, synchronous=FULL, ${process.platform} ${process.arch}, node ${process.version})`,
  );
  await run(1);
  await run(8);
} finally {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  rmSync(dir, { recursive: true, force: true });
}
