/**
 * The embedded content source: a dataset file in Sanity's export format, held in memory
 * and answered with groq-js, so the site runs with no Sanity project at all.
 *
 * groq-js reads every document for each `*` (about 470 ms at 100k documents), so each
 * `*[filter]` whose filter has indexable top-level conjuncts (`_type == …`, `_id == …`,
 * `language == …`/`in …`, `slug.current == …`, `references(…)`) is rewritten to read a
 * pre-narrowed candidate list instead of the whole dataset. The filter itself still runs
 * over the candidates, so the index only has to be a superset: a result never depends
 * on it. References (`->`) resolve through an id map instead of a scan.
 */
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { evaluate, parse, type ExprNode } from "groq-js";
import { locateDataset, readDataset, type LoadedDataset, type SanityDocument } from "./dataset.server";
import { renderImageVariant, type ImageVariant } from "./image-files.server";
import { compileResidual } from "./residual-filter.server";
import type { ContentSource, FetchOptions, ImageConfig, ImageFileRequest, QueryParams } from "./source.server";

/** `raw` (every document, drafts and private ids as they are) is for the content store's token holders. */
export type Perspective = NonNullable<FetchOptions["perspective"]> | "raw";

export interface EmbeddedSourceOptions {
  /** A folder with data.ndjson, or an .ndjson file with images/ beside it. */
  datasetPath?: string;
  /** Reload when the file changes (development). */
  watch?: boolean;
  /** How many query results to keep (LRU). */
  cacheSize?: number;
  imageConfig?: Partial<Pick<ImageConfig, "projectId" | "dataset">>;
  /**
   * Documents held by someone else (the content store) instead of read from the file;
   * `setDocuments` replaces them. `datasetPath` then only locates the images.
   */
  documents?: readonly SanityDocument[];
  /**
   * Which ids the published perspective shows. Default: root ids only, as an anonymous
   * reader sees them on Sanity (`drafts.*` and any other dotted id are private).
   */
  isPublishedId?: (id: string) => boolean;
}

/** Ids invisible to the public (`drafts.*`, `versions.*`, any dotted id is private on Sanity). */
function isDraftId(id: string): boolean {
  return id.startsWith("drafts.");
}
function isRootId(id: string): boolean {
  return !id.includes(".");
}

class LruCache<V> {
  private map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    const oldest = this.map.keys().next();
    if (this.map.size > this.max && !oldest.done) this.map.delete(oldest.value);
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

// ---------------------------------------------------------------------------------------
// Index

/** Positions (ascending, so candidate lists keep dataset order) of documents by key. */
class DatasetIndex {
  readonly byId = new Map<string, number>();
  readonly byType = new Map<string, number[]>();
  readonly byLanguage = new Map<string, number[]>();
  readonly bySlug = new Map<string, number[]>();
  readonly referencedBy = new Map<string, number[]>();

  constructor(readonly docs: readonly SanityDocument[]) {
    docs.forEach((doc, i) => {
      this.byId.set(doc._id, i);
      push(this.byType, doc._type, i);
      if (typeof doc.language === "string") push(this.byLanguage, doc.language, i);
      // Documents are untyped JSON here; the typeof check below is what trusts the value.
      const slug = (doc.slug as { current?: unknown } | undefined)?.current;
      if (typeof slug === "string") push(this.bySlug, slug, i);
      const refs = new Set<string>();
      collectRefs(doc, refs);
      for (const ref of refs) push(this.referencedBy, ref, i);
    });
  }

  /** Re-files position `i` after its document changed from `before` to `after` (null: new at the end). */
  refile(i: number, before: SanityDocument | null, after: SanityDocument): void {
    const old: Partial<ReturnType<typeof keysOf>> & { refs: Set<string> } = before
      ? keysOf(before)
      : { refs: new Set<string>() };
    const now = keysOf(after);
    this.byId.set(after._id, i);
    refile(this.byType, old.type, now.type, i);
    refile(this.byLanguage, old.language, now.language, i);
    refile(this.bySlug, old.slug, now.slug, i);
    for (const ref of old.refs) if (!now.refs.has(ref)) removeSorted(this.referencedBy, ref, i);
    for (const ref of now.refs) if (!old.refs.has(ref)) insertSorted(this.referencedBy, ref, i);
  }
}

/** The index keys of one document, per map (what `DatasetIndex` files it under). */
function keysOf(doc: SanityDocument): { type: string; language?: string; slug?: string; refs: Set<string> } {
  const slug = (doc.slug as { current?: unknown } | undefined)?.current;
  const refs = new Set<string>();
  collectRefs(doc, refs);
  return {
    type: doc._type,
    language: typeof doc.language === "string" ? doc.language : undefined,
    slug: typeof slug === "string" ? slug : undefined,
    refs,
  };
}

/** Files position `i` under `key`, keeping the list ascending. */
function insertSorted(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [i]);
    return;
  }
  memberships.delete(list);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== i) list.splice(lo, 0, i);
}

