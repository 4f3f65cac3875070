/**
 * `npm run locales:check` on small locale folders: a missing key or plural form fails the
 * run (exit 1) and is named with its language; a key no source names is listed as unused
 * without failing; keys built by a template (`news.kind.${kind}`) count as used.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../../scripts/locales-check.mjs", import.meta.url));

function fixture(locales: Record<string, Record<string, unknown>>, source: string) {
  const root = mkdtempSync(path.join(tmpdir(), "hg-locales-check-"));
  for (const [lang, tree] of Object.entries(locales)) {
    mkdirSync(path.join(root, "locales", lang), { recursive: true });
    writeFileSync(path.join(root, "locales", lang, "common.json"), JSON.stringify(tree));
  }
  mkdirSync(path.join(root, "app"));
  writeFileSync(path.join(root, "app", "page.tsx"), source);
  return root;
}

function run(root: string) {
  const out = spawnSync(
    process.execPath,
    [SCRIPT, "--locales", path.join(root, "locales"), "--app", path.join(root, "app"), "--json"],
    { encoding: "utf8" },
  );
  return {
    status: out.status,
    report: JSON.parse(out.stdout) as Record<string, { missing: string[]; unused: string[] }>,
  };
}

const SOURCE = [
  'const a = t("nav.home");',
  "const b = t(`news.kind.${kind}`);",
  "const html = `<p>${t(`items_${n}`)}</p>`; // a template inside a template",
  '// t("nav.commented") in a comment is no use of the key',
].join("\n");

describe("locales:check", () => {
  it("passes a complete set and lists keys no source names", () => {
    const strings = {
      nav: { home: "Home", unused: "Never shown", commented: "x" },
      news: { kind: { press: "Press", notice: "Notice" } },
      items_one: "{{count}} item",
      items_other: "{{count}} items",
    };
    const { status, report } = run(fixture({ en: strings, vi: { ...strings, items_one: undefined } }, SOURCE));
    expect(status).toBe(0);
    expect(report.en.missing).toEqual([]);
    expect(report.vi.missing).toEqual([]); // Vietnamese has only the `other` form
    expect(report.en.unused).toEqual(["common:nav.commented", "common:nav.unused"]);
  });

  it("fails on a missing key and a missing plural form, naming the language", () => {
    const en = { nav: { home: "Home", about: "About" }, items_one: "{{count}} item", items_other: "{{count}} items" };
    const fr = { nav: { home: "Accueil" }, items_other: "{{count}} éléments" };
    const { status, report } = run(fixture({ en, fr }, 't("nav.home"); t("nav.about"); t("items", { count })'));
    expect(status).toBe(1);
    expect(report.fr.missing).toEqual(["common:nav.about", "common:items_one", "common:items_many"]);
    expect(report.en.missing).toEqual([]);
  });
});
