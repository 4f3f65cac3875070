// What the render keeps between requests (issue 7, render cost): each memo gives the answer the
// uncached code gave, and the work is done once per content version or input, not per request.
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadQuery, setContentSource } from "~/content/load.server";
import type { ContentSource } from "~/content/source.server";
import { imageView, type ImageConfig } from "~/content/images";
import { formatDateRange } from "~/i18n/format";
import { getFixedT, i18nForRequest, runWithUiStrings, uiStringsWith } from "~/i18n/i18next.server";
import { scriptHashes } from "~/utils/csp.server";
import { createHash } from "node:crypto";

describe("loadQuery's last good result", () => {
  afterEach(() => {
    setContentSource(undefined);
    vi.restoreAllMocks();
  });

  /** A source with a content version that answers a fresh object per call, or fails. */
  function versionedSource() {
    const state = { version: "v1", up: true, calls: 0 };
    const source: ContentSource = {
      kind: "embedded",
      imageConfig: { projectId: "p", dataset: "d", baseUrl: "" },
      get contentVersion() {
        return state.version;
      },
      fetch: async <T>() => {
        if (!state.up) throw Object.assign(new Error("down"), { statusCode: 503 });
        state.calls += 1;
        return { version: state.version, call: state.calls, list: [1, 2] } as T;
      },
    };
    return { state, source };
  }

  it("is copied once per content version, and a reader's edits never reach it", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { state, source } = versionedSource();
    setContentSource(source);
    const clone = vi.spyOn(globalThis, "structuredClone");
    const first = await loadQuery<string, { list: number[]; call: number }>("*[0]");
    first.list.push(99);
    const second = await loadQuery<string, { list: number[]; call: number }>("*[0]");
    second.list.push(100);
    expect(clone).toHaveBeenCalledTimes(1);
    state.up = false;
    expect(await loadQuery("*[0]")).toEqual({ version: "v1", call: 1, list: [1, 2] });
    // A new version is a new key: its result is kept (copied) anew, and served when the source fails.
    state.up = true;
    state.version = "v2";
    clone.mockClear();
    await loadQuery("*[0]");
    await loadQuery("*[0]");
    expect(clone).toHaveBeenCalledTimes(1);
    state.up = false;
    // The first answer of the version is the one kept (later ones of the same version are the same content).
    expect(await loadQuery("*[0]")).toEqual({ version: "v2", call: 3, list: [1, 2] });
  });
});

describe("translators", () => {
  it("are made once per set of strings and language, in that language", () => {
    expect(i18nForRequest("fr")).toBe(i18nForRequest("fr"));
    expect(i18nForRequest("fr").language).toBe("fr");
    expect(i18nForRequest("ja")).not.toBe(i18nForRequest("fr"));
    expect(getFixedT("en")).toBe(getFixedT("en"));
    expect(getFixedT("en", "common")).not.toBe(getFixedT("vi", "common"));
    const strings = uiStringsWith([
      { language: "en", namespace: "common", key: "a11y.skipToContent", value: "Jump to the content" },
    ]);
    runWithUiStrings(strings, () => {
      expect(i18nForRequest("en")).not.toBe(runWithUiStrings(uiStringsWith([]), () => i18nForRequest("en")));
      expect(i18nForRequest("en").t("a11y.skipToContent")).toBe("Jump to the content");
      expect(getFixedT("en")("a11y.skipToContent")).toBe("Jump to the content");
    });
    expect(i18nForRequest("en").t("a11y.skipToContent")).toBe("Skip to main content");
  });
});

describe("image URLs", () => {
  const config: ImageConfig = { projectId: "local", dataset: "production", baseUrl: "" };
  const asset = { _ref: "image-d4980592dc83128f2683f2f4ba304d794d7ba043-1600x900-png" };
  // The lower quarter cropped away: wider than a card, so the hotspot moves the window.
  const crop = { top: 0, bottom: 0.25, left: 0, right: 0 };

  it("are built once per asset, crop, hotspot and layout; alt and caption stay each caller's", () => {
    const vi1 = imageView({ asset, crop, alt: "Sông Hậu", caption: "Ảnh" }, config, 16 / 9)!;
    const en = imageView({ asset, crop, alt: "The Hau River", caption: null }, config, 16 / 9)!;
    expect([vi1.alt, vi1.caption, en.alt, en.caption]).toEqual(["Sông Hậu", "Ảnh", "The Hau River", null]);
    expect(en.srcSet).toBe(vi1.srcSet);
    const hotspot = imageView({ asset, crop, hotspot: { x: 0.1, y: 0.5, width: 0.1, height: 0.1 } }, config, 16 / 9)!;
    expect(hotspot.src).not.toBe(en.src);
    expect(imageView({ asset, crop }, config, "natural")!.src).not.toBe(en.src);
    expect(imageView({ asset }, { ...config, dataset: "staging" }, 16 / 9)!.src).toContain("/staging/");
  });
});

describe("date ranges and script hashes", () => {
  it("give the same text every time", () => {
    const once = formatDateRange("en", "2026-03-01", "2026-03-04");
    expect(formatDateRange("en", "2026-03-01", "2026-03-04")).toBe(once);
    expect(formatDateRange("fr", "2026-03-01", "2026-03-04")).not.toBe(once);
    expect(formatDateRange("en", "2026-03-01")).not.toBe(once);
  });

  it("hash each inline script as the browser does, also when seen before", () => {
    const html = `<script>a()</script><script type="module">import "/b.js"</script>`;
    const expected = ["a()", 'import "/b.js"'].map(
      (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`,
    );
    expect(scriptHashes(html)).toEqual(expected);
    expect(scriptHashes(html)).toEqual(expected);
  });
});