function removeSorted(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) return;
  memberships.delete(list);
  const at = list.indexOf(i);
  if (at !== -1) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}

/** Moves position `i` from one key to another in one map (undefined: not filed). */
function refile(map: Map<string, number[]>, from: string | undefined, to: string | undefined, i: number): void {
  if (from === to) return;
  if (from !== undefined) removeSorted(map, from, i);
  if (to !== undefined) insertSorted(map, to, i);
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function collectRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) if (v !== null && typeof v === "object") collectRefs(v, into);
  } else if (value !== null && typeof value === "object") {
    for (const key in value) {
      // Indexing by key, not Object.entries: this walks every document at load time.
      const v = (value as Record<string, unknown>)[key];
      if (key === "_ref") {
        if (typeof v === "string") into.add(v);
      } else if (v !== null && typeof v === "object") collectRefs(v, into);
    }
  }
}

interface View {
  docs: SanityDocument[];
  index: DatasetIndex;
  /** Candidate lists in a query's order, computed once by groq-js itself (exact semantics). */
  sorted: LruCache<SanityDocument[]>;
  /**
   * Intersections of index lists (`_type == "article" && language == "vi"`: 50,000 positions
   * filtered on every query at 100k), per set of conjuncts and values; dropped with `sorted`.
   */
  intersections: LruCache<number[]>;
  /** `count(*[indexed && residual])` per conjuncts, values and parameters; dropped with `sorted`. */
  counts: LruCache<number>;
}

/**
 * `published`: no drafts. `drafts`: each draft stands in for its published document, as on
 * Sanity, every document carrying `_originalId`. `raw`: everything as stored.
 */
function buildView(
  all: readonly SanityDocument[],
  perspective: Perspective,
  isPublishedId: (id: string) => boolean,
): View {
  let docs: SanityDocument[];
  if (perspective === "raw") {
    docs = [...all];
  } else if (perspective === "published") {
    docs = all.filter((d) => isPublishedId(d._id));
  } else {
    const drafts = new Map<string, SanityDocument>();
    for (const d of all) {
      if (isDraftId(d._id)) {
        const publishedId = d._id.slice("drafts.".length);
        drafts.set(publishedId, { ...d, _id: publishedId, _originalId: d._id });
      }
    }
    docs = [];
    for (const d of all) {
      if (!isPublishedId(d._id)) continue;
      const draft = drafts.get(d._id);
      if (draft) {
        docs.push(draft);
        drafts.delete(d._id);
        // As on Sanity, every document of a drafts view says where it came from.
      } else docs.push({ ...d, _originalId: d._id });
    }
    docs.push(...drafts.values());
  }
  return {
    docs,
    index: new DatasetIndex(docs),
    sorted: new LruCache(200),
    intersections: new LruCache(200),
    counts: new LruCache(200),
  };
}

// ---------------------------------------------------------------------------------------
// Query planning: find `*[filter]` nodes and what their filters allow us to narrow by.

type Field = "_type" | "_id" | "language" | "slug";

/** A value known before evaluation: a literal, a parameter, or an array of those. */
type StaticOperand =
  { kind: "value"; value: unknown } | { kind: "param"; name: string } | { kind: "array"; items: StaticOperand[] };

interface StaticConjunct {
  field: Field | "references";
  /** `==` compares with one value; `in` and `references` take one value or an array. */
  op: "==" | "in" | "references";
  operands: StaticOperand[];
}

