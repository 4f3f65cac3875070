#!/usr/bin/env node
/**
 * `npm run locales:check`: per language, the UI-string keys that are missing (a key some
 * language has, or a plural form the language's Intl rules need) and the keys nothing in
 * app/ refers to. Missing keys exit 1, so CI (scripts/test.sh) fails on them; unused keys
 * are listed for cleaning up and do not fail the run.
 *
 * "Used" comes from a static scan of app/: a key is used when a string literal equals it
 * (with or without its `namespace:` prefix; plural forms `key_one` … count through `key`),
 * or when a template literal with a literal part matches it (`news.kind.${kind}` covers
 * every `news.kind.*`, which is how the labels of app/content/vocabulary.ts are looked
 * up). Comments do not count: a commented-out call is no use. Keys reached only through
 * a computed name are listed in ALLOWED_UNREFERENCED.
 *
 *   node scripts/locales-check.mjs [--locales DIR] [--app DIR] [--json]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Keys no literal in app/ names, with why they are still used. Keep each with its reason;
 * a key that becomes referenced directly can leave the list.
 */
const ALLOWED_UNREFERENCED = new Map([
  // (none today: every key is named by a literal or matched by a template in app/)
]);

const PLURAL_SUFFIXES = ["zero", "one", "two", "few", "many", "other"];
const PLURAL_KEY = new RegExp(`^(.*)_(${PLURAL_SUFFIXES.join("|")})$`);

function parseArgs(argv) {
  const options = { locales: path.join(ROOT, "locales"), app: path.join(ROOT, "app"), json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--locales") options.locales = path.resolve(argv[++i] ?? "");
    else if (arg === "--app") options.app = path.resolve(argv[++i] ?? "");
    else if (arg === "--json") options.json = true;
    else {
      console.error(
        `Unknown argument ${arg}\nUsage: node scripts/locales-check.mjs [--locales DIR] [--app DIR] [--json]`,
      );
      process.exit(2);
    }
  }
  return options;
}

/** `{ a: { b: "x" } }` → `["a.b"]`. */
function flatKeys(tree, prefix = "") {
  const keys = [];
  for (const [name, value] of Object.entries(tree ?? {})) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === "string") keys.push(key);
    else if (value && typeof value === "object" && !Array.isArray(value)) keys.push(...flatKeys(value, key));
  }
  return keys;
}

/** The plural forms i18next looks up for a cardinal count in this language (`_zero` is optional everywhere). */
function requiredPluralForms(lang) {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return PLURAL_SUFFIXES.filter((s) => s === "other" || categories.includes(s));
}

/** locales/<lang>/<ns>.json → Map(lang → Map(ns → keys)). */
function readLocales(dir) {
  const out = new Map();
  for (const lang of readdirSync(dir).sort()) {
    if (!statSync(path.join(dir, lang)).isDirectory()) continue;
    const namespaces = new Map();
    for (const file of readdirSync(path.join(dir, lang)).sort()) {
      if (!file.endsWith(".json")) continue;
      const tree = JSON.parse(readFileSync(path.join(dir, lang, file), "utf8"));
      namespaces.set(file.slice(0, -".json".length), flatKeys(tree));
    }
    out.set(lang, namespaces);
  }
  return out;
}

/** Every source file of app/ (not the generated types, which name no UI string). */
function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(tsx?|jsx?|mjs)$/.test(entry.name) && entry.name !== "sanity.types.ts") files.push(full);
  }
  return files;
}

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The string literals of a source text, and its template literals as lists of literal
 * parts (split where a `${…}` stands). A small tokenizer rather than one regular
 * expression: templates nest (`${t(`error.${code}`)}` inside an HTML template), and a
 * quote inside a comment or a template must not start a string.
 */
