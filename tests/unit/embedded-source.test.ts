import { appendFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluate, parse } from "groq-js";
import { afterAll, describe, expect, it, vi } from "vitest";
import { readDataset, type SanityDocument } from "../../app/content/dataset.server";
import { EmbeddedSource, type EvaluationTrace } from "../../app/content/embedded.server";
import { ALLOWED_WIDTHS, renderImageVariant, variantWidth } from "../../app/content/image-files.server";
import { urlForImage } from "../../app/content/images";
import { PAGE_LEVEL_QUERIES } from "../../app/content/queries";
import { DEMO_DATASET, FIXTURE_DATASET, demoDatasetExists, sampleParams } from "../support/sample-params";

/** The reference: groq-js over every published document, no index, no rewriting. */
async function plainGroq(docs: SanityDocument[], query: string, params: Record<string, unknown>) {
  const published = docs.filter((d) => !d._id.includes("."));
  return (await evaluate(parse(query, { params }), { dataset: published, params })).get();
}

function tracing(source: EmbeddedSource): EvaluationTrace[] {
  const traces: EvaluationTrace[] = [];
  source.onEvaluate = (t) => traces.push(t);
  return traces;
}

const datasets = [
  { name: "fixture dataset", path: FIXTURE_DATASET },
  ...(demoDatasetExists ? [{ name: "demo dataset", path: DEMO_DATASET }] : []),
];

describe.each(datasets)("the embedded source on the $name", async ({ path: datasetPath }) => {
  const { documents } = await readDataset(datasetPath, { projectId: "local", dataset: "production", baseUrl: "" });
  const source = new EmbeddedSource({ datasetPath });

  for (const { name, label, params } of sampleParams(documents)) {
    it(`answers ${name} (${label}) exactly as plain groq-js over the whole dataset`, async () => {
      const query = PAGE_LEVEL_QUERIES[name];
      expect(await source.fetch(query, params)).toEqual(await plainGroq(documents, query, params));
    });
  }

  it("hands groq-js narrowed candidate lists instead of the whole dataset", async () => {
    const fresh = new EmbeddedSource({ datasetPath });
    const traces = tracing(fresh);
    const article = documents.find((d) => d._type === "article" && !d._id.includes("."))!;
    const slug = (article.slug as { current: string }).current;
    await fresh.fetch(PAGE_LEVEL_QUERIES.ARTICLE_QUERY, { slug, lang: "en" });
    await fresh.fetch(PAGE_LEVEL_QUERIES.NEWS_LIST_QUERY, { source: "vi", start: 0, end: 10 });
    expect(traces).toHaveLength(2);
    for (const trace of traces) {
      expect(trace.candidates.length).toBeGreaterThan(0);
      for (const n of trace.candidates) expect(n).toBeLessThan(trace.viewSize);
    }
    // The news page: the list is sorted once, and groq-js gets only the first `end` of it.
    expect(traces[1].candidates).toContain(
      Math.min(
        10,
        documents.filter((d) => d._type === "article" && d.language === "vi" && !d._id.includes(".")).length,
      ),
    );
    // The article by slug: only documents with that slug, then only metadata that references it.
    expect(Math.max(...traces[0].candidates)).toBeLessThanOrEqual(
      documents.filter((d) => (d.slug as { current?: string })?.current === slug).length,
    );
  });

  it("counts and cuts filters with a residual test exactly, each residual apart (no result cache)", async () => {
    const fresh = new EmbeddedSource({ datasetPath, cacheSize: 0 });
    const kinds = ["news", "pressRelease", "none"];
    // Same indexed conjuncts, same parameters, different residuals: kept counts and walks must not mix.
    const queries = [
      ...kinds.map((kind) => [`count(*[_type == "article" && language == $source && kind == "${kind}"])`, {}] as const),
      ...kinds.map(
        (kind) =>
          [
            `*[_type == "article" && language == $source && kind == "${kind}"] | order(publishedAt desc)[0...2]._id`,
            {},
          ] as const,
      ),
      ...kinds.map(
        (kind) => [`count(*[_type == "article" && language == $source && kind == $kind])`, { kind }] as const,
      ),
      [`count(*[_type == "article" && language == $source && !defined(kind)])`, {}] as const,
    ];
    for (let round = 0; round < 2; round++) {
      for (const [query, params] of queries) {
        const all = { source: "vi", ...params };
        expect(await fresh.fetch(query, all), `${query} ${JSON.stringify(params)}`).toEqual(
          await plainGroq(documents, query, all),
        );
      }
    }
  });

  it("answers a repeated query from its cache", async () => {
    const fresh = new EmbeddedSource({ datasetPath });
    const traces = tracing(fresh);
    const query = `*[_type == "article"]._id`;
    const first = await fresh.fetch<string[]>(query);
    first.length = 0; // a caller editing its copy must not edit the cache
    const second = await fresh.fetch<string[]>(query);
    expect(traces).toHaveLength(1);
    expect(second.length).toBeGreaterThan(0);
  });
});

