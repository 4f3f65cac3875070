/**
 * Checks documents against the schema the Studio extracts (`sanity schema extract`,
 * studio/schema.json), the way the Content Lake and the Studio would see them, plus the
 * dataset-wide rules of docs/content-model.md: references resolve, slugs are unique per
 * language, and every language code comes from app/i18n/languages.ts.
 *
 * Problems come back as readable lines (`<id> <path>: <what is wrong>`), so a failing
 * test shows every problem at once.
 */

// --- The extracted schema (the subset of its type nodes that documents can hold) ---------

export type TypeNode =
  | { type: "string"; value?: string }
  | { type: "number"; value?: number }
  | { type: "boolean"; value?: boolean }
  | { type: "null" }
  | { type: "unknown" }
  | { type: "inline"; name: string }
  | { type: "union"; of: TypeNode[] }
  | { type: "array"; of: TypeNode }
  | ObjectNode;

export interface ObjectNode {
  type: "object";
  attributes: Record<string, { type: "objectAttribute"; value: TypeNode; optional?: boolean }>;
  rest?: TypeNode;
  dereferencesTo?: string;
}

export type SchemaEntry =
  | { name: string; type: "document"; attributes: ObjectNode["attributes"] }
  | { name: string; type: "type"; value: TypeNode };

export type Doc = { _id: string; _type: string; [field: string]: unknown };

/** Where a string field holds a date or a datetime; the extracted schema only says "string". */
export type FieldFormats = ReadonlyMap<string, "date" | "datetime">;

export interface DatasetRules {
  languages: readonly string[];
  /** Types translated as whole documents: each document needs a `language` from the list. */
  documentLevelTypes: readonly string[];
  formats: FieldFormats;
}

// --- Small predicates -------------------------------------------------------------------

const ID_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Export format for assets: what `sanity dataset export` writes (docs/content-model.md). */
const ASSET_PATTERN = /^(image@file:\/\/\.\/images\/|file@file:\/\/\.\/files\/)[^/]+$/;
/** The schemes the Studio's link annotation accepts (`rule.uri`), which extraction drops. */
const LINK_PATTERN = /^(https?:\/\/|mailto:|tel:)/;
/** Keys Sanity itself maintains on any object. */
const SYSTEM_KEYS = new Set(["_id", "_type", "_rev", "_createdAt", "_updatedAt", "_key"]);

export const publishedId = (id: string) => id.replace(/^drafts\./, "");
export const isDraft = (id: string) => id.startsWith("drafts.");

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function isValidDate(value: string, format: "date" | "datetime"): boolean {
  const pattern = format === "date" ? DATE_PATTERN : DATETIME_PATTERN;
  return pattern.test(value) && !Number.isNaN(Date.parse(value));
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

// --- Walking one value against its type node --------------------------------------------

interface Context {
  schema: ReadonlyMap<string, SchemaEntry>;
  rules: DatasetRules;
  /** Every document in the dataset by `_id`, to resolve references. */
  docs: ReadonlyMap<string, Doc>;
  problems: string[];
  docId: string;
}

/**
 * `owner` is the nearest named type and `path` the field path inside it; together they
 * key the date formats (see `collectFieldFormats`). `at` is the path shown in messages.
 */
interface Where {
  owner: string;
  path: string;
  at: string;
}

function report(ctx: Context, where: Where, message: string) {
  ctx.problems.push(`${ctx.docId} ${where.at || "(document)"}: ${message}`);
}

function checkValue(ctx: Context, node: TypeNode, value: unknown, where: Where): void {
  switch (node.type) {
    case "unknown":
      return;
    case "null":
      if (value !== null) report(ctx, where, `expected null, got ${describe(value)}`);
      return;
    case "string": {
      if (typeof value !== "string") return report(ctx, where, `expected a string, got ${describe(value)}`);
      if (node.value !== undefined && value !== node.value)
        return report(ctx, where, `expected "${node.value}", got "${value}"`);
      const format = ctx.rules.formats.get(`${where.owner}${where.path}`);
      if (format && !isValidDate(value, format)) report(ctx, where, `expected a ${format}, got "${value}"`);
      return;
    }
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value))
        report(ctx, where, `expected a number, got ${describe(value)}`);
      return;
    case "boolean":
      if (typeof value !== "boolean") report(ctx, where, `expected a boolean, got ${describe(value)}`);
      return;
    case "inline":
      return checkInline(ctx, node.name, value, where);
    case "union":
      return checkUnion(ctx, node, value, where);
    case "array":
      return checkArray(ctx, node, value, where);
    case "object":
      return checkObject(ctx, node, value, where);
  }
}

