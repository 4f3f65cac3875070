// The search benchmark's figures as text: printed by scripts/bench-search.mjs and by scripts/bench.mjs (which runs it with --json).
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** One paragraph per dataset: the content read, then a row per language (documents, build, heap, query latency). */
export function formatSearchReport(r) {
  const lines = [];
  for (const d of r.datasets) {
    if (d.missing) {
      lines.push(`${d.dataset}: missing`);
      continue;
    }
    lines.push(
      `${path.relative(ROOT, d.dataset) || d.dataset}: content query ${d.contentQueryMs} ms (${d.contentHeapMB} MB heap), ` +
        `indexes ${d.indexHeapMB} MB heap for six languages, process RSS ${d.rssMB} MB`,
    );
    lines.push("  lang      docs   build ms  heap MB   p50 ms  p95 ms  max ms  (queries)");
    for (const [lang, l] of Object.entries(d.languages)) {
      lines.push(
        `  ${lang.padEnd(8)}${String(l.documents).padStart(6)}${String(l.buildMs).padStart(11)}${String(l.heapMB).padStart(9)}` +
          `${String(l.p50Ms).padStart(9)}${String(l.p95Ms).padStart(8)}${String(l.maxMs).padStart(8)}  (${l.queries})`,
      );
    }
  }
  return lines.join("\n");
}