export function scanSource(text) {
  const strings = [];
  const templates = [];
  let i = 0;
  /** Reads a template from the character after its opening backtick; returns its literal parts. */
  function template() {
    const parts = [""];
    while (i < text.length) {
      const c = text[i];
      if (c === "\\") {
        parts[parts.length - 1] += text[i + 1] ?? "";
        i += 2;
      } else if (c === "`") {
        i++;
        return parts;
      } else if (c === "$" && text[i + 1] === "{") {
        i += 2;
        code("}");
        parts.push("");
      } else {
        parts[parts.length - 1] += c;
        i++;
      }
    }
    return parts;
  }
  /** Reads code until the closing character at depth 0 (or the end). */
  function code(close) {
    let depth = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === "/" && text[i + 1] === "/") {
        const end = text.indexOf("\n", i);
        i = end === -1 ? text.length : end;
      } else if (c === "/" && text[i + 1] === "*") {
        const end = text.indexOf("*/", i + 2);
        i = end === -1 ? text.length : end + 2;
      } else if (c === '"' || c === "'") {
        let value = "";
        i++;
        while (i < text.length && text[i] !== c && text[i] !== "\n") {
          if (text[i] === "\\") {
            value += text[i + 1] ?? "";
            i += 2;
          } else value += text[i++];
        }
        i++;
        strings.push(value);
      } else if (c === "`") {
        i++;
        const parts = template();
        if (parts.length === 1) strings.push(parts[0]);
        else templates.push(parts);
      } else if (c === "{" || c === "(" || c === "[") {
        depth++;
        i++;
      } else if (c === "}" || c === ")" || c === "]") {
        if (depth === 0 && c === close) {
          i++;
          return;
        }
        depth--;
        i++;
      } else i++;
    }
  }
  code(undefined);
  return { strings, templates };
}

/** What app/ names: every string literal, and every template with a literal part as a pattern. */
function scanReferences(appDir) {
  const literals = new Set();
  const patterns = [];
  for (const file of sourceFiles(appDir)) {
    const { strings, templates } = scanSource(readFileSync(file, "utf8"));
    for (const s of strings) literals.add(s);
    for (const parts of templates) {
      // Each ${…} stands for any text; a template without a letter of its own names no key.
      if (!parts.some((part) => /[A-Za-z]/.test(part))) continue;
      patterns.push(new RegExp(`^${parts.map(escapeRegex).join(".+")}$`));
    }
  }
  return { literals, patterns };
}

function isReferenced(ns, key, refs) {
  const { base } = PLURAL_KEY.exec(key) ? { base: PLURAL_KEY.exec(key)[1] } : { base: key };
  for (const candidate of new Set([key, base])) {
    if (refs.literals.has(candidate) || refs.literals.has(`${ns}:${candidate}`)) return true;
    if (refs.patterns.some((p) => p.test(candidate) || p.test(`${ns}:${candidate}`))) return true;
  }
  return ALLOWED_UNREFERENCED.has(`${ns}:${key}`);
}

export function checkLocales({ locales, app }) {
  const all = readLocales(locales);
  const namespaces = new Set([...all.values()].flatMap((n) => [...n.keys()]));
  const refs = scanReferences(app);
  const report = {};
  for (const [lang, byNs] of all) {
    const missing = [];
    const unused = [];
    for (const ns of [...namespaces].sort()) {
      // Base keys from every language, so a key added to one file is demanded of all.
      const plain = new Set();
      const plural = new Set();
      for (const other of all.values()) {
        for (const key of other.get(ns) ?? []) {
          const match = PLURAL_KEY.exec(key);
          if (match) plural.add(match[1]);
          else plain.add(key);
        }
      }
      const have = new Set(byNs.get(ns) ?? []);
      if (!byNs.has(ns)) missing.push(`${ns}.json (the whole file)`);
      for (const key of [...plain].sort()) if (!plural.has(key) && !have.has(key)) missing.push(`${ns}:${key}`);
      for (const base of [...plural].sort()) {
        for (const suffix of requiredPluralForms(lang)) {
          if (!have.has(`${base}_${suffix}`)) missing.push(`${ns}:${base}_${suffix}`);
        }
      }
      for (const key of [...have].sort()) if (!isReferenced(ns, key, refs)) unused.push(`${ns}:${key}`);
    }
    report[lang] = { missing, unused };
  }
  return report;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const report = checkLocales(options);
  const missingCount = Object.values(report).reduce((n, r) => n + r.missing.length, 0);
  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const [lang, { missing, unused }] of Object.entries(report)) {
      console.log(`${lang}: ${missing.length} missing, ${unused.length} unused`);
      for (const key of missing) console.log(`  missing ${key}`);
      for (const key of unused) console.log(`  unused  ${key}`);
    }
    console.log(
      missingCount
        ? `${missingCount} missing key(s): add them to every language (locales/<lang>/<ns>.json).`
        : "No missing keys.",
    );
  }
  process.exit(missingCount ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
