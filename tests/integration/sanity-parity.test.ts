/**
 * The two content sources must be interchangeable: every page-level query, asked of
 * the Sanity source (through @sanity/client against a local stand-in of the query
 * API) and of the embedded source (indexed groq-js), gives the same result. Also
 * checks what the site does when the API fails: last good result, else a 503.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readDataset } from "../../app/content/dataset.server";
import { EmbeddedSource } from "../../app/content/embedded.server";
import { parseContentEnv } from "../../app/content/env.server";
import { loadQuery, setContentSource } from "../../app/content/load.server";
import { PAGE_LEVEL_QUERIES } from "../../app/content/queries";
import { SanitySource } from "../../app/content/sanity.server";
import { startFakeSanity, type FakeSanity } from "../support/fake-sanity";
import { DEMO_DATASET, FIXTURE_DATASET, demoDatasetExists, sampleParams } from "../support/sample-params";

const PROJECT_ID = "demo1234";

const datasets = [
  { name: "fixture dataset", path: FIXTURE_DATASET },
  ...(demoDatasetExists ? [{ name: "demo dataset", path: DEMO_DATASET }] : []),
];

describe.each(datasets)("Sanity and embedded sources agree on the $name", async ({ path }) => {
  const loaded = await readDataset(path, { projectId: PROJECT_ID, dataset: "production", baseUrl: "" });
  let fake: FakeSanity;
  let sanity: SanitySource;
  let embedded: EmbeddedSource;

  beforeAll(async () => {
    fake = await startFakeSanity({ datasetPath: path, projectId: PROJECT_ID, dataset: "production" });
    sanity = new SanitySource(
      parseContentEnv({
        SANITY_PROJECT_ID: PROJECT_ID,
        SANITY_API_HOST: fake.url,
        SANITY_READ_TOKEN: "test-token",
        SANITY_TIMEOUT_MS: "1500",
        // Every query must reach the stand-in: the result cache would answer repeats itself.
        SANITY_CACHE_TTL_S: "0",
      }) as ReturnType<typeof parseContentEnv> & { SANITY_PROJECT_ID: string },
    );
    embedded = new EmbeddedSource({ datasetPath: path, imageConfig: { projectId: PROJECT_ID } });
  });
  afterAll(async () => {
    setContentSource(undefined);
    embedded?.close();
    await fake?.close();
  });

  for (const { name, label, params } of sampleParams(loaded.documents)) {
    it(`${name} (${label})`, async () => {
      const query = PAGE_LEVEL_QUERIES[name];
      const fromSanity = await sanity.fetch(query, params);
      const fromEmbedded = await embedded.fetch(query, params);
      expect(fromEmbedded).toEqual(fromSanity);
    });
  }

  it("sends the project id and the perspective the way the real API expects", async () => {
    fake.requests.length = 0;
    await sanity.fetch(PAGE_LEVEL_QUERIES.SITEMAP_QUERY, { source: "vi" });
    expect(fake.requests[0]).toMatchObject({ projectId: PROJECT_ID, perspective: "published" });
    expect(fake.requests[0].path).toBe("/v2025-02-19/data/query/production");
  });

  it("agrees under the drafts perspective too", async () => {
    const draft = loaded.documents.find((d) => d._id.startsWith("drafts.") && d._type === "article");
    if (!draft) return;
    const query = PAGE_LEVEL_QUERIES.SITEMAP_QUERY;
    const fromSanity = await sanity.fetch(query, { source: "vi" }, { perspective: "drafts" });
    expect(await embedded.fetch(query, { source: "vi" }, { perspective: "drafts" })).toEqual(fromSanity);
    const slug = (draft.slug as { current: string }).current;
    const article = PAGE_LEVEL_QUERIES.ARTICLE_QUERY;
    const params = { slug, lang: "vi" };
    expect(await embedded.fetch(article, params, { perspective: "drafts" })).toEqual(
      await sanity.fetch(article, params, { perspective: "drafts" }),
    );
  });

  it("rejects bad GROQ as a client error, not as an outage", async () => {
    await expect(sanity.fetch("*[_type == ")).rejects.toMatchObject({ statusCode: 400 });
  });

  describe("when the API fails", () => {
    const query = PAGE_LEVEL_QUERIES.SITE_SETTINGS_QUERY;
    beforeAll(() => {
      setContentSource(sanity);
      vi.spyOn(console, "warn").mockImplementation(() => {});
      vi.spyOn(console, "error").mockImplementation(() => {});
    });
    afterAll(() => {
      fake.mode = "ok";
      vi.restoreAllMocks();
    });

    it("serves the last good result on a 500", async () => {
      fake.mode = "ok";
      const good = await loadQuery(query);
      fake.mode = "fail";
      expect(await loadQuery(query)).toEqual(good);
    });

    it("serves the last good result when the API does not answer in time", async () => {
      fake.mode = "hang";
      const started = Date.now();
      expect(await loadQuery(query)).toEqual(await embedded.fetch(query));
      // One retry of a 1.5 s timeout: bounded, not the client's default backoff.
      expect(Date.now() - started).toBeLessThan(6_000);
    });

    it("throws a 503 with Retry-After when it never had a good result", async () => {
      fake.mode = "fail";
      const thrown = await loadQuery(PAGE_LEVEL_QUERIES.SITEMAP_QUERY, { never: "asked" }).catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(Response);
      const response = thrown as Response;
      expect(response.status).toBe(503);
      expect(response.statusText).toBe("Service Unavailable");
      expect(response.headers.get("Retry-After")).toBe("30");
    });
  });
});