describe("the embedded source's rules", async () => {
  const { documents } = await readDataset(FIXTURE_DATASET, { projectId: "local", dataset: "production", baseUrl: "" });
  const source = new EmbeddedSource({ datasetPath: FIXTURE_DATASET });

  it("hides drafts and private documents under the published perspective", async () => {
    expect(documents.some((d) => d._id.startsWith("drafts."))).toBe(true);
    expect(await source.fetch(`*[_id in path("drafts.**") || _id in path("inquiry.**")]._id`)).toEqual([]);
    expect(await source.fetch(`*[slug.current == "bai-nhap"]`)).toEqual([]);
    const article = await source.fetch<{ versions: { title: string }[] }>(PAGE_LEVEL_QUERIES.ARTICLE_QUERY, {
      slug: "tin-so-1",
      lang: "vi",
    });
    expect(article.versions.map((v) => v.title)).not.toContain("BẢN NHÁP: Tin 1");
  });

  it("overlays drafts on their published ids under the drafts perspective", async () => {
    const drafts = { perspective: "drafts" } as const;
    const article = await source.fetch<{ _id: string; versions: { title: string }[] }>(
      PAGE_LEVEL_QUERIES.ARTICLE_QUERY,
      { slug: "tin-so-1", lang: "vi" },
      drafts,
    );
    expect(article._id).toBe("article-1-vi");
    expect(article.versions.map((v) => v.title)).toContain("BẢN NHÁP: Tin 1");
    expect(await source.fetch(`*[slug.current == "bai-nhap"]._id`, {}, drafts)).toEqual(["article-draft-only"]);
    expect(await source.fetch(`count(*[_id == "article-1-vi"])`, {}, drafts)).toBe(1);
  });

  it("never lets the index drop a document the filter would keep (null parameters)", async () => {
    const query = `*[language == $lang]._id`;
    expect(await source.fetch(query, { lang: null })).toEqual(await plainGroq(documents, query, { lang: null }));
    expect(await source.fetch(query, { lang: null })).toContain("siteSettings");
  });

  it("turns export asset pointers into references that resolve to dimensions", async () => {
    const image = await source.fetch<{
      asset: { _ref: string };
      dimensions: { width: number; height: number; aspectRatio: number };
    }>(`*[_id == "article-1-vi"][0].mainImage{asset, "dimensions": asset->metadata.dimensions}`);
    expect(image.asset._ref).toMatch(/^image-[a-f0-9]{40}-1600x900-png$/);
    expect(image.dimensions).toMatchObject({ width: 1600, height: 900, aspectRatio: 1600 / 900 });
    expect(documents.some((d) => JSON.stringify(d).includes("_sanityAsset"))).toBe(false);
  });
});

describe("dataset reloading", () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("drops cached results when the dataset file changes", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "embedded-"));
    await cp(FIXTURE_DATASET, dir, { recursive: true });
    const source = new EmbeddedSource({ datasetPath: dir, watch: true });
    vi.spyOn(console, "info").mockImplementation(() => {});
    const query = `count(*[_type == "article" && language == "vi"])`;
    const before = await source.fetch<number>(query);
    const version = source.datasetVersion;
    const added = { _id: "article-added", _type: "article", language: "vi", title: "Mới", slug: { current: "moi" } };
    await appendFile(path.join(dir, "data.ndjson"), `${JSON.stringify(added)}\n`);
    await vi.waitFor(() => expect(source.datasetVersion).not.toBe(version), { timeout: 5_000, interval: 50 });
    expect(await source.fetch<number>(query)).toBe(before + 1);
    source.close();
    vi.restoreAllMocks();
  });
});

describe("embedded images", () => {
  const config = { projectId: "local", dataset: "production", baseUrl: "" };
  const ref = "image-d4980592dc83128f2683f2f4ba304d794d7ba043-1600x900-png";
  const file = "d4980592dc83128f2683f2f4ba304d794d7ba043-1600x900.png";
  const imagesDir = path.join(FIXTURE_DATASET, "images");

  it("builds site-relative URLs in the embedded mode and CDN URLs on Sanity", () => {
    expect(
      urlForImage({ asset: { _ref: ref } }, config)
        .width(800)
        .url(),
    ).toBe(`/images/local/production/${file}?w=800&fit=max&auto=format`);
    expect(
      urlForImage({ asset: { _ref: ref } }, { ...config, projectId: "abc", baseUrl: "https://cdn.sanity.io" })
        .width(800)
        .url(),
    ).toMatch(/^https:\/\/cdn\.sanity\.io\/images\/abc\/production\//);
  });

  it("rounds widths up to the allowed list and never upscales", () => {
    expect(variantWidth(700, 1600)).toBe(800);
    expect(variantWidth(5000, 9000)).toBe(ALLOWED_WIDTHS.at(-1));
    expect(variantWidth(2400, 1600)).toBe(1600);
  });

  it("serves a resized WebP when the browser accepts it", async () => {
    const variant = await renderImageVariant(imagesDir, {
      file,
      searchParams: new URLSearchParams("w=500&auto=format"),
      accept: "image/avif,image/webp,*/*",
    });
    expect(variant?.contentType).toBe("image/webp");
    expect(variant?.negotiated).toBe(true);
    const sharp = (await import("sharp")).default;
    expect((await sharp(variant!.body).metadata()).width).toBe(640);
  });

  it("refuses names that are not content-addressed image files", async () => {
    for (const name of [
      "../data.ndjson",
      "..%2Fdata.ndjson",
      "d4980592dc83128f2683f2f4ba304d794d7ba043-1600x900.svg",
      "x.png",
    ]) {
      expect(
        await renderImageVariant(imagesDir, { file: name, searchParams: new URLSearchParams(), accept: null }),
      ).toBeUndefined();
    }
    const missing = "0000000000000000000000000000000000000000-10x10.png";
    expect(
      await renderImageVariant(imagesDir, { file: missing, searchParams: new URLSearchParams(), accept: null }),
    ).toBeUndefined();
  });
});
