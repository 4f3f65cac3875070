/**
 * Starts the content store for server.js: opens (and on first start seeds) the SQLite
 * file, builds the query engine, the listen hub and the HTTP handler, and keeps the
 * running instance where the site's own server code can reach it (`runningStore()`),
 * since server.js and the Remix build are separate module graphs.
 */
import type { Env } from "../utils/env.server";
import { AssetService } from "./assets.server";
import { seedStore } from "./dataset.server";
import { ListenHub } from "./listen.server";
import { StoreQuery } from "./query.server";
import { ContentStore } from "./store.server";
import {
  createStoreHandler,
  isStoreRequest,
  type StoreHttpHandler,
  type StoreRequest,
  type StoreRoute,
} from "./http.server";
import Database from "better-sqlite3";
import { accountRoute, createAuth, defaultStudioOrigin } from "./auth.server";
import { previewLinkRoute } from "./preview-link.server";
import { databasePaths } from "../backup/backup.server";
import { reportRoute } from "../report/route.server";
import type { Authenticator } from "./types";

export interface RunningContentStore {
  store: ContentStore;
  query: StoreQuery;
  hub: ListenHub;
  handler: StoreHttpHandler;
  projectId: string;
  dataset: string;
  /** True for requests the store answers (its host name or its path prefix). */
  matches: (req: StoreRequest) => boolean;
  /** Ends listen streams with `reconnect` and closes the database. */
  close: () => void;
}

export interface StartOptions {
  /** Who is asking (default: the Studio's accounts and STORE_API_TOKEN, auth.server.ts). */
  authenticator?: Authenticator;
  /** Extra routes (login, assets), tried before the data API. */
  routes?: readonly StoreRoute[];
}

const KEY = Symbol.for("haugiang.content-store");
const holder = globalThis as typeof globalThis & { [KEY]?: RunningContentStore };

/** The store started in this process, if any. */
export function runningStore(): RunningContentStore | undefined {
  return holder[KEY];
}

/** The origins allowed to call with credentials: STORE_CORS_ORIGINS, else the site's own. */
export function allowedOrigins(env: Env): string[] {
  if (env.STORE_CORS_ORIGINS) return env.STORE_CORS_ORIGINS;
  const own = [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`];
  // The Studio served on the HTTP/2 listener calls from its origin.
  if (env.STORE_TLS_PORT)
    own.push(`https://localhost:${env.STORE_TLS_PORT}`, `https://127.0.0.1:${env.STORE_TLS_PORT}`);
  if (env.PUBLIC_URL) own.unshift(new URL(env.PUBLIC_URL).origin);
  return own;
}

export async function startContentStore(env: Env, options: StartOptions = {}): Promise<RunningContentStore> {
  const existing = runningStore();
  if (existing) return existing;
  const projectId = env.STORE_PROJECT_ID;
  const dataset = env.SANITY_DATASET;
  const store = await ContentStore.open({ file: env.STORE_DB, projectId, dataset });
  // A new store is seeded by importing CONTENT_DATASET, so the seed's images become real
  // assets, their bytes in the store (app/store/dataset.server.ts).
  if (store.version === 0 && store.size === 0) await seedStore(store, env.CONTENT_DATASET, { projectId, dataset });
  const query = new StoreQuery(store, {
    datasetPath: env.CONTENT_DATASET,
    projectId,
    dataset,
    cacheSize: env.CONTENT_RESULT_CACHE,
  });
  const hub = new ListenHub(store);
  // The accounts live in the same file, on their own connection (WAL lets both write).
  const accountsDb = new Database(env.STORE_DB);
  accountsDb.pragma("busy_timeout = 5000");
  const origins = allowedOrigins(env);
  const auth = createAuth({
    db: accountsDb,
    projectId,
    apiToken: env.STORE_API_TOKEN,
    loginRateLimit: env.STORE_LOGIN_RATE_LIMIT,
    loginRateWindowS: env.STORE_LOGIN_RATE_WINDOW_S,
    isStudioOrigin: (origin, apiBase) => origins.includes(origin) || defaultStudioOrigin(origin, apiBase, projectId),
  });
  const handler = createStoreHandler({
    store,
    query,
    hub,
    authenticator: options.authenticator ?? auth,
    projectId,
    dataset,
    allowedOrigins: origins,
    pathPrefix: env.STORE_PATH_PREFIX,
    routes: [
      accountRoute(auth, { pathPrefix: env.STORE_PATH_PREFIX, trustProxy: env.TRUST_PROXY }),
      new AssetService({ store, projectId, dataset }).route(),
      previewLinkRoute({ store, secret: env.PREVIEW_SECRET, publicUrl: env.PUBLIC_URL }),
      // The Studio's Report tool: the yearly figures of `npm run report` (app/report/).
      reportRoute({ store, inquiryDb: databasePaths(env).inquiries, visitorsDb: databasePaths(env).visitors }),
      ...(options.routes ?? []),
    ],
  });
  const running: RunningContentStore = {
    store,
    query,
    hub,
    handler,
    projectId,
    dataset,
    matches: (req) => isStoreRequest(req, projectId, env.STORE_PATH_PREFIX),
    close: () => {
      handler.close();
      store.close();
      accountsDb.close();
      if (holder[KEY] === running) delete holder[KEY];
    },
  };
  holder[KEY] = running;
  return running;
}
