#!/usr/bin/env node
// `npm run bench`: how fast the built site is, per page type, next to nginx serving the same bytes; prints figures against the targets and never fails on them (not part of `npm test`).
/**
 * Usage: npm run bench [-- --quick] [-- --compare .data/bench/<earlier>.json] [-- --duration 5]
 *
 * One run, in this order (run `npm run build` first):
 * 1. `node server.js` on the embedded default (demo dataset, content store in a temporary
 *    folder) on a free loopback port; each page type of tests/pages.ts fetched once.
 * 2. nginx (Debian's /usr/sbin/nginx) serving those same HTML bytes as static files, with
 *    the same gzip level as the site's `compression` middleware (6, from 1 KB) and Node's
 *    keep-alive (5 s, no request limit), one worker like the one Node process.
 * 3. autocannon on each page, site then nginx: 20 connections, Accept-Encoding: gzip.
 * 4. The server's RSS after the load; `/en` p99 idle and during a burst of prospectus PDFs
 *    and image resizes; the JavaScript each page ships (gzip); Lighthouse (mobile) on
 *    Debian's Chromium; the uncached render cost on the demo dataset and on .data/100k;
 *    the search index build, memory and query p95 on both (scripts/bench-search.mjs).
 * A progress line goes to stderr, the tables to stdout, and the same figures as JSON to
 * .data/bench/<ISO time>.json (with the machine and the git commit) for later --compare.
 * Targets are printed as PASS/FAIL per row; the exit code is 0 whatever they say.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { startBuiltServer } from "./lib/bench-server.mjs";
import { loadTs } from "./lib/load-ts.mjs";
import { heavyBurst, heavyBursts, pageLatencyDuringBurst } from "./lib/burst.mjs";
import { pageJavaScript } from "./lib/page-js.mjs";
import { renderCost } from "./lib/render-cost.mjs";
import { formatSearchReport } from "./lib/search-report.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NGINX = "/usr/sbin/nginx";
const CHROMIUM = "/usr/bin/chromium";
const LIGHTHOUSE = "lighthouse@12.8.2";
const DATASET_100K = ".data/100k";

const TARGETS = {
  ratio: 0.5, // site req/s ÷ nginx req/s, at least
  jsGzipKB: 100, // JavaScript per page, gzip, at most
  renderHomeMs: 10, // uncached render of the home page on the demo dataset, at most
  render100kRatio: 1.5, // uncached render on .data/100k ÷ on the demo, at most
  burstRatio: 2, // /en p99 during the burst ÷ idle, at most
  perf: 98, // Lighthouse performance, at least
  cls: 0, // cumulative layout shift, exactly
  bestPractices: 100, // Lighthouse best practices, exactly
};

// ---------------------------------------------------------------------------
// Arguments.

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const QUICK = flag("--quick");
const COMPARE = option("--compare");
const DURATION_S = Number(option("--duration") ?? (QUICK ? 2 : 4));
const CONNECTIONS = 20;
const RENDER_N = QUICK ? 5 : 20;
if (!(DURATION_S > 0) || (flag("--compare") && !COMPARE)) {
  console.error("Usage: npm run bench [-- --quick] [-- --duration <seconds>] [-- --compare <earlier.json>]");
  process.exit(2);
}
if (!existsSync(path.join(ROOT, "build/index.js")) || !existsSync(path.join(ROOT, "public/build"))) {
  console.error("npm run bench measures the production build, and there is none: run `npm run build` first.");
  process.exit(1);
}

const notes = [];
const note = (text) => {
  notes.push(text);
  progress(`note: ${text}`);
};

const started = Date.now();
function progress(text) {
  const s = Math.round((Date.now() - started) / 1000);
  process.stderr.write(`bench ${String(Math.floor(s / 60)).padStart(2)}:${String(s % 60).padStart(2, "0")} ${text}\n`);
}

// ---------------------------------------------------------------------------
// The pages: one path per page type, in English where the type is visited in English.

const { PAGE_TYPES } = await loadTs({ PAGE_TYPES: "tests/pages.ts" });
const pages = PAGE_TYPES.map((type) => {
  const lang = !type.visitIn || type.visitIn.includes("en") ? "en" : type.visitIn[0];
  return { name: type.name, path: type.path(lang), status: type.status };
});

// ---------------------------------------------------------------------------
// The site, on the embedded default with its data in a temporary folder.

const tmp = mkdtempSync(path.join(os.tmpdir(), "hg-bench-"));
for (const name of Object.keys(process.env)) {
  // The embedded default: no live project, no other dataset, canonical URLs on this origin.
  if (name.startsWith("SANITY_") || name === "CONTENT_DATASET" || name === "PUBLIC_URL") delete process.env[name];
}
progress("starting node server.js (embedded default)");
const site = await startBuiltServer({
  STORE_DB: path.join(tmp, "store.sqlite"),
  INQUIRY_DB: path.join(tmp, "inquiries.sqlite"),
  // The bench is one client: the per-client PDF limit would turn its burst into 429s, which
  // measures the limit, not whether renders starve pages.
  PROSPECTUS_RATE_LIMIT: "100000",
});

const cleanups = [
  () => rmSync(tmp, { recursive: true, force: true }),
  () => site.child.exitCode === null && site.child.kill("SIGTERM"),
];
const cleanup = () =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((fn) => fn());
process.on("exit", cleanup);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

// Each page once, as a browser asks for it: the decompressed HTML becomes nginx's file.
const htmlRoot = path.join(tmp, "html");
let siteEncoding = "";
for (const page of pages) {
  const response = await fetch(site.base + page.path, { headers: { "Accept-Encoding": "gzip" } });
  const html = Buffer.from(await response.arrayBuffer());
  siteEncoding ||= response.headers.get("content-encoding") ?? "";
  if (response.status !== page.status) note(`${page.path} answered ${response.status}, expected ${page.status}`);
  // Folder by path only: the search page's ?q= is no part of the file name (nginx's $uri has no query either).
  const dir = path.join(htmlRoot, decodeURIComponent(new URL(page.path, site.base).pathname));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.html"), html);
  page.htmlBytes = html.length;
}
if (siteEncoding !== "gzip") note(`the site answered with Content-Encoding "${siteEncoding}", not gzip`);

// ---------------------------------------------------------------------------
// nginx on the same bytes.

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startNginx() {
  if (!existsSync(NGINX)) {
    progress("no nginx: trying sudo apt-get install -y nginx");
    spawnSync("sudo", ["-n", "apt-get", "install", "-y", "nginx"], { stdio: "ignore" });
    if (!existsSync(NGINX)) return undefined;
  }
  const prefix = path.join(tmp, "nginx");
  mkdirSync(path.join(prefix, "logs"), { recursive: true });
  const port = await freePort();
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(
    conf,
    `# Generated by scripts/bench.mjs: the site's pages as static files, compressed as the site compresses them.
daemon off;
${process.getuid?.() === 0 ? "user root; # as root nginx's workers would be nobody, who cannot read the temporary folder" : ""}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  default_type application/octet-stream;
  charset utf-8;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  # The compression middleware's defaults: gzip level 6 (zlib's default), nothing under 1 KB, Vary.
  # nginx always compresses text/html (listing it in gzip_types only draws a duplicate warning).
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 1024;
  gzip_vary on;
  # Node's http server: keep-alive 5 s, no limit on requests per connection.
  keepalive_timeout 5s;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    root ${htmlRoot};
    location / { try_files $uri/index.html =404; }
  }
}
`,
  );
  const child = spawn(NGINX, ["-p", prefix, "-c", conf, "-e", path.join(prefix, "logs/error.log")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  cleanups.push(() => child.exitCode === null && child.kill("SIGTERM"));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    let response;
    try {
      response = await fetch(base + pages[0].path);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    // Listening: every page must come back as the very bytes the site sent, gzip-compressed.
    for (const page of pages) {
      response = await fetch(base + page.path, { headers: { "Accept-Encoding": "gzip" } });
      const body = Buffer.from(await response.arrayBuffer());
      const file = readFileSync(
        path.join(htmlRoot, decodeURIComponent(new URL(page.path, base).pathname), "index.html"),
      );
      if (response.status !== 200 || !body.equals(file) || response.headers.get("content-encoding") !== "gzip") {
        throw new Error(`nginx answered ${page.path} with ${response.status}, not the site's bytes gzip-compressed`);
      }
    }
    return { base, child };
  }
  throw new Error(`nginx did not answer on ${base}: ${stderr}`);
}

progress("starting nginx on the same HTML");
let nginx;
try {
  nginx = await startNginx();
  if (!nginx) note("no nginx (/usr/sbin/nginx missing, apt-get install failed): the nginx column is empty");
} catch (error) {
  note(`nginx failed (${error.message.trim()}): the nginx column is empty`);
}
const nginxVersion = nginx
  ? spawnSync(NGINX, ["-v"], { encoding: "utf8" }).stderr.trim().replace("nginx version: ", "")
  : undefined;

// ---------------------------------------------------------------------------
// Load.

async function load(base, pagePath) {
  const result = await autocannon({
    url: base + pagePath,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { "accept-encoding": "gzip" },
  });
  return {
    // Completed requests over the run: the per-second average reads 0 when one request takes longer than a second.
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
    bytesPerReq: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}

for (const page of pages) {
  progress(`load ${page.name} ${page.path}: site`);
  page.site = await load(site.base, page.path);
  if (nginx) {
    progress(`load ${page.name} ${page.path}: nginx`);
    page.nginx = await load(nginx.base, page.path);
    page.ratio = page.site.rps / page.nginx.rps;
  }
}

const vmRss = (pid) => Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? NaN);
const rssKB = vmRss(site.child.pid);
progress(`server RSS after the load: ${(rssKB / 1024).toFixed(0)} MB`);
nginx?.child.kill("SIGTERM");

// /en while heavy requests are in flight (scripts/lib/burst.mjs): 16 prospectus PDFs of
// different languages and sectors, then 8 image variants of 8 widths (each a real transform
// the first time; formats change per round so later rounds transform too).
const homeHtml = await (await fetch(`${site.base}/en`)).text();
const image = /\/images\/[^"?]+\.(?:png|jpg|jpeg|webp)/.exec(homeHtml)?.[0];
const { pdfs, images } = heavyBursts(site.base, image);
const bursts = { pdf: pdfs, image: images };
const burstResult = {};
for (const [name, urls] of Object.entries(bursts)) {
  if (name === "image" && !image) {
    note("no image on /en: no image burst");
    continue;
  }
  progress(`/en idle vs during a burst of ${name === "pdf" ? "16 prospectus PDFs" : "8 image variants"}`);
  const r = await pageLatencyDuringBurst({ baseUrl: site.base, pagePath: "/en", burst: heavyBurst(urls), rounds: 3 });
  burstResult[name] = { idleP99: r.idleP99, burstP99: r.burstP99, ratio: r.ratio, statuses: r.statuses };
}

for (const page of pages) {
  progress(`JavaScript of ${page.name}`);
  page.js = await pageJavaScript(site.base, page.path);
}

// ---------------------------------------------------------------------------
// Lighthouse, mobile profile (its default), on Debian's Chromium.

function lighthouse(url) {
  const local = path.join(ROOT, "node_modules/.bin/lighthouse");
  const [cmd, pre] = existsSync(local) ? [local, []] : ["npx", ["--yes", LIGHTHOUSE]];
  const out = path.join(tmp, "lighthouse.json");
  const run = spawnSync(
    cmd,
    [
      ...pre,
      url,
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox",
      "--quiet",
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, encoding: "utf8", timeout: 180_000 },
  );
  if (run.status !== 0 || !existsSync(out)) throw new Error((run.stderr || run.error?.message || "").slice(-400));
  const lhr = JSON.parse(readFileSync(out, "utf8"));
  rmSync(out);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    perf: score("performance"),
    a11y: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    tbtMs: audit("total-blocking-time"),
  };
}

if (!existsSync(CHROMIUM)) note(`no ${CHROMIUM}: no Lighthouse figures`);
else {
  const audited = QUICK ? pages.filter((p) => p.name === "home") : pages;
  if (QUICK) note("--quick: Lighthouse on the home page only");
  for (const page of audited) {
    progress(`Lighthouse ${page.name} ${page.path}`);
    // A trace can fail on a busy machine (NO_NAVSTART): one more try before giving up on the page.
    for (let attempt = 1; attempt <= 2 && !page.lighthouse; attempt++) {
      try {
        page.lighthouse = lighthouse(site.base + page.path);
      } catch (error) {
        if (attempt === 2) note(`Lighthouse failed on ${page.path}: ${error.message.trim()}`);
      }
    }
  }
}
site.child.kill("SIGTERM");

// ---------------------------------------------------------------------------
// Render cost without caches, on the demo and on the large dataset.

// Pages that answer 200 (the render-cost helper times successful renders; a 404 is not a page to time).
const paths = pages.filter((p) => p.status === 200).map((p) => p.path);
progress(`render cost on the demo dataset (n=${RENDER_N})`);
const renderDemo = await renderCost({ dataset: "studio/seed/production.ndjson", pages: paths, n: RENDER_N });
let render100k;
// The large dataset is made from the demo: one older than the demo lacks pages the demo has now (a 404 to time).
const seedFile = path.join(ROOT, "studio/seed/production.ndjson");
const bigFile = path.join(ROOT, DATASET_100K, "data.ndjson");
const current100k = existsSync(bigFile) && statSync(bigFile).mtimeMs >= statSync(seedFile).mtimeMs;
if (!current100k && QUICK) note(`--quick and no current ${DATASET_100K}: no large-dataset render cost`);
else {
  if (!current100k) {
    progress(`generating ${DATASET_100K} (node scripts/generate-dataset.mjs; missing or older than the demo)`);
    execFileSync(process.execPath, ["scripts/generate-dataset.mjs"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  progress(`render cost on ${DATASET_100K} (n=${RENDER_N})`);
  render100k = await renderCost({ dataset: DATASET_100K, pages: paths, n: RENDER_N });
}
// The site search (scripts/bench-search.mjs, in a process of its own with --expose-gc): index
// build, memory and query latency per language on the demo and, unless --quick without it, on .data/100k.
progress("search index build and query latency (scripts/bench-search.mjs)");
let searchBench;
try {
  const datasets = ["studio/seed/production.ndjson", ...(render100k ? [DATASET_100K] : [])];
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "scripts/bench-search.mjs", "--json", "--n", QUICK ? "5" : "20", ...datasets],
    { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 * 2 ** 20 },
  );
  searchBench = JSON.parse(out.trim().split("\n").at(-1));
} catch (error) {
  note(`search bench failed: ${error.message.trim().slice(0, 300)}`);
}

for (const page of pages) {
  page.renderDemoMs = renderDemo.pages[page.path]?.median;
  page.render100kMs = render100k?.pages[page.path]?.median;
}

// ---------------------------------------------------------------------------
// Report.

const verdict = (checks) => {
  const known = checks.filter((c) => c !== undefined);
  return known.length === 0 ? "–" : known.every(Boolean) ? "PASS" : "FAIL";
};
const n0 = (v) => (Number.isFinite(v) ? v.toFixed(0) : "–");
const n1 = (v) => (Number.isFinite(v) ? v.toFixed(1) : "–");
const n2 = (v) => (Number.isFinite(v) ? v.toFixed(2) : "–");
const check = (v, ok) => (Number.isFinite(v) ? ok(v) : undefined);

function table(title, head, rows) {
  if (rows.length === 0) return console.log(`\n${title}\n(no figures)`);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
}

const commit = spawnSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
const dirty = spawnSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).stdout.trim() !== "";
const cpus = os.cpus();
console.log(
  `npm run bench${QUICK ? " --quick" : ""}: ${cpus.length} × ${cpus[0]?.model.trim()}, load ${os.loadavg().map(n2).join(" ")}, Node ${process.version}, ` +
    `${nginxVersion ? `nginx ${nginxVersion}` : "no nginx"}, commit ${commit.slice(0, 7)}${dirty ? " (dirty)" : ""}; ` +
    `${CONNECTIONS} connections × ${DURATION_S} s per page, Accept-Encoding: gzip (site sends ${siteEncoding || "identity"})`,
);

table(
  `Throughput (target: site/nginx ≥ ${TARGETS.ratio})`,
  ["page", "path", "site req/s", "p50 ms", "p99 ms", "nginx req/s", "p50 ms", "p99 ms", "site/nginx", "failed", ""],
  pages.map((p) => [
    p.name,
    p.path,
    n0(p.site.rps),
    n1(p.site.p50),
    n1(p.site.p99),
    n0(p.nginx?.rps),
    n1(p.nginx?.p50),
    n1(p.nginx?.p99),
    n2(p.ratio),
    // Failed requests, and answers other than the page's own status (the not-found page's 404s are its own).
    p.site.errors + (p.status === 200 ? p.site.non2xx : 0) + (p.nginx ? p.nginx.errors + p.nginx.non2xx : 0),
    verdict([check(p.ratio, (r) => r >= TARGETS.ratio)]),
  ]),
);

table(
  `Weight and render cost (targets: JS ≤ ${TARGETS.jsGzipKB} KB gzip; home on the demo ≤ ${TARGETS.renderHomeMs} ms; 100k/demo ≤ ${TARGETS.render100kRatio})`,
  ["page", "path", "HTML KB", "JS files", "JS KB gzip", "render demo ms", "render 100k ms", "100k/demo", ""],
  pages.map((p) => {
    const ratio = p.render100kMs / p.renderDemoMs;
    p.render100kRatio = Number.isFinite(ratio) ? ratio : undefined;
    return [
      p.name,
      p.path,
      n1(p.htmlBytes / 1024),
      p.js.files.length,
      n1(p.js.gzip / 1024),
      n1(p.renderDemoMs),
      n1(p.render100kMs),
      n2(ratio),
      verdict([
        check(p.js.gzip / 1024, (kb) => kb <= TARGETS.jsGzipKB),
        p.name === "home" ? check(p.renderDemoMs, (ms) => ms <= TARGETS.renderHomeMs) : undefined,
        check(ratio, (r) => r <= TARGETS.render100kRatio),
      ]),
    ];
  }),
);

table(
  `Lighthouse, mobile (targets: performance ≥ ${TARGETS.perf}, CLS ${TARGETS.cls}, best practices ${TARGETS.bestPractices})`,
  ["page", "path", "perf", "a11y", "best pr.", "SEO", "LCP ms", "CLS", "TBT ms", ""],
  pages
    .filter((p) => p.lighthouse)
    .map(({ name, path: pagePath, lighthouse: lh }) => [
      name,
      pagePath,
      lh.perf,
      lh.a11y,
      lh.bestPractices,
      lh.seo,
      n0(lh.lcpMs),
      n2(lh.cls),
      n0(lh.tbtMs),
      verdict([
        check(lh.perf, (v) => v >= TARGETS.perf),
        check(lh.cls, (v) => v <= TARGETS.cls),
        check(lh.bestPractices, (v) => v >= TARGETS.bestPractices),
      ]),
    ]),
);

if (searchBench)
  console.log(`\nSearch (MiniSearch; p50/p95 per query, ten hits with snippets)\n${formatSearchReport(searchBench)}`);

console.log(`\nServer RSS after the load: ${n0(rssKB / 1024)} MB`);
for (const [name, r] of Object.entries(burstResult)) {
  console.log(
    `/en p99 idle ${n1(r.idleP99)} ms, during the ${name} burst ${n1(r.burstP99)} ms: ` +
      `${n2(r.ratio)}× (target ≤ ${TARGETS.burstRatio}×) ${r.ratio <= TARGETS.burstRatio ? "PASS" : "FAIL"} ${JSON.stringify(r.statuses)}`,
  );
}
for (const text of notes) console.log(`note: ${text}`);

const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim(),
    memoryMB: Math.round(os.totalmem() / 2 ** 20),
    loadavg: os.loadavg(),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    nginx: nginxVersion ?? null,
  },
  git: { commit, dirty },
  options: { quick: QUICK, connections: CONNECTIONS, durationS: DURATION_S, renderN: RENDER_N },
  targets: TARGETS,
  siteEncoding,
  pages,
  rssKB,
  burst: burstResult,
  search: searchBench ?? null,
  notes,
};

if (COMPARE) {
  const before = JSON.parse(readFileSync(COMPARE, "utf8"));
  const old = new Map(before.pages.map((p) => [p.name, p]));
  const delta = (now, was) =>
    Number.isFinite(now) && Number.isFinite(was) && was ? `${n0(((now - was) / was) * 100)}%` : "–";
  table(
    `Against ${COMPARE} (${before.date}, commit ${before.git?.commit?.slice(0, 7)})`,
    ["page", "path", "site req/s", "was", "Δ", "site/nginx", "was", "render demo ms", "was", "perf", "was"],
    pages.map((p) => {
      const o = old.get(p.name) ?? {};
      return [
        p.name,
        p.path,
        n0(p.site.rps),
        n0(o.site?.rps),
        delta(p.site.rps, o.site?.rps),
        n2(p.ratio),
        n2(o.ratio),
        n1(p.renderDemoMs),
        n1(o.renderDemoMs),
        p.lighthouse?.perf ?? "–",
        o.lighthouse?.perf ?? "–",
      ];
    }),
  );
  console.log(`RSS ${n0(rssKB / 1024)} MB (was ${n0(before.rssKB / 1024)} MB)`);
}

const outDir = path.join(ROOT, ".data/bench");
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `${report.date.replace(/:/g, "-")}.json`);
writeFileSync(outFile, JSON.stringify(report, null, 2) + "\n");
console.log(`\nFigures saved to ${path.relative(ROOT, outFile)}`);
process.exit(0);
