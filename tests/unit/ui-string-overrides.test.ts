/**
 * The rules for staff's UI-string overrides (app/i18n/overrides.ts), shared by the
 * Studio's validation and the site, and the per-version overlay the site renders with.
 */
import { describe, expect, it } from "vitest";
import { baseStrings, runWithUiStrings, getFixedT, i18nForRequest, uiStringsWith } from "~/i18n/i18next.server";
import {
  baseString,
  mergeNamespace,
  overrideProblem,
  placeholders,
  validOverrides,
  type BaseStrings,
  type ValidOverride,
} from "~/i18n/overrides";
import { resources } from "~/i18n/resources";
import { stringsVersion } from "~/i18n/strings-version.server";

const base = {
  ...resources,
  en: {
    ...resources.en,
    common: {
      greeting: "Hello {{name}}, you have {{count}} messages",
      plain: "Read more",
      posted: "Posted on {{date, datetime}}",
      group: { inner: "Inner text" },
      results_one: "{{count}} result",
      results_other: "{{count}} results",
    },
  },
} satisfies BaseStrings;

const en = (key: string, value: string) => ({ language: "en", namespace: "common", key, value });

describe("placeholders", () => {
  it("are the distinct interpolation names, formats dropped, sorted", () => {
    expect(placeholders("{{ b }} and {{a}} and {{b}}, {{date, datetime}}")).toEqual(["a", "b", "date"]);
    expect(placeholders("no braces")).toEqual([]);
  });
});

describe("overrideProblem", () => {
  it("accepts a value with exactly the base string's placeholders, in any order", () => {
    expect(overrideProblem(en("greeting", "{{count}} messages for {{name}}"), base)).toBeUndefined();
    expect(overrideProblem(en("plain", "Read on"), base)).toBeUndefined();
    expect(overrideProblem(en("posted", "Published {{date, datetime}}"), base)).toBeUndefined();
    expect(overrideProblem(en("group.inner", "Other text"), base)).toBeUndefined();
  });

  it("refuses an unknown key, and a group rather than a string", () => {
    expect(overrideProblem(en("nope", "x"), base)).toMatch(/^unknown key "nope"/);
    expect(overrideProblem(en("group", "x"), base)).toMatch(/^unknown key "group"/);
    expect(overrideProblem(en("group.inner.deeper", "x"), base)).toMatch(/^unknown key/);
    // Object prototype names are not keys.
    expect(overrideProblem(en("toString", "x"), base)).toMatch(/^unknown key/);
  });

  it("treats plural forms as whole keys", () => {
    expect(overrideProblem(en("results_one", "one hit: {{count}}"), base)).toBeUndefined();
    expect(overrideProblem(en("results", "{{count}} hits"), base)).toMatch(/^unknown key "results"/);
    expect(overrideProblem(en("results_few", "{{count}} hits"), base)).toMatch(/^unknown key/);
  });

  it("refuses a missing, an extra, a renamed and an unbalanced placeholder", () => {
    expect(overrideProblem(en("greeting", "Hello {{name}}"), base)).toMatch(/missing \{\{count\}\}/);
    expect(overrideProblem(en("plain", "Read {{more}}"), base)).toMatch(/unknown \{\{more\}\}/);
    expect(overrideProblem(en("greeting", "Hi {{user}}, {{count}} new"), base)).toMatch(
      /missing \{\{name\}\}; unknown \{\{user\}\}/,
    );
    expect(overrideProblem(en("greeting", "Hi {{name}}, {{count}} new }}"), base)).toMatch(/unbalanced/);
  });

  it("refuses an unknown language or namespace, and an empty key or value", () => {
    expect(overrideProblem({ ...en("plain", "x"), language: "de" }, base)).toMatch(/^unknown language "de"/);
    expect(overrideProblem({ ...en("plain", "x"), namespace: "blog" }, base)).toMatch(/^unknown namespace "blog"/);
    expect(overrideProblem(en("", "x"), base)).toBe("no key");
    expect(overrideProblem(en("plain", "  "), base)).toBe("no value");
  });
});

describe("validOverrides", () => {
  it("keeps the valid ones, sorted, and logs one line per invalid one", () => {
    const lines: string[] = [];
    const valid = validOverrides(
      [en("plain", "Read on"), en("nope", "x"), en("greeting", "Hi {{name}}"), { ...en("group.inner", "B") }],
      base,
      (line) => lines.push(line),
    );
    expect(valid.map((o) => o.key)).toEqual(["group.inner", "plain"]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[ui-strings\] override en · common:nope ignored: unknown key/);
    expect(lines[1]).toMatch(/^\[ui-strings\] override en · common:greeting ignored: .*missing \{\{count\}\}/);
  });
});

describe("mergeNamespace", () => {
  it("sets dotted keys on copies, leaving the base objects as they were", () => {
    const before = structuredClone(base.en.common);
    const merged = mergeNamespace(base.en.common, [
      { key: "group.inner", value: "New inner" },
      { key: "plain", value: "Read on" },
    ]) as typeof base.en.common;
    expect(merged.group.inner).toBe("New inner");
    expect(merged.plain).toBe("Read on");
    expect(merged.results_one).toBe("{{count}} result");
    expect(base.en.common).toEqual(before);
  });
});

describe("the per-version overlay", () => {
  const override: ValidOverride = {
    language: "en",
    namespace: "common",
    key: "a11y.skipToContent",
    value: "Jump to the content",
  };

  it("translates with the overrides in their language only, and leaves the base instance alone", () => {
    const strings = uiStringsWith([override]);
    expect(strings.version).not.toBe(stringsVersion);
    expect(strings.instance.getFixedT("en")("a11y.skipToContent")).toBe("Jump to the content");
    expect(strings.instance.getFixedT("ja")("a11y.skipToContent")).toBe(
      baseString(resources, "ja", "common", "a11y.skipToContent"),
    );
    expect(strings.instance.getFixedT("en")("a11y.mainNav")).toBe("Main navigation");
    expect(baseStrings.instance.getFixedT("en")("a11y.skipToContent")).toBe("Skip to main content");
    expect((strings.namespace("en", "common") as { a11y: { skipToContent: string } }).a11y.skipToContent).toBe(
      "Jump to the content",
    );
    expect(strings.namespace("ja", "common")).toBe(resources.ja.common);
    expect((resources.en.common as { a11y: { skipToContent: string } }).a11y.skipToContent).toBe(
      "Skip to main content",
    );
  });

  it("is what a request's translators use while it runs, the base outside", () => {
    const strings = uiStringsWith([override]);
    runWithUiStrings(strings, () => {
      expect(getFixedT("en")("a11y.skipToContent")).toBe("Jump to the content");
      expect(i18nForRequest("en").t("a11y.skipToContent")).toBe("Jump to the content");
    });
    expect(getFixedT("en")("a11y.skipToContent")).toBe("Skip to main content");
    expect(i18nForRequest("en").t("a11y.skipToContent")).toBe("Skip to main content");
  });

  it("is the base itself without overrides, and the same overrides give the same version", () => {
    expect(uiStringsWith([])).toBe(baseStrings);
    expect(uiStringsWith([override]).version).toBe(uiStringsWith([{ ...override }]).version);
    expect(uiStringsWith([{ ...override, value: "Other" }]).version).not.toBe(uiStringsWith([override]).version);
  });
});