function checkInline(ctx: Context, name: string, value: unknown, where: Where) {
  const entry = ctx.schema.get(name);
  if (!entry) return report(ctx, where, `schema has no type "${name}"`);
  const inner: Where = { owner: name, path: "", at: where.at };
  if (name === "slug") checkSlug(ctx, value, where);
  // Field-level translations name their language in a `language` field (internationalized
  // array plugin 5; earlier versions used `_key`), once per language.
  if (name.startsWith("internationalizedArray") && Array.isArray(value)) {
    const seen = new Set<unknown>();
    for (const item of value) {
      const language = isPlainObject(item) ? item.language : undefined;
      if (typeof language !== "string" || !ctx.rules.languages.includes(language)) {
        report(ctx, where, `translation language ${JSON.stringify(language)} is not in the language list`);
      } else if (seen.has(language)) {
        report(ctx, where, `translation language "${language}" appears twice`);
      }
      seen.add(language);
    }
  }
  if (entry.type === "type") return checkValue(ctx, entry.value, value, inner);
  return checkObject(ctx, { type: "object", attributes: entry.attributes }, value, inner);
}

function checkSlug(ctx: Context, value: unknown, where: Where) {
  const current = isPlainObject(value) ? value.current : undefined;
  if (typeof current !== "string" || current.trim() === "") return report(ctx, where, "slug has no `current`");
  if (!/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u.test(current)) {
    report(ctx, where, `slug "${current}" is not lower-case words joined by hyphens`);
  }
}

/** A value matches a union when it matches one member; otherwise show the closest miss. */
function checkUnion(ctx: Context, node: { of: TypeNode[] }, value: unknown, where: Where) {
  const literals = node.of.filter(
    (m): m is { type: "string"; value: string } => m.type === "string" && m.value !== undefined,
  );
  if (literals.length === node.of.length) {
    if (!literals.some((m) => m.value === value)) {
      report(ctx, where, `${describe(value)} is not one of ${literals.map((m) => m.value).join(", ")}`);
    }
    return;
  }
  let closest: string[] | undefined;
  for (const member of node.of) {
    const trial: Context = { ...ctx, problems: [] };
    checkValue(trial, member, value, where);
    if (trial.problems.length === 0) return;
    if (!closest || trial.problems.length < closest.length) closest = trial.problems;
  }
  ctx.problems.push(...(closest ?? [`${ctx.docId} ${where.at}: union with no members`]));
}

function checkArray(ctx: Context, node: { of: TypeNode }, value: unknown, where: Where) {
  if (!Array.isArray(value)) return report(ctx, where, `expected an array, got ${describe(value)}`);
  const keys = new Set<string>();
  value.forEach((item, index) => {
    const at =
      isPlainObject(item) && typeof item._key === "string"
        ? `${where.at}[_key=="${item._key}"]`
        : `${where.at}[${index}]`;
    if (isPlainObject(item)) {
      // The Studio addresses array items by `_key`; without one they cannot be edited.
      if (typeof item._key !== "string" || item._key === "") report(ctx, { ...where, at }, "array item has no _key");
      else if (keys.has(item._key)) report(ctx, { ...where, at }, `duplicate _key "${item._key}"`);
      else keys.add(item._key);
      if (typeof item._type !== "string") report(ctx, { ...where, at }, "array item has no _type");
    }
    checkValue(ctx, node.of, item, { owner: where.owner, path: `${where.path}[]`, at });
  });
}

