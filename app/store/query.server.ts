/**
 * GROQ over the content store, answered by the site's embedded engine
 * (app/content/embedded.server.ts: groq-js with indexes that narrow `*[filter]`), fed
 * from the store's memory instead of a file. The engine is re-fed lazily: a commit only
 * notes which ids changed, and the next query hands those to the engine, which re-files
 * just them in its indexes (a full re-index happens on first use, after a deletion, and
 * after a very large batch), so a burst of writes costs one update, not one per write.
 *
 * Who may see what is decided here, not by the perspective a client asks for: an
 * anonymous reader only ever sees root-path ids (no `drafts.*`, no private `inquiry.*`),
 * whatever it asks; an identified user sees the perspective asked (`published`: every
 * id that is not a draft or version, private ones included; `drafts`/`previewDrafts`:
 * drafts standing in for their published documents; `raw`: everything).
 */
import { EmbeddedSource, type Perspective as EnginePerspective } from "../content/embedded.server";
import type { SanityDocument } from "../content/dataset.server";
import type { ContentStore } from "./store.server";
import { isRootId } from "./store.server";
import { StoreError, type Identity, type Perspective } from "./types";

export interface StoreQueryOptions {
  /** The seed dataset's location (the engine serves its images/ folder). */
  datasetPath?: string;
  projectId?: string;
  dataset?: string;
  /** Query results each engine keeps (EmbeddedSource's `cacheSize`; 0: none). */
  cacheSize?: number;
}

export interface QueryRequest {
  query: string;
  params?: Record<string, unknown>;
  perspective?: Perspective;
  identity: Identity;
}

export interface QueryAnswer {
  result: unknown;
  ms: number;
  /** The perspective actually applied (anonymous readers always get `published`). */
  perspective: Perspective;
}

const PERSPECTIVES: readonly Perspective[] = ["published", "drafts", "previewDrafts", "raw"];

export function isPerspective(value: unknown): value is Perspective {
  return typeof value === "string" && (PERSPECTIVES as readonly string[]).includes(value);
}

/** Not a draft or a release version: what an identified reader's published perspective shows. */
function isPublishedForStaff(id: string): boolean {
  return !id.startsWith("drafts.") && !id.startsWith("versions.");
}

interface Engine {
  source: EmbeddedSource;
  /** The store version its documents are from (-1: never fed). */
  version: number;
  /** Ids changed since then; undefined: too many, re-feed everything. */
  pending: Set<string> | undefined;
  select: (docs: Iterable<SanityDocument>) => SanityDocument[];
  get: (id: string) => SanityDocument | undefined;
}

/** Beyond this many changed ids a full re-index is cheaper than re-filing each. */
const MAX_INCREMENTAL = 2_000;

export class StoreQuery {
  private readonly anonymous: Engine;
  private readonly staff: Engine;

  constructor(
    private readonly store: ContentStore,
    options: StoreQueryOptions = {},
  ) {
    const base = {
      datasetPath: options.datasetPath,
      documents: [],
      imageConfig: { projectId: options.projectId, dataset: options.dataset },
      cacheSize: options.cacheSize,
    };
    this.anonymous = {
      source: new EmbeddedSource(base),
      version: -1,
      pending: undefined,
      select: (docs) => {
        const out: SanityDocument[] = [];
        for (const d of docs) if (isRootId(d._id)) out.push(d);
        return out;
      },
      get: (id) => (isRootId(id) ? (store.getDocument(id) ?? undefined) : undefined),
    };
    this.staff = {
      source: new EmbeddedSource({ ...base, isPublishedId: isPublishedForStaff }),
      version: -1,
      pending: undefined,
      select: (docs) => [...docs],
      get: (id) => store.getDocument(id) ?? undefined,
    };
    store.onCommit((tx) => {
      for (const engine of [this.anonymous, this.staff]) {
        if (engine.version === -1 || !engine.pending) continue;
        for (const change of tx.changes) engine.pending.add(change.id);
        if (engine.pending.size > MAX_INCREMENTAL) engine.pending = undefined;
      }
    });
  }

  /** The engine anonymous readers are answered by, current with the store (the site's read path). */
  publicSource(): EmbeddedSource {
    return this.fresh(this.anonymous);
  }

  private fresh(engine: Engine): EmbeddedSource {
    const version = this.store.version;
    if (engine.version === version) return engine.source;
    const all = () => engine.select(this.store.documents());
    if (engine.version === -1 || !engine.pending) engine.source.setDocuments(all());
    else engine.source.applyChanges(engine.pending, engine.get, all);
    engine.pending = new Set();
    engine.version = version;
    return engine.source;
  }

  async query(request: QueryRequest): Promise<QueryAnswer> {
    const started = performance.now();
    const asked = request.perspective ?? "published";
    const perspective: Perspective = request.identity ? asked : "published";
    const engine = request.identity ? this.staff : this.anonymous;
    const enginePerspective: EnginePerspective =
      perspective === "previewDrafts" ? "drafts" : (perspective satisfies EnginePerspective | "previewDrafts");
    let result: unknown;
    try {
      result = await this.fresh(engine).fetch(request.query, request.params ?? {}, {
        perspective: enginePerspective,
      });
    } catch (error) {
      throw queryError(error, request.query);
    }
    return { result: result ?? null, ms: Math.round(performance.now() - started), perspective };
  }
}

/** groq-js's parse and evaluation errors as Sanity's 400 `queryParseError`. */
function queryError(error: unknown, query: string): StoreError {
  if (error instanceof StoreError) return error;
  const e = error as { message?: string; position?: number; name?: string };
  const description = e?.message ?? String(error);
  const details: Record<string, unknown> = { query };
  if (typeof e?.position === "number") {
    details.start = e.position;
    details.end = e.position + 1;
  }
  return new StoreError(400, "queryParseError", description, details);
}
