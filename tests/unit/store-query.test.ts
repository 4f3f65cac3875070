// The store's query engine after commits: re-filing only the changed documents in the indexes answers every page-level query and every indexed filter exactly as a fresh engine over the same documents, in every perspective.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedSource } from "../../app/content/embedded.server";
import { PAGE_LEVEL_QUERIES } from "../../app/content/queries";
import { StoreQuery } from "../../app/store/query.server";
import { ContentStore } from "../../app/store/store.server";
import type { Identity, Mutation } from "../../app/store/types";
import { DEMO_DATASET, demoDatasetExists, FIXTURE_DATASET, sampleParams } from "../support/sample-params";

const editor: Identity = { id: "u", name: "U", email: "u@example.org", role: "editor", via: "session" };
const dir = mkdtempSync(path.join(tmpdir(), "store-query-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Arrays in a canonical order: the engines may list equal-ranked documents differently. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  return value;
}

/** A deterministic pseudo-random sequence. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const INDEXED = [
  '*[_type == "article"]._id',
  '*[_type == "article" && language == "en"]._id',
  '*[language in ["vi", "ko"]]._id',
  "*[defined(slug.current)]{_id, 'slug': slug.current}",
  "*[slug.current == $slug]._id",
  "*[references($ref)]._id",
  "*[_id == $id]{_id, title, _originalId}",
  'count(*[_type == "event"])',
  '*[_type == "article"] | order(_id asc)[0...3]._id',
];

const datasets = [FIXTURE_DATASET, ...(demoDatasetExists ? [DEMO_DATASET] : [])];

describe.each(datasets)("incremental re-indexing on %s", (dataset) => {
  // Dozens of commits, each compared with a freshly built engine: seconds of work, more on a
  // loaded machine, hence the minute of timeout.
  it("answers like a fresh engine after each of many random commits", async () => {
    const store = await ContentStore.open({
      file: path.join(dir, `${path.basename(dataset)}.sqlite`),
      seedDataset: dataset,
    });
    const query = new StoreQuery(store, { datasetPath: dataset });
    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const samples = sampleParams([...store.documents()]);
    const ids = () => [...store.documents()].map((d) => d._id);
    const languages = ["vi", "en", "ko", "ja"];

    const compare = async (label: string) => {
      const all = [...store.documents()];
      const fresh = {
        anonymous: new EmbeddedSource({ documents: all.filter((d) => !d._id.includes(".")) }),
        staff: new EmbeddedSource({
          documents: all,
          isPublishedId: (id) => !id.startsWith("drafts.") && !id.startsWith("versions."),
        }),
      };
      const someId = pick(all)._id;
      const someSlug = (pick(all.filter((d) => d.slug)).slug as { current: string }).current;
      const params = { slug: someSlug, ref: pick(all)._id, id: someId.replace(/^drafts\./, "") };
      for (const [who, identity] of [
        ["anonymous", null],
        ["staff", editor],
      ] as const) {
        for (const perspective of ["published", "drafts", "raw"] as const) {
          if (who === "anonymous" && perspective !== "published") continue;
          const expected = (q: string, p: Record<string, unknown>) =>
            fresh[who].fetch(q, p, { perspective: perspective === "raw" ? "raw" : perspective });
          const actual = async (q: string, p: Record<string, unknown>) =>
            (await query.query({ query: q, params: p, perspective, identity })).result ?? null;
          for (const q of INDEXED) {
            expect(canonical(await actual(q, params)), `${label}: ${who} ${perspective} ${q}`).toEqual(
              canonical((await expected(q, params)) ?? null),
            );
          }
          for (const { name, params: p } of samples.slice(0, 12)) {
            expect(canonical(await actual(PAGE_LEVEL_QUERIES[name], p)), `${label}: ${name}`).toEqual(
              canonical((await expected(PAGE_LEVEL_QUERIES[name], p)) ?? null),
            );
          }
        }
      }
    };

    await compare("start");
    for (let step = 0; step < 30; step++) {
      const id = pick(ids());
      const doc = store.getDocument(id)!;
      const kind = pick(["language", "slug", "type", "reference", "create", "draft", "publish", "delete"] as const);
      let mutations: Mutation[];
      if (kind === "language") mutations = [{ patch: { id, set: { language: pick(languages) } } }];
      else if (kind === "slug") mutations = [{ patch: { id, set: { slug: { _type: "slug", current: `s-${step}` } } } }];
      else if (kind === "type") mutations = [{ patch: { id, set: { _type: pick(["article", "event", "page"]) } } }];
      else if (kind === "reference")
        mutations = [{ patch: { id, set: { related: { _type: "reference", _ref: pick(ids()) } } } }];
      else if (kind === "create")
        mutations = [
          { create: { _id: `new-${step}`, _type: "article", language: pick(languages), title: `n${step}` } },
        ];
      else if (kind === "draft") {
        const publishedId = id.replace(/^drafts\./, "");
        mutations = [{ createOrReplace: { ...doc, _id: `drafts.${publishedId}`, title: `draft ${step}` } }];
      } else if (kind === "publish" && id.startsWith("drafts.")) {
        mutations = [{ createOrReplace: { ...doc, _id: id.slice(7) } }, { delete: { id } }];
      } else mutations = [{ delete: { id } }];
      store.commit(mutations, { identity: editor });
      // Query after some commits, not all: several changes then reach the engine at once.
      if (step % 3 === 2) await compare(`after step ${step} (${kind} ${id})`);
    }
    store.close();
  }, 60_000);
});