interface NarrowingPlan {
  id: number;
  conjuncts: StaticConjunct[];
  /** A conjunct whose value comes from an enclosing scope (`references(^._id)`), at most one. */
  dynamic?: { field: "_id" | "references"; expr: ExprNode };
  /**
   * Every conjunct is answered exactly by the index (given string values at run time), so
   * the candidates are the filter's result. Only then may we sort, cut and count for groq-js.
   */
  exactCapable: boolean;
  /**
   * Not exact only because of conjuncts the indexes cannot answer, compiled into a test of
   * one document (app/content/residual-filter.server.ts): enough for `topK`, which then
   * walks the sorted candidates and keeps the first `limit` that pass.
   */
  residual?: (doc: SanityDocument, params: QueryParams) => boolean;
  /** The residual conjuncts as parsed: with the parameters, what a kept walk or count depends on. */
  residualKey?: string;
  /** `*[exact] | order(field …)[a...b]`: groq-js needs only the first `limit` in that order. */
  topK?: { limit: number; terms: ExprNode[] };
  /**
   * `count(*[exact])`: the length of the candidate list; `count(*[indexed && residual])`: how
   * many candidates pass the residual test (counted once per content version and parameters).
   */
  counted?: boolean;
}

interface PreparedQuery {
  tree: ExprNode;
  plans: NarrowingPlan[];
}

const CANDIDATES_PARAM = "__embeddedCandidates";
const COUNT_PARAM = "__embeddedCount";
// `\u0000` cannot occur in a document id, so these never collide with real references.
const DYNAMIC_REF_PREFIX = "\u0000candidates:";

function fieldOf(node: ExprNode): Field | undefined {
  if (node.type !== "AccessAttribute") return undefined;
  const base = node.base;
  if (!base || base.type === "This") {
    if (node.name === "_type" || node.name === "_id" || node.name === "language") return node.name;
    return undefined;
  }
  if (
    node.name === "current" &&
    base.type === "AccessAttribute" &&
    base.name === "slug" &&
    (!base.base || base.base.type === "This")
  ) {
    return "slug";
  }
  return undefined;
}

function staticOperand(node: ExprNode): StaticOperand | undefined {
  if (node.type === "Value") return { kind: "value", value: node.value };
  if (node.type === "Parameter") return { kind: "param", name: node.name };
  if (node.type === "Array") {
    const items: StaticOperand[] = [];
    for (const el of node.elements) {
      if (el.isSplat) return undefined;
      const item = staticOperand(el.value);
      if (!item) return undefined;
      items.push(item);
    }
    return { kind: "array", items };
  }
  return undefined;
}

/** `^._id`, `^.^.ref._ref`: depends on enclosing scopes only, never on the filtered document. */
function isOuterScopeExpr(node: ExprNode): boolean {
  if (node.type === "Parent") return node.n >= 1;
  if (node.type === "AccessAttribute") return !!node.base && isOuterScopeExpr(node.base);
  return false;
}

function conjunctsOf(node: ExprNode, out: ExprNode[]): ExprNode[] {
  if (node.type === "And") {
    conjunctsOf(node.left, out);
    conjunctsOf(node.right, out);
  } else if (node.type === "Group") conjunctsOf(node.base, out);
  else out.push(node);
  return out;
}

function planFilter(expr: ExprNode, id: number): NarrowingPlan | undefined {
  const plan: NarrowingPlan = { id, conjuncts: [], exactCapable: false };
  const unrecognized: ExprNode[] = [];
  for (const c of conjunctsOf(expr, [])) {
    const before = plan.conjuncts.length + (plan.dynamic ? 1 : 0);
    if (c.type === "OpCall" && (c.op === "==" || c.op === "in")) {
      const sides: [ExprNode, ExprNode][] =
        c.op === "=="
          ? [
              [c.left, c.right],
              [c.right, c.left],
            ]
          : [[c.left, c.right]];
      for (const [fieldNode, valueNode] of sides) {
        const field = fieldOf(fieldNode);
        if (!field) continue;
        const operand = staticOperand(valueNode);
        if (operand) {
          plan.conjuncts.push({ field, op: c.op, operands: [operand] });
          break;
        }
        if (c.op === "==" && field === "_id" && !plan.dynamic && isOuterScopeExpr(valueNode)) {
          plan.dynamic = { field: "_id", expr: valueNode };
          break;
        }
      }
    } else if (c.type === "FuncCall" && c.namespace === "global" && c.name === "references") {
      const operands = c.args.map(staticOperand);
      if (operands.every((o): o is StaticOperand => !!o)) {
        plan.conjuncts.push({ field: "references", op: "references", operands });
      } else if (c.args.length === 1 && !plan.dynamic && isOuterScopeExpr(c.args[0])) {
        plan.dynamic = { field: "references", expr: c.args[0] };
      }
    }
    if (plan.conjuncts.length + (plan.dynamic ? 1 : 0) === before) unrecognized.push(c);
  }
  // references() looks for `_ref` less deeply than our map records, so it is never exact.
  const indexExact = !plan.dynamic && plan.conjuncts.every((c) => c.field !== "references");
  plan.exactCapable = indexExact && unrecognized.length === 0;
  if (indexExact && unrecognized.length > 0 && plan.conjuncts.length > 0) {
    plan.residual = compileResidual(unrecognized);
    if (plan.residual) plan.residualKey = JSON.stringify(unrecognized);
  }
  return plan.conjuncts.length > 0 || plan.dynamic ? plan : undefined;
}