/** An object's own attributes plus its `rest` (e.g. `{_key}` + a named type's fields). */
function objectAttributes(ctx: Context, node: ObjectNode): ObjectNode["attributes"] {
  const rest = node.rest?.type === "inline" ? ctx.schema.get(node.rest.name) : undefined;
  const restAttributes =
    node.rest?.type === "object"
      ? node.rest.attributes
      : rest?.type === "document"
        ? rest.attributes
        : rest?.type === "type" && rest.value.type === "object"
          ? rest.value.attributes
          : {};
  return { ...restAttributes, ...node.attributes };
}

function checkObject(ctx: Context, node: ObjectNode, value: unknown, where: Where) {
  if (!isPlainObject(value)) return report(ctx, where, `expected an object, got ${describe(value)}`);
  // Array items such as `sources[]` are `{_key} + rest: source`; their fields belong to the named type.
  const owner = node.rest?.type === "inline" ? { owner: node.rest.name, path: "" } : where;
  const attributes = objectAttributes(ctx, node);

  for (const [name, attribute] of Object.entries(attributes)) {
    const field = value[name];
    const fieldWhere: Where = {
      owner: owner.owner,
      path: `${owner.path}.${name}`,
      at: where.at ? `${where.at}.${name}` : name,
    };
    if (isMissing(field)) {
      // With --enforce-required-fields, `optional: false` marks `validation: rule.required()`.
      if (attribute.optional === false) report(ctx, fieldWhere, "required field is missing");
      continue;
    }
    checkValue(ctx, attribute.value, field, fieldWhere);
  }

  for (const key of Object.keys(value)) {
    if (key in attributes || SYSTEM_KEYS.has(key)) continue;
    if (key === "_sanityAsset" && "asset" in attributes) {
      const asset = value._sanityAsset;
      if (typeof asset !== "string" || !ASSET_PATTERN.test(asset))
        report(ctx, where, `_sanityAsset ${JSON.stringify(asset)} is not in export format`);
      continue;
    }
    report(ctx, { ...where, at: where.at ? `${where.at}.${key}` : key }, "field is not in the schema");
  }

  // A reference is either the object itself or, in arrays, `{_key} + rest: <type>.reference`.
  const rest = node.rest?.type === "inline" ? ctx.schema.get(node.rest.name) : undefined;
  const dereferencesTo =
    node.dereferencesTo ??
    (rest?.type === "type" && rest.value.type === "object" ? rest.value.dereferencesTo : undefined);
  if (dereferencesTo) checkReference(ctx, dereferencesTo, value, where);
  if (value._type === "link" && typeof value.href === "string" && !LINK_PATTERN.test(value.href)) {
    report(ctx, where, `link ${JSON.stringify(value.href)} is not http(s), mailto or tel`);
  }
}

function checkReference(ctx: Context, targetType: string, value: Record<string, unknown>, where: Where) {
  const ref = value._ref;
  if (typeof ref !== "string" || ref === "") return report(ctx, where, "reference has no _ref");
  // Assets travel as files (`_sanityAsset`); asset documents are not part of the export.
  if (targetType.startsWith("sanity.")) return;
  const target = ctx.docs.get(ref);
  if (!target) {
    // A strong reference to a missing (or draft-only) document cannot be published.
    if (value._weak !== true) report(ctx, where, `reference to missing document "${ref}"`);
    return;
  }
  if (target._type !== targetType)
    report(ctx, where, `reference to "${ref}" points at a ${target._type}, expected ${targetType}`);
}

// --- Whole documents and the dataset -----------------------------------------------------

export function indexSchema(schema: readonly SchemaEntry[]): Map<string, SchemaEntry> {
  return new Map(schema.map((entry) => [entry.name, entry]));
}

