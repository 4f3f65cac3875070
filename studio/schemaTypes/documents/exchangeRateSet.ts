import { EarthGlobeIcon } from "@sanity/icons";
import { defineArrayMember, defineField, defineType } from "sanity";
import { listOf } from "../lib/fields";
import { CURRENCIES } from "../../../app/content/vocabulary";

/**
 * The rates behind "≈ ¥ … (rate of <date>, <source>)" beside VND amounts on the
 * investment pages. Not translated. The site uses the set with the latest `asOf`, and
 * labels every converted figure as illustrative while `illustrative` is on.
 */
export const exchangeRateSetType = defineType({
  name: "exchangeRateSet",
  title: "Exchange rates",
  type: "document",
  icon: EarthGlobeIcon,
  fields: [
    defineField({ name: "title", title: "Title", type: "string", validation: (rule) => rule.required() }),
    defineField({
      name: "illustrative",
      title: "Illustrative rates",
      description: "On when these are sample figures, not a published rate; the site says so beside every conversion.",
      type: "boolean",
      initialValue: true,
    }),
    defineField({ name: "asOf", title: "Rates as of", type: "date", validation: (rule) => rule.required() }),
    defineField({
      name: "rates",
      title: "Rates",
      type: "array",
      of: [
        defineArrayMember({
          name: "exchangeRate",
          title: "Rate",
          type: "object",
          fields: [
            defineField({
              name: "currency",
              title: "Currency",
              type: "string",
              options: { list: listOf(CURRENCIES) },
              validation: (rule) => rule.required(),
            }),
            defineField({
              name: "vndPerUnit",
              title: "VND per unit",
              type: "number",
              validation: (rule) => rule.required().positive(),
            }),
          ],
          preview: {
            select: { currency: "currency", vnd: "vndPerUnit" },
            prepare: ({ currency, vnd }) => ({ title: `1 ${currency ?? "?"} = ${vnd ?? "?"} VND` }),
          },
        }),
      ],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({ name: "source", title: "Source", type: "source", validation: (rule) => rule.required() }),
  ],
  preview: {
    select: { title: "title", asOf: "asOf", illustrative: "illustrative" },
    prepare: ({ title, asOf, illustrative }) => ({
      title,
      subtitle: [asOf, illustrative ? "illustrative" : null].filter(Boolean).join(" · "),
    }),
  },
});
