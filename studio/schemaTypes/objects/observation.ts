import { ChartUpwardIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";

/** One year's value of an economic indicator, with the source it was taken from. */
export const observationType = defineType({
  name: "observation",
  title: "Observation",
  type: "object",
  icon: ChartUpwardIcon,
  fields: [
    defineField({
      name: "year",
      title: "Year",
      type: "number",
      validation: (rule) => rule.required().integer().min(1991).max(2100),
    }),
    defineField({ name: "value", title: "Value", type: "number", validation: (rule) => rule.required() }),
    defineField({
      name: "preliminary",
      title: "Preliminary",
      description: "An estimate that the statistics office may still revise.",
      type: "boolean",
      initialValue: false,
    }),
    defineField({ name: "asOf", title: "As of", type: "date" }),
    defineField({ name: "source", title: "Source", type: "source", validation: (rule) => rule.required() }),
    defineField({ name: "note", title: "Note", type: "string" }),
  ],
  preview: {
    select: { year: "year", value: "value", preliminary: "preliminary", source: "source.title" },
    prepare: ({ year, value, preliminary, source }) => ({
      title: `${year ?? "?"}: ${value ?? "—"}${preliminary ? " (preliminary)" : ""}`,
      subtitle: source,
    }),
  },
});
