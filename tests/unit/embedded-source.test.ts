import { describe, expect, it } from "vitest";
import { evaluate, parse } from "groq-js";
import { EmbeddedSource } from "../../app/content/embedded.server";
import { readDataset } from "../../app/content/dataset.server";
import { PAGE_LEVEL_QUERIES } from "../../app/content/queries";
import { FIXTURE_DATASET, sampleParams } from "../support/sample-params";

describe("scratch", async () => {
  const loaded = await readDataset(FIXTURE_DATASET, { projectId: "local", dataset: "production", baseUrl: "" });
  const publishedDocs = loaded.documents.filter((d) => !d._id.includes("."));
  const source = new EmbeddedSource({ datasetPath: FIXTURE_DATASET });
  for (const { name, label, params } of sampleParams(loaded.documents)) {
    it(`${name} ${label}`, async () => {
      const q = PAGE_LEVEL_QUERIES[name];
      const expected = await (await evaluate(parse(q, { params }), { dataset: publishedDocs, params })).get();
      const traces: any[] = [];
      source.onEvaluate = (t) => traces.push(t);
      const actual = await source.fetch(q, params);
      console.log(name, label, JSON.stringify(traces.map(t=>t.candidates)), JSON.stringify(actual).slice(0, 200));
      expect(actual).toEqual(expected);
    });
  }
});
