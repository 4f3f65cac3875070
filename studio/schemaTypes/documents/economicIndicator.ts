import { BarChartIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { listOf } from "../lib/fields";
import { INDICATOR_CATEGORIES, INDICATOR_SCOPES, INDICATOR_UNITS, titleOf } from "../../../app/content/vocabulary";
import { sourceLabel, type InternationalizedValue } from "../lib/preview";

/**
 * A statistic with its yearly series. Numbers do not change between languages, so one
 * document carries every language's label (field-level, ADR 0002).
 */
export const economicIndicatorType = defineType({
  name: "economicIndicator",
  title: "Economic indicator",
  type: "document",
  icon: BarChartIcon,
  fields: [
    defineField({
      name: "key",
      title: "Key",
      description: "Stable identifier used by the site, e.g. grdp, exports, fdiProjects.",
      type: "string",
      validation: (rule) =>
        rule
          .required()
          .regex(/^[a-z][a-zA-Z0-9]*$/, { name: "camelCase" })
          .custom(async (key, context) => {
            if (typeof key !== "string" || !context.document) return true;
            const id = context.document._id.replace(/^drafts\./, "");
            const taken = await context
              .getClient({ apiVersion: "2025-02-19" })
              .fetch<boolean>(
                `defined(*[_type == "economicIndicator" && key == $key && !(_id in [$id, $draftId])][0]._id)`,
                { key, id, draftId: `drafts.${id}` },
              );
            return taken ? "Another indicator already uses this key." : true;
          }),
    }),
    defineField({
      name: "label",
      title: "Label",
      type: "internationalizedArrayString",
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: "unit",
      title: "Unit",
      type: "string",
      options: { list: listOf(INDICATOR_UNITS) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "category",
      title: "Category",
      type: "string",
      options: { list: listOf(INDICATOR_CATEGORIES) },
    }),
    defineField({
      name: "scope",
      title: "Area",
      description: "Whether the figures describe the former province or Cần Thơ city.",
      type: "string",
      options: { list: listOf(INDICATOR_SCOPES), layout: "radio" },
    }),
    defineField({ name: "featured", title: "Show on the home page", type: "boolean", initialValue: false }),
    defineField({ name: "order", title: "Order", type: "number" }),
    defineField({
      name: "series",
      title: "Series",
      type: "array",
      of: [{ type: "observation" }],
      validation: (rule) =>
        rule.custom((series: { year?: number }[] | undefined) => {
          const years = (series ?? []).map((o) => o.year).filter((y) => y !== undefined);
          return new Set(years).size === years.length || "Each year may appear only once.";
        }),
    }),
  ],
  orderings: [{ title: "Display order", name: "orderAsc", by: [{ field: "order", direction: "asc" }] }],
  preview: {
    select: { label: "label", key: "key", unit: "unit", featured: "featured" },
    prepare: ({
      label,
      key,
      unit,
      featured,
    }: {
      label?: InternationalizedValue;
      key?: string;
      unit?: string;
      featured?: boolean;
    }) => ({
      title: sourceLabel(label) ?? key,
      subtitle: [key, titleOf(INDICATOR_UNITS, unit), featured ? "featured" : undefined].filter(Boolean).join(" · "),
    }),
  },
});
