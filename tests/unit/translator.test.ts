// The browser's translator (app/i18n/translator.ts) must say exactly what the server's i18next says,
// or hydration would find other text: every key of every namespace and language, with and without
// a count, with its placeholders filled, through both.
import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { i18nConfig, NAMESPACES } from "~/i18n/config";
import { LANGUAGE_IDS } from "~/i18n/languages";
import { resources } from "~/i18n/resources";
import { createTranslator } from "~/i18n/translator";

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const reference = createInstance();
await reference.init({ ...i18nConfig, lng: "vi", resources });

describe("the browser translator", () => {
  for (const lang of LANGUAGE_IDS) {
    it(`says what i18next says in ${lang}`, async () => {
      const mini = createTranslator();
      for (const ns of NAMESPACES) mini.addResourceBundle(lang, ns, resources[lang][ns]);
      // The English fallback, as i18next has it.
      for (const ns of NAMESPACES) if (lang !== "en") mini.addResourceBundle("en", ns, resources.en[ns]);
      await mini.changeLanguage(lang);
      for (const ns of NAMESPACES) {
        const expected = reference.getFixedT(lang, ns);
        const actual = mini.getFixedT(lang, ns);
        const keys = new Set(leaves(resources[lang][ns]).map(([key]) => key.replace(PLURAL, "")));
        for (const key of keys) {
          const text = leaves(resources[lang][ns]).find(([k]) => k.replace(PLURAL, "") === key)?.[1] ?? "";
          const names = [...text.matchAll(/\{\{-?\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).filter((n) => n !== "count");
          const values = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
          for (const options of [undefined, values, ...[0, 1, 2, 5, 21].map((count) => ({ ...values, count }))]) {
            expect(actual(key, options), `${lang} ${ns}:${key} ${JSON.stringify(options)}`).toBe(
              expected(key, options),
            );
          }
        }
      }
    });
  }

  it("falls back to the default value, then the key, and reads ns:key", async () => {
    const mini = createTranslator();
    mini.addResourceBundle("ja", "common", { a: { b: "ビー" } });
    await mini.changeLanguage("ja");
    const t = mini.getFixedT(null, "investment");
    expect(t("common:a.b")).toBe("ビー");
    expect(t("missing", { defaultValue: "fallback {{x}}", x: 1 })).toBe("fallback 1");
    expect(t("missing.key")).toBe("missing.key");
  });
});
