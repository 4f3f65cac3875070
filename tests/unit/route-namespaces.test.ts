/**
 * A page loads only the UI-string namespaces its matched routes declare in
 * `handle.i18n` (app/i18n/config.ts), so every namespace a page's code uses must be
 * declared by its route or a parent, and a route declares none it does not use.
 * "Uses" is read from the source the browser runs: the route module and every app
 * module it imports, except `.server` modules (loaders run on the server, which holds
 * every namespace): `useTranslation("ns")`, `useTranslation(["a", "b"])`, `t("ns:key")`;
 * `useTranslation()` is `common`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NAMESPACES, routeNamespaces, type Namespace } from "../../app/i18n/config";

const APP = fileURLToPath(new URL("../../app/", import.meta.url));
const ROUTES = path.join(APP, "routes");

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("~/")) base = path.join(APP, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && !candidate.endsWith("/") && /\.(tsx?|js)$/.test(candidate)) return candidate;
  }
  return undefined;
}

const NS = NAMESPACES.join("|");

/** The namespaces one file's code uses. */
function usedIn(source: string): Set<Namespace> {
  const used = new Set<Namespace>();
  for (const [, args] of source.matchAll(/useTranslation\(([^)]*)\)/g)) {
    const named = [...args.matchAll(/["'`]([\w-]+)["'`]/g)].map((m) => m[1]);
    for (const ns of named.length ? named : ["common"]) used.add(ns as Namespace);
  }
  for (const [, ns] of source.matchAll(new RegExp(`\\bt\\(\\s*["'\`](${NS}):`, "g"))) used.add(ns as Namespace);
  return used;
}

/** The namespaces a route module's browser code uses, through its imports. */
function usedByModule(file: string): Set<Namespace> {
  const seen = new Set<string>();
  const used = new Set<Namespace>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    const source = readFileSync(current, "utf8");
    for (const ns of usedIn(source)) used.add(ns);
    for (const [, specifier] of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
      const target = resolveImport(current, specifier);
      if (target && !/\.server\.(tsx?|js)$/.test(target)) visit(target);
    }
  };
  visit(file);
  return used;
}

/** What a route module declares in `export const handle … = { i18n: [...] }`. */
function declaredBy(file: string): Namespace[] {
  const match = /export const handle\b[^=]*=\s*\{\s*i18n:\s*(\[[^\]]*\]|"[^"]*")/.exec(readFileSync(file, "utf8"));
  return match
    ? routeNamespaces([{ i18n: JSON.parse(match[1]) }]).filter((ns) => ns !== "common" || match[1].includes("common"))
    : [];
}

/** Flat-routes parents: the longest dotted prefixes that are route files themselves, then root. */
function parentsOf(name: string, names: Set<string>): string[] {
  const segments = name.split(/\.(?![^[]*\])/);
  const parents: string[] = [];
  for (let i = segments.length - 1; i > 0; i--) {
    const prefix = segments.slice(0, i).join(".");
    if (names.has(prefix)) parents.push(prefix);
  }
  return parents;
}

const files = readdirSync(ROUTES).filter((f) => /\.tsx?$/.test(f));
const names = new Set(files.map((f) => f.replace(/\.tsx?$/, "")));
const rootFile = path.join(APP, "root.tsx");
/** Pages (a default export); resource routes render nothing and load no strings. */
const pages = files.filter((f) => /^export default function/m.test(readFileSync(path.join(ROUTES, f), "utf8")));

describe("route namespaces", () => {
  it("root declares common, the namespace of the header, footer and error pages", () => {
    expect(declaredBy(rootFile)).toEqual(["common"]);
    expect([...usedByModule(rootFile)]).toEqual(["common"]);
  });

  it.each(pages)("%s declares (with its parents) every namespace its page uses, and no other", (file) => {
    const name = file.replace(/\.tsx?$/, "");
    const chain = [
      rootFile,
      ...parentsOf(name, names).map((p) =>
        path.join(
          ROUTES,
          files.find((f) => f.replace(/\.tsx?$/, "") === p)!,
        ),
      ),
    ];
    const declared = new Set([...declaredBy(path.join(ROUTES, file)), ...chain.flatMap(declaredBy)]);
    const used = usedByModule(path.join(ROUTES, file));
    expect(
      [...used].filter((ns) => !declared.has(ns)),
      "used but not declared",
    ).toEqual([]);
    expect(
      declaredBy(path.join(ROUTES, file)).filter((ns) => !used.has(ns)),
      "declared but not used",
    ).toEqual([]);
  });

  it("routeNamespaces puts common first, once, and drops unknown names", () => {
    expect(
      routeNamespaces([undefined, { i18n: "investment" }, { i18n: ["inquiry", "investment", "nope"] }, { other: 1 }]),
    ).toEqual(["common", "investment", "inquiry"]);
  });
});