/** Rewrites a parsed query (a fresh copy) so each narrowable `*[filter]` reads its candidates. */
function prepare(tree: ExprNode): PreparedQuery {
  const plans: NarrowingPlan[] = [];
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== "object") return node;
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) copy[k] = rewrite(v);
    // A copy of a parsed node with its children rewritten: a node of the same type.
    const n = copy as unknown as ExprNode;
    if (
      n.type === "Slice" &&
      n.base.type === "PipeFuncCall" &&
      n.base.name === "order" &&
      n.left >= 0 &&
      n.right >= 0
    ) {
      const plan = planOf(n.base.base, plans);
      if ((plan?.exactCapable || plan?.residual) && n.base.args.every(isPlainOrderTerm)) {
        plan.topK = { limit: n.isInclusive ? n.right + 1 : n.right, terms: n.base.args };
      }
    }
    if (n.type === "FuncCall" && n.namespace === "global" && n.name === "count" && n.args.length === 1) {
      const plan = planOf(n.args[0], plans);
      if (plan?.exactCapable || plan?.residual) {
        plan.counted = true;
        // Falls back to groq-js's own count when the run-time values do not allow an exact answer.
        return {
          type: "FuncCall",
          namespace: "global",
          name: "coalesce",
          args: [{ type: "Parameter", name: `${COUNT_PARAM}${plan.id}` }, n],
        };
      }
    }
    if (n.type === "Filter" && n.base.type === "Everything") {
      const plan = planFilter(n.expr, plans.length);
      if (plan) {
        plans.push(plan);
        return { ...n, base: candidatesNode(plan) };
      }
    }
    return n;
  };
  // `rewrite` is typed on unknown to recurse through arrays and attributes; nodes map to nodes.
  return { tree: rewrite(tree) as ExprNode, plans };
}

/** The plan of a rewritten `*[filter]` node (now reading its candidates parameter). */
function planOf(node: ExprNode, plans: NarrowingPlan[]): NarrowingPlan | undefined {
  if (node.type !== "Filter" || node.base.type !== "Parameter" || !node.base.name.startsWith(CANDIDATES_PARAM))
    return undefined;
  return plans[Number(node.base.name.slice(CANDIDATES_PARAM.length))];
}

/** `publishedAt desc`, `slug.current`: attributes of the document itself, nothing else. */
function isPlainOrderTerm(term: ExprNode): boolean {
  const base = term.type === "Asc" || term.type === "Desc" ? term.base : term;
  let node: ExprNode | undefined = base;
  while (node && node.type === "AccessAttribute") node = node.base;
  return node === undefined || node.type === "This";
}

/** `x[$p]`: parsed without its value it filters; with a number it indexes. */
function hasParameterFilter(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasParameterFilter);
  if (node === null || typeof node !== "object") return false;
  const n = node as ExprNode; // any object met in a parsed tree is a node or a node's attribute
  if (n.type === "Filter" && n.expr.type === "Parameter") return true;
  return Object.values(node).some((v) => v !== null && typeof v === "object" && hasParameterFilter(v));
}

function candidatesNode(plan: NarrowingPlan): ExprNode {
  if (!plan.dynamic) return { type: "Parameter", name: `${CANDIDATES_PARAM}${plan.id}` };
  // The key is computed inside a projection: a projection's scope nests exactly like a
  // filter's per-document scope, so `^` in the copied expression means what it meant
  // in the filter. Deref hands the key to our `dereference`, which answers the list.
  const prefix = `${DYNAMIC_REF_PREFIX}${plan.id}:`;
  const key: ExprNode = {
    type: "FuncCall",
    namespace: "global",
    name: "coalesce",
    args: [
      { type: "OpCall", op: "+", left: { type: "Value", value: prefix }, right: plan.dynamic.expr },
      // Not a string: no dynamic narrowing, the static conjuncts alone.
      { type: "Value", value: `${DYNAMIC_REF_PREFIX}${plan.id}` },
    ],
  };
  return {
    type: "Deref",
    base: {
      type: "Projection",
      base: { type: "Value", value: {} },
      expr: { type: "Object", attributes: [{ type: "ObjectAttributeValue", name: "_ref", value: key }] },
    },
  };
}

