/**
 * The site's content source in the default mode (no SANITY_PROJECT_ID): the content store
 * this process runs, read in-process through the store's own query engine, exactly what
 * an anonymous reader of the store's HTTP API gets (root ids only: no drafts, no
 * inquiries). tests/integration/store-parity.test.ts holds the fast path to that claim:
 * every page-level query answers the same through @sanity/client over HTTP.
 *
 * A commit bumps the store's version; the engine re-indexes on the next query and drops
 * its result cache, and `contentVersion` (part of loadQuery's last-good keys) moves on, so
 * a published edit shows on the next request in every language it touches.
 *
 * Until the store runs (server.js starts it before it listens; tests that import the site's
 * modules directly never start it) the embedded file dataset answers, as before the store.
 * Once a store has run, it alone answers: closed (shutting down, or its database lost),
 * it fails with a 503 StoreError, so loadQuery serves last good copies and a 503 page
 * instead of the seed's long-outdated content. Reads come from the documents the store
 * holds in memory, so a locked database (another writer) does not stop them.
 */
import { EMBEDDED_PROJECT_ID } from "../content/embedded.server";
import type { ImageVariant } from "../content/image-files.server";
import type {
  ContentSource,
  FetchOptions,
  FileAssetResponse,
  FileRequest,
  ImageConfig,
  ImageFileRequest,
  QueryParams,
} from "../content/source.server";
import { AssetService } from "./assets.server";
import { StoreError } from "./types";
import { runningStore, type RunningContentStore } from "./mount.server";
import type { Identity } from "./types";

/** Who the site is when it previews drafts: the server itself, never a person. */
const SITE_IDENTITY: NonNullable<Identity> = {
  id: "site",
  name: "Site preview",
  email: "site@localhost",
  role: "viewer",
  via: "api-token",
};

export class StoreContentSource implements ContentSource {
  readonly kind = "store" as const;
  readonly imageConfig: ImageConfig;
  private assets?: { running: RunningContentStore; service: AssetService };
  /** A store answered for this source once: from then on, no silent fallback to the seed. */
  private started = false;
  private lastVersion?: string;

  constructor(
    private readonly fallback: ContentSource,
    where: { projectId: string; dataset: string },
  ) {
    this.imageConfig = { projectId: where.projectId, dataset: where.dataset, baseUrl: "" };
  }

  private running(): RunningContentStore | undefined {
    const running = runningStore();
    if (running && running.projectId === this.imageConfig.projectId) {
      this.started = true;
      return running;
    }
    return undefined;
  }

  /** The store's version while it runs; part of every cache key built on results. */
  get contentVersion(): string {
    const running = this.running();
    // A store that stopped keeps its last version: the last good copies stay reachable.
    if (running) this.lastVersion = `store-${running.store.version}`;
    return running ? this.lastVersion! : (this.lastVersion ?? "seed");
  }

  async fetch<T = unknown>(query: string, params: QueryParams = {}, options: FetchOptions = {}): Promise<T> {
    const running = this.running();
    if (!running && this.started) throw new StoreError(503, "storeUnavailable", "The content store is not running");
    if (!running) return this.fallback.fetch<T>(query, params, options);
    options.signal?.throwIfAborted();
    if (options.perspective === "drafts") {
      const answer = await running.query.query({ query, params, perspective: "drafts", identity: SITE_IDENTITY });
      // T is the caller's claim about the query's result (typegen's), as with @sanity/client.
      return answer.result as T;
    }
    return running.query.publicSource().fetch<T>(query, params, { perspective: "published" });
  }

  /** Nothing to prepare: the store loads its documents when it opens. */
  async warmUp(): Promise<void> {
    if (!this.running()) await this.fallback.warmUp?.();
  }

  private service(): AssetService | undefined {
    const running = this.running();
    if (!running) return undefined;
    if (this.assets?.running !== running) {
      this.assets = {
        running,
        service: new AssetService({ store: running.store, projectId: running.projectId, dataset: running.dataset }),
      };
    }
    return this.assets.service;
  }

  /**
   * Images of the store's assets. The embedded source's URLs (`/images/local/…`, in pages
   * cached before the store) name the same files and keep working.
   */
  async readImage(request: ImageFileRequest): Promise<ImageVariant | undefined> {
    const service = this.service();
    if (!service) return this.fallback.readImage?.(request);
    const projectId = request.projectId === EMBEDDED_PROJECT_ID ? service.projectId : request.projectId;
    return service.image({ ...request, projectId });
  }

  async readFile(request: FileRequest): Promise<FileAssetResponse | undefined> {
    return this.service()?.file(request.projectId, request.dataset, request.file, request.searchParams);
  }
}
