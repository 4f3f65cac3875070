// Values kept per content version (app/content/per-version.server.ts): rebuilt exactly when the content may have changed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { purgeContentCaches, setContentSource } from "~/content/load.server";
import { perContentVersion } from "~/content/per-version.server";
import type { ContentSource } from "~/content/source.server";

function source(kind: ContentSource["kind"], version?: () => string): ContentSource {
  return {
    kind,
    fetch: async () => null,
    imageConfig: { projectId: "p", dataset: "d", baseUrl: "" },
    get contentVersion() {
      return version?.();
    },
  } as ContentSource;
}

afterEach(() => {
  setContentSource(undefined);
  vi.useRealTimers();
});

describe("perContentVersion", () => {
  it("builds once per version and key, shares a build in flight, and rebuilds when the version moves", async () => {
    let version = "1";
    setContentSource(source("store", () => version));
    const build = vi.fn(async (key: string) => `${key}@${version}`);
    const memo = perContentVersion(build);
    expect(await Promise.all([memo("a"), memo("a")])).toEqual(["a@1", "a@1"]);
    expect(await memo("b")).toBe("b@1");
    expect(build).toHaveBeenCalledTimes(2);
    version = "2";
    expect(await memo("a")).toBe("a@2");
    expect(build).toHaveBeenCalledTimes(3);
  });

  it("rebuilds for another source and after a purge", async () => {
    setContentSource(source("store", () => "1"));
    let n = 0;
    const memo = perContentVersion(async () => ++n);
    expect(await memo("")).toBe(1);
    setContentSource(source("store", () => "1"));
    expect(await memo("")).toBe(2);
    purgeContentCaches();
    expect(await memo("")).toBe(3);
    expect(await memo("")).toBe(3);
  });

  it("does not keep a failed build", async () => {
    setContentSource(source("store", () => "1"));
    let fail = true;
    const memo = perContentVersion(async () => {
      if (fail) throw new Error("source down");
      return "ok";
    });
    await expect(memo("")).rejects.toThrow("source down");
    fail = false;
    expect(await memo("")).toBe("ok");
  });

  it("expires after maxAgeMs on Sanity and on a source without a version, not on the store", async () => {
    vi.useFakeTimers();
    for (const [kind, version, rebuilt] of [
      ["sanity", () => "sanity-0", true],
      ["embedded", undefined, true],
      ["store", () => "7", false],
    ] as const) {
      setContentSource(source(kind, version));
      let n = 0;
      const memo = perContentVersion(async () => ++n, { maxAgeMs: 1000 });
      expect(await memo("")).toBe(1);
      vi.advanceTimersByTime(999);
      expect(await memo("")).toBe(1);
      vi.advanceTimersByTime(2);
      expect(await memo(""), kind).toBe(rebuilt ? 2 : 1);
    }
  });
});
