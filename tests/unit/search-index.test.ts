/**
 * The search indexes' life (app/search/index.server.ts): built on first use, one content
 * read and one build per content version however many requests arrive together, rebuilt
 * when the version moves, the previous index answering while the source is down.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setContentSource } from "../../app/content/load.server";
import type { ContentSource } from "../../app/content/source.server";
import { search } from "../../app/search/engine";
import { searchIndex } from "../../app/search/index.server";

function source() {
  const state = { version: "v1", title: "Hậu Giang hội tụ", fetches: 0, down: false };
  const content: ContentSource = {
    kind: "store",
    imageConfig: { projectId: "p", dataset: "d", baseUrl: "" },
    get contentVersion() {
      return state.version;
    },
    fetch: async <T>() => {
      state.fetches++;
      await new Promise((r) => setTimeout(r, 5));
      if (state.down) throw Object.assign(new Error("Service Unavailable"), { statusCode: 503 });
      return {
        documents: [{ _id: "a-vi", _type: "article", language: "vi", title: state.title, slug: "a", kind: "news" }],
        groups: [],
        indicators: [],
      } as T;
    },
  };
  return { state, content };
}

const titles = async (q: string) => search(await searchIndex("vi"), q).hits.map((h) => h.doc.title);

describe("searchIndex", () => {
  beforeEach(() => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => {
    setContentSource(undefined);
    vi.restoreAllMocks();
  });

  it("reads the content once for concurrent requests and builds one index", async () => {
    const { state, content } = source();
    setContentSource(content);
    const indexes = await Promise.all([searchIndex("vi"), searchIndex("vi"), searchIndex("vi"), searchIndex("en")]);
    expect(state.fetches).toBe(1);
    expect(indexes[1]).toBe(indexes[0]);
    expect(indexes[2]).toBe(indexes[0]);
    expect(indexes[3]).not.toBe(indexes[0]);
    expect(await searchIndex("vi")).toBe(indexes[0]);
    expect(state.fetches).toBe(1);
  });

  it("rebuilds when the content version moves", async () => {
    const { state, content } = source();
    setContentSource(content);
    expect(await titles("hoi tu")).toEqual(["Hậu Giang hội tụ"]);
    state.title = "Cần Thơ mới";
    expect(await titles("can tho")).toEqual([]);
    state.version = "v2";
    expect(await titles("can tho")).toEqual(["Cần Thơ mới"]);
    expect(state.fetches).toBe(2);
  });

  it("keeps searching the previous index while the source is down, then tries again", async () => {
    const { state, content } = source();
    setContentSource(content);
    expect(await titles("hau giang")).toHaveLength(1);
    state.version = "v2";
    state.down = true;
    expect(await titles("hau giang")).toHaveLength(1);
    state.down = false;
    state.title = "Cần Thơ mới";
    expect(await titles("can tho")).toEqual(["Cần Thơ mới"]);
  });
});