export function validateDocument(
  doc: Doc,
  schema: ReadonlyMap<string, SchemaEntry>,
  rules: DatasetRules,
  docs: ReadonlyMap<string, Doc>,
): string[] {
  const ctx: Context = { schema, rules, docs, problems: [], docId: String(doc._id) };
  if (typeof doc._id !== "string" || !ID_PATTERN.test(doc._id))
    report(ctx, { owner: "", path: "", at: "_id" }, `invalid _id ${JSON.stringify(doc._id)}`);
  const entry = schema.get(doc._type);
  if (!entry || entry.type !== "document") {
    report(ctx, { owner: "", path: "", at: "_type" }, `unknown document type ${JSON.stringify(doc._type)}`);
    return ctx.problems;
  }
  if (doc._type.startsWith("sanity."))
    report(ctx, { owner: "", path: "", at: "_type" }, "asset documents are not shipped; use _sanityAsset");
  checkObject(ctx, { type: "object", attributes: entry.attributes }, doc, { owner: doc._type, path: "", at: "" });

  if (rules.documentLevelTypes.includes(doc._type) && !rules.languages.includes(doc.language as string)) {
    report(
      ctx,
      { owner: "", path: "", at: "language" },
      `language ${JSON.stringify(doc.language)} is not in the language list`,
    );
  }
  return ctx.problems;
}

/** Slugs are unique per type and language; a draft and its published version are one document. */
export function duplicateSlugs(docs: readonly Doc[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const doc of docs) {
    const slug = (doc.slug as { current?: unknown } | undefined)?.current;
    if (typeof slug !== "string") continue;
    const key = `${doc._type} [${String(doc.language)}] "${slug}"`;
    const ids = owners.get(key) ?? new Set<string>();
    ids.add(publishedId(doc._id));
    owners.set(key, ids);
  }
  return [...owners]
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => `slug ${key} is used by ${[...ids].join(", ")}`);
}

/** A translation.metadata entry with `language: "en"` must point at the English version. */
function translationLanguageMismatches(docs: readonly Doc[], byId: ReadonlyMap<string, Doc>): string[] {
  const problems: string[] = [];
  for (const doc of docs.filter((d) => d._type === "translation.metadata")) {
    for (const entry of (doc.translations as { language?: string; value?: { _ref?: string } }[] | undefined) ?? []) {
      const target = entry.value?._ref ? byId.get(entry.value._ref) : undefined;
      if (target && target.language !== entry.language) {
        problems.push(
          `${doc._id} translations[language=="${entry.language}"]: points at ${target._id} in language ${JSON.stringify(target.language)}`,
        );
      }
    }
  }
  return problems;
}

export function validateDataset(
  schemaEntries: readonly SchemaEntry[],
  docs: readonly Doc[],
  rules: DatasetRules,
): string[] {
  const schema = indexSchema(schemaEntries);
  const byId = new Map<string, Doc>();
  const problems: string[] = [];
  for (const doc of docs) {
    if (byId.has(doc._id)) problems.push(`${doc._id}: duplicate _id`);
    byId.set(doc._id, doc);
  }
  for (const doc of docs) problems.push(...validateDocument(doc, schema, rules, byId));
  problems.push(...duplicateSlugs(docs), ...translationLanguageMismatches(docs, byId));
  return problems;
}

// --- Date formats from the Studio's schema definitions -----------------------------------

type FieldDefinition = { name?: string; type?: string; fields?: FieldDefinition[]; of?: FieldDefinition[] };

/**
 * The extracted schema types `date` and `datetime` as plain strings, so the formats are
 * read from the Studio's own definitions, keyed exactly like the walk above:
 * `<named type><.field|[]>…` (e.g. `investmentOpportunity.statusHistory[].date`).
 */
export function collectFieldFormats(types: readonly FieldDefinition[]): Map<string, "date" | "datetime"> {
  const formats = new Map<string, "date" | "datetime">();
  const visit = (def: FieldDefinition, key: string) => {
    if (def.type === "date" || def.type === "datetime") formats.set(key, def.type);
    for (const field of def.fields ?? []) visit(field, `${key}.${field.name}`);
    // Named members (`{type: "source"}`) are keyed under their own name; only anonymous ones nest.
    for (const member of def.of ?? []) if (member.fields) visit(member, `${key}[]`);
  };
  for (const type of types) {
    if (!type.name) continue;
    for (const field of type.fields ?? []) visit(field, `${type.name}.${field.name}`);
    for (const member of type.of ?? []) if (member.fields) visit(member, `${type.name}[]`);
  }
  return formats;
}
