// The site's source in the default mode: the store's answers while it runs, the embedded
// seed before; a commit moves the content version, so no last-good answer outlives an edit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { EmbeddedSource } from "../../app/content/embedded.server";
import { loadQuery, setContentSource } from "../../app/content/load.server";
import type { ContentSource } from "../../app/content/source.server";
import { startContentStore, type RunningContentStore } from "../../app/store/mount.server";
import { StoreContentSource } from "../../app/store/site-source.server";
import { parseEnv } from "../../app/utils/env.server";
import { FIXTURE_DATASET } from "../support/sample-params";

const where = { projectId: "demo1234", dataset: "production" };
const dir = mkdtempSync(path.join(tmpdir(), "store-site-source-"));
const seed = new EmbeddedSource({ datasetPath: FIXTURE_DATASET });
const QUERY = "*[_id == 'siteSettings'][0].contactEmail";

afterAll(() => {
  seed.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("before the store runs", () => {
  it("answers from the embedded seed", async () => {
    const source = new StoreContentSource(seed, where);
    expect(source.contentVersion).toBe("seed");
    expect(await source.fetch("count(*[_type == 'article'])")).toBe(await seed.fetch("count(*[_type == 'article'])"));
  });
});

describe("while the store runs", () => {
  let running: RunningContentStore;
  beforeAll(async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    running = await startContentStore(
      parseEnv({ STORE_DB: path.join(dir, "store.sqlite"), CONTENT_DATASET: FIXTURE_DATASET }),
    );
  });
  afterAll(() => running?.close());
  afterEach(() => {
    setContentSource(undefined);
    vi.restoreAllMocks();
  });

  it("answers from the store and follows its commits", async () => {
    const source = new StoreContentSource(seed, where);
    const version = source.contentVersion;
    expect(version).toBe(`store-${running.store.version}`);
    running.store.commit([{ patch: { id: "siteSettings", set: { contactEmail: "a@example.org" } } }], {
      identity: null,
    });
    expect(source.contentVersion).not.toBe(version);
    expect(await source.fetch(QUERY)).toBe("a@example.org");
    expect(await seed.fetch(QUERY)).not.toBe("a@example.org");
  });

  it("serves a last good answer only for the content version it was fetched at", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
    const store = new StoreContentSource(seed, where);
    let failing = false;
    // The store's source, made to fail on demand (the store itself does not fail this way).
    const flaky: ContentSource = {
      kind: store.kind,
      imageConfig: store.imageConfig,
      get contentVersion() {
        return store.contentVersion;
      },
      fetch: (query, params, options) =>
        failing
          ? Promise.reject(Object.assign(new Error("down"), { statusCode: 503 }))
          : store.fetch(query, params, options),
    };
    setContentSource(flaky);
    running.store.commit([{ patch: { id: "siteSettings", set: { contactEmail: "b@example.org" } } }], {
      identity: null,
    });
    expect(await loadQuery(QUERY)).toBe("b@example.org");
    failing = true;
    expect(await loadQuery(QUERY)).toBe("b@example.org");
    // An edit later, the old answer is no longer good: a 503, not yesterday's page.
    running.store.commit([{ patch: { id: "siteSettings", set: { contactEmail: "c@example.org" } } }], {
      identity: null,
    });
    const thrown = await loadQuery(QUERY).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(503);
    failing = false;
    expect(await loadQuery(QUERY)).toBe("c@example.org");
  });

  it("serves the store's images, by the embedded source's project id too, and nothing deleted", async () => {
    const source = new StoreContentSource(seed, where);
    const file = "13427cde155499117bbca528d26140e7cf616119-640x480.png";
    const request = { dataset: "production", file, searchParams: new URLSearchParams("w=320"), accept: null };
    expect((await source.readImage({ ...request, projectId: "demo1234" }))?.contentType).toBe("image/png");
    expect(await source.readImage({ ...request, projectId: "local" })).toBeDefined();
    expect(await source.readImage({ ...request, projectId: "other" })).toBeUndefined();
    running.store.commit([{ delete: { id: "image-13427cde155499117bbca528d26140e7cf616119-640x480-png" } }], {
      identity: null,
    });
    expect(await source.readImage({ ...request, projectId: "demo1234" })).toBeUndefined();
  });
});
