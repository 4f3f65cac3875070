/**
 * `npm run translations:status` over a store seeded from the demo dataset: tables per
 * language, JSON, the filters, and the exit code CI relies on (1 while a published
 * public-language translation is stale or identical, 0 otherwise, 2 on bad usage).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStatusCommand } from "~/translations/status-cli.server";
import type { TranslationStatusRow } from "~/translations/status";

let dir: string;
let env: Record<string, string>;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runStatusCommand(argv, { log: (l) => out.push(l), error: (l) => err.push(l), env });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "tr-status-"));
  env = { STORE_DB: path.join(dir, "store.sqlite"), CONTENT_DATASET: "studio/seed/production.ndjson" };
  // The first run seeds the new store, as the server would.
  await run("--json");
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("translations:status", () => {
  it("prints a table per language with counts and fails while seeded translations are stale", async () => {
    const { code, out } = await run();
    expect(code).toBe(1);
    expect(out).toMatch(/^en: 48 — current 47, stale 1, missing 0/m);
    expect(out).toMatch(
      /STALE +event +event-nga-bay-day-2024-vi +event-nga-bay-day-2024-en +needsReview +source changed .*: summary/,
    );
    expect(out).toContain("3 published translation(s) stale or identical to the source: exit code 1.");
  });

  it("gives JSON rows with the stale fields", async () => {
    const { code, out } = await run("--json", "--state", "stale");
    expect(code).toBe(1);
    const json = JSON.parse(out) as { failing: number; rows: TranslationStatusRow[] };
    expect(json.failing).toBe(3);
    expect(json.rows.map((r) => `${r.language} ${r.documentId} ${r.staleFields?.join()}`)).toEqual([
      "ja article-international-rice-festival-2023-ja excerpt",
      "ko article-international-rice-festival-2023-ko excerpt",
      "en event-nga-bay-day-2024-en summary",
    ]);
  });

  it("filters by language and type, and exits 0 when nothing in them is stale", async () => {
    const zh = await run("--lang", "zh-Hans", "--json");
    expect(zh.code).toBe(0);
    const rows = (JSON.parse(zh.out) as { rows: TranslationStatusRow[] }).rows;
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(["zh-Hans"]));
    expect(rows.filter((r) => r.status === "current").length).toBeGreaterThan(0);

    const pages = await run("--type", "page", "--lang", "ja,ko");
    expect(pages.code).toBe(0);
    expect(pages.out).toMatch(/^ja: 5 /m);
    expect(pages.out).not.toMatch(/article|event/);
  });

  it("refuses unknown values with the usage and exit code 2", async () => {
    const bad = await run("--state", "old");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--state");
    expect(bad.err).toContain("Usage: npm run translations:status");
    expect((await run("--lang", "vi")).code).toBe(2);
    expect((await run("--frobnicate")).code).toBe(2);
  });
});
