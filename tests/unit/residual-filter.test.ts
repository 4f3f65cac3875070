/** The embedded engine's compiled residual filters agree with groq-js, document by document. */
import { evaluate, parse, type ExprNode } from "groq-js";
import { describe, expect, it } from "vitest";
import { compileResidual } from "../../app/content/residual-filter.server";
import { EmbeddedSource } from "../../app/content/embedded.server";

const DOCS = [
  { _id: "a", _type: "event", language: "vi", startsAt: "2025-01-01", endsAt: "2025-01-03", n: 1 },
  { _id: "b", _type: "event", language: "vi", startsAt: "2025-02-01", n: "1" },
  { _id: "c", _type: "event", language: "vi", startsAt: 5, endsAt: null, flag: true },
  { _id: "d", _type: "event", language: "vi", nested: { x: "2025-03-01" }, flag: false },
  { _id: "e", _type: "event", language: "vi", startsAt: "2024-12-31", endsAt: ["x"] },
];

const FILTERS = [
  "coalesce(endsAt, startsAt) >= $today",
  "coalesce(endsAt, startsAt) < $today",
  "startsAt <= $today || defined(nested)",
  "!(n == 1) && defined(startsAt)",
  "n != 1",
  "flag == true",
  "!flag",
  "nested.x > $today",
  "(startsAt > 1) || endsAt == null",
];

describe("compileResidual", () => {
  it.each(FILTERS)("%s keeps what groq-js keeps", async (filter) => {
    const params = { today: "2025-01-02" };
    const tree = parse(`*[${filter}]`, { params }) as ExprNode & { expr: ExprNode };
    const test = compileResidual([tree.expr]);
    expect(test, "compiles").toBeDefined();
    const expected = (await (await evaluate(tree, { dataset: DOCS, params })).get()) as { _id: string }[];
    expect(DOCS.filter((d) => test!(d, params)).map((d) => d._id)).toEqual(expected.map((d) => d._id));
  });

  it("does not compile what reaches outside the document", () => {
    const tree = parse(`*[count(*[_type == "x"]) > 0]`) as ExprNode & { expr: ExprNode };
    expect(compileResidual([tree.expr])).toBeUndefined();
  });

  it("gives the engine's ordered slices the answer groq-js gives", async () => {
    const source = new EmbeddedSource({ documents: DOCS, cacheSize: 0 });
    for (const [op, dir] of [
      [">=", "asc"],
      ["<", "desc"],
    ]) {
      const query = `*[_type == "event" && language == "vi" && coalesce(endsAt, startsAt) ${op} $today] | order(startsAt ${dir})[0...2]{_id}`;
      const params = { today: "2025-01-02" };
      const expected = await (await evaluate(parse(query, { params }), { dataset: DOCS, params })).get();
      expect(await source.fetch(query, params), query).toEqual(expected);
    }
  });
});
