import { TranslateIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { studioLanguages } from "../../languages";
import { NAMESPACES, overrideProblem, type UiStringOverride } from "../../../app/i18n/overrides";
import { isLang } from "../../../app/i18n/languages";
import { resources as baseStrings } from "../../../app/i18n/resources";

/**
 * One UI string (a label, a button, a notice) reworded by staff for one language,
 * without a deploy: the site shows `value` instead of the string in
 * locales/<language>/<namespace>.json. The key must exist there, and the value keep
 * exactly its `{{placeholders}}`; the site ignores an override that does not.
 */
export const uiStringOverrideType = defineType({
  name: "uiStringOverride",
  title: "Site text",
  type: "document",
  icon: TranslateIcon,
  fields: [
    defineField({
      name: "language",
      title: "Language",
      type: "string",
      options: { list: studioLanguages.map((l) => ({ value: l.id, title: l.title })) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "namespace",
      title: "Namespace",
      description: "The file in locales/<language>/ the key is in (common: header, footer, notices on every page).",
      type: "string",
      options: { list: NAMESPACES.map((ns) => ({ value: ns, title: ns })) },
      initialValue: "common",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "key",
      title: "Key",
      description:
        "As in the locales file, levels joined by dots (meta.siteName); a plural form is its own key (results_one, results_other).",
      type: "string",
      validation: (rule) =>
        rule.required().custom((key: string | undefined, context) => {
          const doc = context.document as UiStringOverride | undefined;
          if (!key || !isLang(doc?.language) || !doc?.namespace) return true;
          const problem = overrideProblem({ ...doc, key, value: "x" }, baseStrings);
          return problem?.startsWith("unknown key") ? problem : true;
        }),
    }),
    defineField({
      name: "value",
      title: "Text",
      description: "Keep every {{placeholder}} of the original exactly as it is; it is filled in by the site.",
      type: "text",
      rows: 3,
      validation: (rule) =>
        rule.required().custom((value: string | undefined, context) => {
          const doc = context.document as UiStringOverride | undefined;
          if (!value || !doc) return true;
          const problem = overrideProblem({ ...doc, value }, baseStrings);
          // Language, namespace and key report their own problems on their fields.
          if (!problem || problem.startsWith("unknown") || problem === "no key") return true;
          return problem;
        }),
    }),
  ],
  preview: {
    select: { language: "language", namespace: "namespace", key: "key", value: "value" },
    prepare: ({ language, namespace, key, value }: UiStringOverride) => ({
      title: `${language ?? "?"} · ${namespace ?? "?"}:${key ?? "?"}`,
      subtitle: value ?? undefined,
    }),
  },
});
