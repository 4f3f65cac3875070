import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { contentHealth, loadQuery, setContentSource } from "../../app/content/load.server";
import type { ContentSource, FetchOptions, QueryParams } from "../../app/content/source.server";

/** A source that answers from a function, so each test decides when it fails. */
function scriptedSource(
  answer: (query: string, params: QueryParams, options: FetchOptions) => Promise<unknown>,
): ContentSource {
  return {
    kind: "sanity",
    imageConfig: { projectId: "p", dataset: "d", baseUrl: "https://cdn.sanity.io" },
    fetch: <T>(query: string, params: QueryParams = {}, options: FetchOptions = {}) =>
      answer(query, params, options) as Promise<T>,
  };
}

function outage(): Error {
  return Object.assign(new Error("Service Unavailable"), { statusCode: 503 });
}

describe("loadQuery", () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    setContentSource(undefined);
    vi.restoreAllMocks();
  });

  it("serves the last good result for the same query and params when the source fails, and logs it", async () => {
    let up = true;
    setContentSource(scriptedSource(async (_q, params) => (up ? { answer: params.n } : Promise.reject(outage()))));
    expect(await loadQuery("*[0]", { n: 1 })).toEqual({ answer: 1 });
    up = false;
    expect(await loadQuery("*[0]", { n: 1 })).toEqual({ answer: 1 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("last good result"));
  });

  it("throws a 503 Response with Retry-After when there is no good result to fall back on", async () => {
    setContentSource(scriptedSource(async () => Promise.reject(new Error("socket hang up"))));
    const thrown = await loadQuery("*[0]", { n: 2 }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(503);
    expect((thrown as Response).statusText).toBe("Service Unavailable");
    expect((thrown as Response).headers.get("Retry-After")).toBe("30");
  });

  it("does not answer other params with a result it kept for one set", async () => {
    let up = true;
    setContentSource(scriptedSource(async (_q, params) => (up ? params.n : Promise.reject(outage()))));
    await loadQuery("*[0]", { n: 1 });
    up = false;
    await expect(loadQuery("*[0]", { n: 3 })).rejects.toBeInstanceOf(Response);
  });

  it("keeps drafts and published results apart", async () => {
    let up = true;
    setContentSource(scriptedSource(async (_q, _p, options) => (up ? options.perspective : Promise.reject(outage()))));
    await loadQuery("*[0]", {}, { perspective: "drafts" });
    up = false;
    await expect(loadQuery("*[0]", {}, { perspective: "published" })).rejects.toBeInstanceOf(Response);
    expect(await loadQuery("*[0]", {}, { perspective: "drafts" })).toBe("drafts");
  });

  it("rethrows errors that a retry cannot fix (a bad query)", async () => {
    const bad = Object.assign(new Error("unexpected token"), { statusCode: 400 });
    setContentSource(scriptedSource(async () => Promise.reject(bad)));
    await expect(loadQuery("*[")).rejects.toBe(bad);
  });

  it("hands each caller its own copy of a fallback result", async () => {
    let up = true;
    setContentSource(scriptedSource(async () => (up ? { list: [1, 2] } : Promise.reject(outage()))));
    await loadQuery("*[1]");
    up = false;
    const first = await loadQuery<string, { list: number[] }>("*[1]");
    first.list.pop();
    expect(await loadQuery("*[1]")).toEqual({ list: [1, 2] });
  });

  describe("when the source hangs", () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it("serves the last good copy after the stale budget and lets the answer refresh it behind", async () => {
      const pending: Array<(value: unknown) => void> = [];
      let up = true;
      setContentSource(scriptedSource(async () => (up ? "first" : new Promise((resolve) => pending.push(resolve)))));
      expect(await loadQuery("*[2]")).toBe("first");
      up = false;
      const stale = loadQuery("*[2]");
      await vi.advanceTimersByTimeAsync(400);
      expect(await stale).toBe("first");
      expect(contentHealth()).toMatchObject({ state: "degraded", kind: "sanity", reason: "no answer within 400 ms" });
      // Known trouble: the copy at once, no second request while the first is out.
      expect(await loadQuery("*[2]")).toBe("first");
      expect(pending).toHaveLength(1);
      pending[0]("second");
      await vi.advanceTimersByTimeAsync(0);
      expect(contentHealth().state).toBe("ok");
      // The refreshed copy is what the next reader gets while the source hangs again.
      const next = loadQuery("*[2]");
      await vi.advanceTimersByTimeAsync(400);
      expect(await next).toBe("second");
    });

    it("asks the source once for many readers of the same query", async () => {
      let calls = 0;
      let release: (value: unknown) => void = () => {};
      setContentSource(
        scriptedSource(() => {
          calls += 1;
          return new Promise((resolve) => (release = resolve));
        }),
      );
      const readers = Array.from({ length: 20 }, () => loadQuery("*[3]"));
      release("shared");
      expect(await Promise.all(readers)).toEqual(Array(20).fill("shared"));
      expect(calls).toBe(1);
    });

    it("answers a query it never had with a 503 within the budget once the source is known to fail", async () => {
      let hang = false;
      setContentSource(scriptedSource(() => (hang ? new Promise(() => {}) : Promise.reject(outage()))));
      await expect(loadQuery("*[4]")).rejects.toBeInstanceOf(Response);
      expect(contentHealth()).toMatchObject({ state: "degraded", reason: "HTTP 503" });
      hang = true;
      const cold = loadQuery("*[5]").catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(400);
      const thrown = await cold;
      expect(thrown).toBeInstanceOf(Response);
      expect((thrown as Response).headers.get("Retry-After")).toBe("30");
    });
  });
});