function resolveOperand(op: StaticOperand, params: QueryParams): unknown {
  if (op.kind === "value") return op.value;
  if (op.kind === "param") return params[op.name];
  return op.items.map((item) => resolveOperand(item, params));
}

/** Documents positions that may satisfy one conjunct, or undefined when it cannot narrow. */
function positionsFor(index: DatasetIndex, field: Field | "references", values: unknown[]): number[] | undefined {
  // Only strings narrow: `language == null` matches documents without a language.
  if (values.length === 0 || !values.every((v): v is string => typeof v === "string")) return undefined;
  const lists: number[][] = [];
  for (const v of values) {
    let list: number[] | undefined;
    if (field === "_id") {
      const i = index.byId.get(v);
      list = i === undefined ? [] : [i];
    } else if (field === "_type") list = index.byType.get(v);
    else if (field === "language") list = index.byLanguage.get(v);
    else if (field === "slug") list = index.bySlug.get(v);
    else list = index.referencedBy.get(v);
    lists.push(list ?? []);
  }
  return lists.length === 1 ? lists[0] : union(lists);
}

function union(lists: number[][]): number[] {
  const set = new Set<number>();
  for (const l of lists) for (const i of l) set.add(i);
  return [...set].sort((a, b) => a - b);
}

function valuesOf(conjunct: StaticConjunct, params: QueryParams): unknown[] | undefined {
  if (conjunct.op === "==") return [resolveOperand(conjunct.operands[0], params)];
  if (conjunct.op === "in") {
    const v = resolveOperand(conjunct.operands[0], params);
    return Array.isArray(v) ? v : undefined;
  }
  // references(a, b, [c]) accepts strings and arrays of strings alike.
  const out: unknown[] = [];
  for (const o of conjunct.operands) {
    const v = resolveOperand(o, params);
    if (Array.isArray(v)) out.push(...v);
    else out.push(v);
  }
  return out;
}

function firstPassing(sorted: SanityDocument[], limit: number, test: (d: SanityDocument) => boolean): SanityDocument[] {
  const out: SanityDocument[] = [];
  for (const d of sorted) {
    if (out.length >= limit) break;
    if (test(d)) out.push(d);
  }
  return out;
}

/** The intersection of narrowable conjuncts as ascending positions; undefined = whole view. */
function intersect(lists: number[][]): number[] | undefined {
  if (lists.length === 0) return undefined;
  lists.sort((a, b) => a.length - b.length);
  let result = lists[0];
  for (const other of lists.slice(1)) {
    if (result.length === 0) break;
    const set = membership(other);
    result = result.filter((i) => set.has(i));
  }
  return result;
}

// Index lists live as long as their view, so their sets can too: a per-call `new Set` of
// every translation.metadata position would cost more than the query it narrows.
const memberships = new WeakMap<number[], Set<number>>();
function membership(list: number[]): Set<number> {
  let set = memberships.get(list);
  if (!set) {
    set = new Set(list);
    memberships.set(list, set);
  }
  return set;
}

// ---------------------------------------------------------------------------------------
// The source

export interface EvaluationTrace {
  query: string;
  perspective: Perspective;
  /** Length of the candidate list each narrowed `*[…]` read, and the size of the view. */
  candidates: number[];
  viewSize: number;
}

export const EMBEDDED_PROJECT_ID = "local";

export class EmbeddedSource implements ContentSource {
  readonly kind = "embedded" as const;
  readonly imageConfig: ImageConfig;
  readonly datasetPath: string | undefined;

  private dataset?: LoadedDataset;
  private loading?: Promise<LoadedDataset>;
  private views = new Map<Perspective, View>();
  /** The current document list when `applyChanges` left `dataset.documents` behind. */
  private pendingDocuments?: () => readonly SanityDocument[];
  private prepared = new LruCache<PreparedQuery>(500);
  private paramSensitive = new Set<string>();
  private results: LruCache<unknown>;
  private watcher?: FSWatcher;
  private reloadTimer?: ReturnType<typeof setTimeout>;
  private version = 0;
  private readonly isPublishedId: (id: string) => boolean;
  /** For tests and the benchmark: called after each evaluation that was not a cache hit. */
  onEvaluate?: (trace: EvaluationTrace) => void;

