/**
 * The site reads the content store in-process (app/store/site-source.server.ts); that fast
 * path must answer exactly what @sanity/client gets over HTTP from the same store
 * (`useProjectHostname: false`, apiHost at the `/api/store` prefix), for every page-level
 * query, before and after a commit, under the published and the drafts perspectives.
 * Private documents (inquiries) stay out of anonymous answers on both paths.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataset } from "../../app/content/dataset.server";
import { EmbeddedSource } from "../../app/content/embedded.server";
import { parseContentEnv } from "../../app/content/env.server";
import { PAGE_LEVEL_QUERIES } from "../../app/content/queries";
import { SanitySource } from "../../app/content/sanity.server";
import { startContentStore, type RunningContentStore } from "../../app/store/mount.server";
import { StoreContentSource } from "../../app/store/site-source.server";
import { parseEnv } from "../../app/utils/env.server";
import { DEMO_DATASET, FIXTURE_DATASET, demoDatasetExists, sampleParams } from "../support/sample-params";

const TOKEN = "store-parity-token-0123456789abcdef";
const PROJECT_ID = "demo1234";

const datasets = [
  { name: "fixture dataset", path: FIXTURE_DATASET },
  ...(demoDatasetExists ? [{ name: "demo dataset", path: DEMO_DATASET }] : []),
];

describe.each(datasets)("the store in-process and over HTTP agree on the $name", async ({ path: datasetPath }) => {
  const loaded = await readDataset(datasetPath, { projectId: PROJECT_ID, dataset: "production", baseUrl: "" });
  const dir = mkdtempSync(path.join(tmpdir(), "store-parity-"));
  let running: RunningContentStore;
  let server: Server;
  let overHttp: SanitySource;
  let overHttpWithToken: SanitySource;
  let inProcess: StoreContentSource;

  beforeAll(async () => {
    const env = parseEnv({
      STORE_DB: path.join(dir, "store.sqlite"),
      CONTENT_DATASET: datasetPath,
      STORE_API_TOKEN: TOKEN,
      STORE_PROJECT_ID: PROJECT_ID,
    });
    running = await startContentStore(env);
    server = createServer((req, res) => running.handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/store`;
    const client = (token?: string) =>
      new SanitySource(
        parseContentEnv({
          SANITY_PROJECT_ID: PROJECT_ID,
          SANITY_API_HOST: apiHost,
          SANITY_TIMEOUT_MS: "5000",
          ...(token ? { SANITY_READ_TOKEN: token } : {}),
        }) as ReturnType<typeof parseContentEnv> & { SANITY_PROJECT_ID: string },
      );
    overHttp = client();
    overHttpWithToken = client(TOKEN);
    inProcess = new StoreContentSource(new EmbeddedSource({ datasetPath }), {
      projectId: PROJECT_ID,
      dataset: "production",
    });
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    running?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const { name, label, params } of sampleParams(loaded.documents)) {
    it(`${name} (${label})`, async () => {
      const query = PAGE_LEVEL_QUERIES[name];
      const fromHttp = await overHttp.fetch(query, params);
      expect(await inProcess.fetch(query, params)).toEqual(fromHttp);
    });
  }

  it("reads the store, not the file: a commit shows on both paths at once and moves the content version", async () => {
    const settings = running.store.getDocument("siteSettings");
    expect(settings).not.toBeNull();
    const before = inProcess.contentVersion;
    running.store.commit([{ patch: { id: "siteSettings", set: { contactEmail: "changed@example.org" } } }], {
      identity: null,
      author: "system",
    });
    expect(inProcess.contentVersion).not.toBe(before);
    const query = "*[_id == 'siteSettings'][0].contactEmail";
    expect(await inProcess.fetch(query)).toBe("changed@example.org");
    expect(await overHttp.fetch(query)).toBe("changed@example.org");
    const site = PAGE_LEVEL_QUERIES.SITE_SETTINGS_QUERY;
    expect(await inProcess.fetch(site)).toEqual(await overHttp.fetch(site));
  });

  it("agrees under the drafts perspective (a token holder over HTTP, the site's preview in-process)", async () => {
    const article = loaded.documents.find((d) => d._type === "article" && !d._id.includes("."));
    expect(article).toBeDefined();
    running.store.commit([{ createOrReplace: { ...article!, _id: `drafts.${article!._id}`, title: "Bản nháp" } }], {
      identity: null,
      author: "system",
    });
    const query = PAGE_LEVEL_QUERIES.SITEMAP_QUERY;
    const fromHttp = await overHttpWithToken.fetch(query, { source: "vi" }, { perspective: "drafts" });
    expect(await inProcess.fetch(query, { source: "vi" }, { perspective: "drafts" })).toEqual(fromHttp);
    const title = `*[_id == $id][0].title`;
    expect(await inProcess.fetch(title, { id: article!._id }, { perspective: "drafts" })).toBe("Bản nháp");
    // Published readers never see the draft.
    expect(await inProcess.fetch(title, { id: article!._id })).toBe(article!.title);
    expect(await overHttp.fetch(title, { id: article!._id })).toBe(article!.title);
  });

  it("keeps private documents (inquiries) out of anonymous answers on both paths", async () => {
    running.store.commit([{ createIfNotExists: { _id: "inquiry.parity-1", _type: "inquiry", status: "new" } }], {
      identity: null,
      author: "system",
    });
    const query = `*[_type == "inquiry"]._id`;
    expect(await inProcess.fetch(query)).toEqual([]);
    expect(await overHttp.fetch(query)).toEqual([]);
    expect(await overHttpWithToken.fetch(query)).toContain("inquiry.parity-1");
  });
});