  constructor(private readonly options: EmbeddedSourceOptions = {}) {
    this.datasetPath = options.datasetPath;
    this.imageConfig = {
      projectId: options.imageConfig?.projectId ?? EMBEDDED_PROJECT_ID,
      dataset: options.imageConfig?.dataset ?? "production",
      baseUrl: "",
    };
    this.results = new LruCache(options.cacheSize ?? 500);
    this.isPublishedId = options.isPublishedId ?? isRootId;
  }

  /** Changes whenever the dataset is (re)loaded; part of any cache key built on results. */
  get datasetVersion(): string {
    return `embedded-${this.version}`;
  }

  async warmUp(): Promise<void> {
    await this.load();
  }

  /** The stand-in for Sanity's image CDN: the dataset's images/ folder, cut and resized. */
  async readImage(request: ImageFileRequest): Promise<ImageVariant | undefined> {
    if (request.projectId !== this.imageConfig.projectId || request.dataset !== this.imageConfig.dataset)
      return undefined;
    const imagesDir = (await this.load()).location.imagesDir;
    return renderImageVariant(imagesDir, request);
  }

  /** Loads the dataset (once; concurrent callers share the promise) and starts watching if asked. */
  load(): Promise<LoadedDataset> {
    if (this.dataset) return Promise.resolve(this.dataset);
    this.loading ??= this.read().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async read(): Promise<LoadedDataset> {
    if (this.options.documents) {
      this.setDocuments(this.options.documents);
      return this.dataset!;
    }
    const loaded = await readDataset(this.options.datasetPath, {
      projectId: this.imageConfig.projectId,
      dataset: this.imageConfig.dataset,
      baseUrl: "",
    });
    for (const w of loaded.warnings) console.warn(`[content] ${w}`);
    this.dataset = loaded;
    this.views.clear();
    this.results.clear();
    this.version++;
    if (this.options.watch && !this.watcher) this.startWatching(loaded.location.ndjsonPath);
    return loaded;
  }

  /**
   * Takes the changes of a commit without rebuilding: each built view replaces, or
   * appends, the changed documents in place and re-files only their index entries. A
   * view where a document disappears is dropped instead (positions would shift) and
   * rebuilt from `documents()` on its next query.
   *
   * `get` answers this source's current document by id (undefined: none), and
   * `documents` the whole current list, asked for only when something is rebuilt.
   */
  applyChanges(
    ids: Iterable<string>,
    get: (id: string) => SanityDocument | undefined,
    documents: () => readonly SanityDocument[],
  ): void {
    if (!this.dataset) {
      this.setDocuments(documents());
      return;
    }
    this.pendingDocuments = documents;
    const changed = [...ids];
    for (const [perspective, view] of this.views) {
      view.sorted.clear();
      view.intersections.clear();
      view.counts.clear();
      const keys = new Set<string>();
      for (const id of changed) {
        if (perspective === "raw") keys.add(id);
        else if (perspective === "published") {
          if (this.isPublishedId(id)) keys.add(id);
        } else if (isDraftId(id)) keys.add(id.slice("drafts.".length));
        else if (this.isPublishedId(id)) keys.add(id);
      }
      for (const key of keys) {
        const next = this.viewDocument(perspective, key, get);
        const i = view.index.byId.get(key);
        if (i === undefined && !next) continue;
        if (!next) {
          this.views.delete(perspective);
          break;
        }
        if (i === undefined) {
          view.docs.push(next);
          view.index.refile(view.docs.length - 1, null, next);
        } else {
          const before = view.docs[i];
          view.docs[i] = next;
          view.index.refile(i, before, next);
        }
      }
    }
    this.results.clear();
    this.version++;
  }

  /** What `buildView` would put under `key` in that perspective. */
  private viewDocument(
    perspective: Perspective,
    key: string,
    get: (id: string) => SanityDocument | undefined,
  ): SanityDocument | undefined {
    if (perspective !== "drafts") return get(key);
    const draft = get(`drafts.${key}`);
    if (draft) return { ...draft, _id: key, _originalId: draft._id };
    const published = this.isPublishedId(key) ? get(key) : undefined;
    return published && { ...published, _originalId: key };
  }

  /** Serves these documents from now on (indexes rebuilt on the next query, caches dropped). */
  setDocuments(documents: readonly SanityDocument[]): void {
    this.pendingDocuments = undefined;
    this.dataset = {
      location: this.dataset?.location ?? locateDataset(this.options.datasetPath),
      documents: documents as SanityDocument[],
      imageFiles: this.dataset?.imageFiles ?? new Set(),
      warnings: [],
    };
    this.views.clear();
    this.results.clear();
    this.version++;
  }

  private startWatching(file: string): void {
    // Watch the folder: editors and generators often replace the file (rename), which a
    // watch on the file itself would stop following.
    const name = path.basename(file);
    this.watcher = watch(path.dirname(file), (_event, changed) => {
      if (changed && changed.toString() !== name) return;
      clearTimeout(this.reloadTimer);
      this.reloadTimer = setTimeout(() => void this.reload(), 150);
    });
    this.watcher.unref();
  }

  /** Re-reads the file; on a broken file keeps serving the previous dataset. */
  async reload(): Promise<void> {
    const previous = this.dataset;
    this.dataset = undefined;
    try {
      await this.load();
      console.info(`[content] dataset reloaded (${this.dataset!.documents.length} documents)`);
    } catch (error) {
      this.dataset = previous;
      console.warn(`[content] dataset reload failed, keeping the previous one: ${String(error)}`);
    }
  }

  close(): void {
    clearTimeout(this.reloadTimer);
    this.watcher?.close();
    this.watcher = undefined;
  }

  private view(perspective: Perspective): View {
    let view = this.views.get(perspective);
    if (!view) {
      if (this.pendingDocuments) {
        this.dataset!.documents = this.pendingDocuments() as SanityDocument[];
        this.pendingDocuments = undefined;
      }
      view = buildView(this.dataset!.documents, perspective, this.isPublishedId);
      this.views.set(perspective, view);
    }
    return view;
  }

  /**
   * Parses once per query text. GROQ substitutes parameters while parsing, and in two
   * places that changes the tree (`[$start...$end]` must be constant; `[$i]` indexes
   * instead of filtering), so those queries are parsed once per parameter set instead.
   */
  private prepare(query: string, params: QueryParams): PreparedQuery {
    const byText = this.prepared.get(query);
    if (byText) return byText;
    const byParamsKey = `${query}\u0000${JSON.stringify(params)}`;
    const byParams = this.prepared.get(byParamsKey);
    if (byParams) return byParams;
    if (!this.paramSensitive.has(query)) {
      let tree: ExprNode | undefined;
      try {
        tree = parse(query);
      } catch {
        // Retried below with the parameters; a real syntax error surfaces there.
      }
      if (tree && !hasParameterFilter(tree)) {
        const prepared = prepare(tree);
        this.prepared.set(query, prepared);
        return prepared;
      }
      this.paramSensitive.add(query);
    }
    const prepared = prepare(parse(query, { params }));
    this.prepared.set(byParamsKey, prepared);
    return prepared;
  }

  async fetch<T = unknown>(
    query: string,
    params: QueryParams = {},
    options: Omit<FetchOptions, "perspective"> & { perspective?: Perspective } = {},
  ): Promise<T> {
    options.signal?.throwIfAborted();
    await this.load();
    const perspective = options.perspective ?? "published";
    const key = `${perspective}\u0000${query}\u0000${JSON.stringify(params)}`;
    const version = this.version;
    const cached = this.results.get(key);
    // Callers get their own copy: a loader that sorts or edits a result must not edit the cache.
    // T is the caller's claim about the query's result (typegen's), as with @sanity/client.
    if (cached !== undefined) return structuredClone(cached) as T;
    const result = await this.evaluate(query, params, perspective);
    if (version === this.version) this.results.set(key, result);
    return structuredClone(result) as T;
  }

  private async evaluate(query: string, params: QueryParams, perspective: Perspective): Promise<unknown> {
    const { tree, plans } = this.prepare(query, params);
    const view = this.view(perspective);
    const { docs, index } = view;
    const trace: EvaluationTrace = { query, perspective, candidates: [], viewSize: docs.length };
    const staticPositions = new Map<number, number[] | undefined>();
    const evalParams: QueryParams = { ...params };
    for (const plan of plans) {
      const lists: number[][] = [];
      const values: unknown[] = [];
      for (const c of plan.conjuncts) {
        const v = valuesOf(c, params);
        values.push(v);
        const list = v && positionsFor(index, c.field, v);
        if (list) lists.push(list);
      }
      let positions: number[] | undefined;
      if (lists.length > 1) {
        const intersectionKey = JSON.stringify([plan.conjuncts.map((c) => [c.field, c.op]), values]);
        positions = view.intersections.get(intersectionKey);
        if (!positions) {
          positions = intersect(lists);
          view.intersections.set(intersectionKey, positions!);
        }
      } else positions = intersect(lists);
      staticPositions.set(plan.id, positions);
      if (plan.dynamic) continue;
      let candidates = positions ? positions.map((i) => docs[i]) : docs;
      const indexed = positions !== undefined && lists.length === plan.conjuncts.length;
      const exact = plan.exactCapable && indexed;
      if (exact && plan.counted) evalParams[`${COUNT_PARAM}${plan.id}`] = candidates.length;
      else if (indexed && plan.counted && plan.residual) {
        // `count(*[_type == "article" && language == $source && kind == $kind])`: groq-js would
        // test each of 50,000 candidates on every request at 100k; the residual test has its
        // semantics, and the count holds until the content changes.
        const countKey = JSON.stringify([plan.conjuncts.map((c) => [c.field, c.op]), values, plan.residualKey, params]);
        let count = view.counts.get(countKey);
        if (count === undefined) {
          count = 0;
          for (const d of candidates) if (plan.residual(d, params)) count++;
          view.counts.set(countKey, count);
        }
        evalParams[`${COUNT_PARAM}${plan.id}`] = count;
      }
      if (indexed && plan.topK && (exact || plan.residual)) {
        // groq-js's sort is stable (ties keep dataset order), so the first `limit` of the
        // whole sorted list, re-sorted by groq-js, come out in the same order.
        const sortKey = JSON.stringify([plan.topK.terms, plan.conjuncts.map((c) => [c.field, c.op]), values]);
        let sorted = view.sorted.get(sortKey);
        if (!sorted) {
          sorted = (await (
            await evaluate(
              { type: "PipeFuncCall", name: "order", base: { type: "Parameter", name: "c" }, args: plan.topK.terms },
              {
                dataset: docs,
                params: { c: candidates },
              },
            )
          ).get()) as SanityDocument[];
          view.sorted.set(sortKey, sorted);
        }
        // With a residual test, the first `limit` in that order that pass: groq-js filters,
        // sorts and cuts them to the same answer as the whole list.
        // The walk may pass most of the list (no upcoming event: all of them), so its answer
        // is kept with the sorted list, for this content version and these parameters.
        if (plan.residual) {
          const passingKey = `${sortKey}\u0000${plan.residualKey}\u0000${plan.topK.limit}\u0000${JSON.stringify(params)}`;
          let passing = view.sorted.get(passingKey);
          if (!passing) {
            passing = firstPassing(sorted, plan.topK.limit, (d) => plan.residual!(d, params));
            view.sorted.set(passingKey, passing);
          }
          candidates = passing;
        } else candidates = sorted.slice(0, plan.topK.limit);
      }
      evalParams[`${CANDIDATES_PARAM}${plan.id}`] = candidates;
      trace.candidates.push(candidates.length);
    }
    const dereference = ({ _ref }: { _ref: string }) => {
      if (_ref.startsWith(DYNAMIC_REF_PREFIX)) {
        const [planId, ...rest] = _ref.slice(DYNAMIC_REF_PREFIX.length).split(":");
        const plan = plans[Number(planId)];
        const lists: number[][] = [];
        const fixed = staticPositions.get(plan.id);
        if (fixed) lists.push(fixed);
        if (rest.length > 0 && plan.dynamic) {
          lists.push(positionsFor(index, plan.dynamic.field, [rest.join(":")]) ?? []);
        }
        const positions = intersect(lists);
        trace.candidates.push(positions ? positions.length : docs.length);
        // groq-js's `dereference` hook is typed to return one document; for our candidate
        // key it returns the list, which the rewritten query then filters.
        return (positions ? positions.map((i) => docs[i]) : docs) as unknown as SanityDocument;
      }
      const i = index.byId.get(_ref);
      return i === undefined ? null : docs[i];
    };
    const value = await evaluate(tree, { dataset: docs, params: evalParams, dereference });
    const result = await value.get();
    this.onEvaluate?.(trace);
    return result;
  }
}
