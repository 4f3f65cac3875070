import { CaseIcon, DocumentPdfIcon, TrendUpwardIcon } from "@sanity/icons";
import { defineArrayMember, defineField, defineType } from "sanity";
import { languageField, listOf, slugField, sourcesField, titleField, translationField } from "../lib/fields";
import {
  DATE_PRECISIONS,
  DISTRICTS,
  INVESTMENT_FORMS,
  OPPORTUNITY_STATUSES,
  SECTORS,
  titleOf,
} from "../../../app/content/vocabulary";
import { withLanguage } from "../lib/preview";

/** A project offered to investors; one document per language. */
export const investmentOpportunityType = defineType({
  name: "investmentOpportunity",
  title: "Investment opportunity",
  type: "document",
  icon: CaseIcon,
  groups: [
    { name: "main", title: "Main", default: true },
    { name: "figures", title: "Figures" },
    { name: "process", title: "Status & contact" },
  ],
  fields: [
    languageField,
    translationField,
    { ...titleField(), group: "main" },
    { ...slugField(), group: "main" },
    defineField({
      name: "sector",
      title: "Sector",
      type: "string",
      group: "main",
      options: { list: listOf(SECTORS) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "location",
      title: "Location",
      type: "string",
      group: "main",
      options: { list: listOf(DISTRICTS) },
    }),
    defineField({ name: "summary", title: "Summary", type: "text", rows: 3, group: "main" }),
    defineField({ name: "body", title: "Body", type: "blockContent", group: "main" }),
    defineField({
      name: "areaHa",
      title: "Area (ha)",
      type: "number",
      group: "figures",
      validation: (rule) => rule.positive(),
    }),
    defineField({
      name: "capitalVndBn",
      title: "Capital (billion VND)",
      type: "number",
      group: "figures",
      validation: (rule) => rule.positive(),
    }),
    defineField({
      name: "investmentForms",
      title: "Investment forms",
      type: "array",
      group: "figures",
      of: [{ type: "string" }],
      options: { list: listOf(INVESTMENT_FORMS) },
    }),
    defineField({ name: "incentives", title: "Incentives", type: "array", group: "figures", of: [{ type: "string" }] }),
    defineField({
      name: "illustrative",
      title: "Illustrative figures",
      description: "On when the figures are sample content, not an official offer; the site says so.",
      type: "boolean",
      group: "figures",
      initialValue: false,
    }),
    defineField({ name: "point", title: "Map position", type: "geopoint", group: "figures" }),
    defineField({
      name: "pointApproximate",
      title: "Map position is approximate",
      description: "On when the position is a centre or an estimate, not a surveyed point.",
      type: "boolean",
      group: "figures",
    }),
    defineField({
      name: "status",
      title: "Status",
      type: "string",
      group: "process",
      options: { list: listOf(OPPORTUNITY_STATUSES), layout: "radio" },
      initialValue: "open",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "statusHistory",
      title: "Status history",
      type: "array",
      group: "process",
      of: [
        defineArrayMember({
          name: "statusChange",
          title: "Status change",
          type: "object",
          icon: TrendUpwardIcon,
          fields: [
            defineField({
              name: "status",
              title: "Status",
              type: "string",
              options: { list: listOf(OPPORTUNITY_STATUSES) },
              validation: (rule) => rule.required(),
            }),
            defineField({
              name: "date",
              title: "Date",
              description:
                "Leave empty when the date was not published; for a month or a year, enter its first day and set the precision.",
              type: "date",
            }),
            defineField({
              name: "datePrecision",
              title: "Date precision",
              description: "How much of the date was published; the site shows only that much.",
              type: "string",
              options: { list: listOf(DATE_PRECISIONS), layout: "radio" },
              initialValue: "day",
            }),
            defineField({ name: "note", title: "Note", type: "string" }),
          ],
          preview: {
            select: { status: "status", date: "date", note: "note" },
            prepare: ({ status, date, note }) => ({
              title: `${date ?? "?"}: ${titleOf(OPPORTUNITY_STATUSES, status) ?? status ?? "?"}`,
              subtitle: note,
            }),
          },
        }),
      ],
    }),
    defineField({
      name: "documents",
      title: "Documents",
      type: "array",
      group: "process",
      of: [
        defineArrayMember({
          name: "opportunityDocument",
          title: "Document",
          type: "object",
          icon: DocumentPdfIcon,
          fields: [
            defineField({ name: "title", title: "Title", type: "string", validation: (rule) => rule.required() }),
            defineField({ name: "file", title: "File", type: "file" }),
            defineField({
              name: "url",
              title: "URL",
              type: "url",
              validation: (rule) => rule.uri({ scheme: ["http", "https"] }),
            }),
          ],
          validation: (rule) =>
            rule.custom((doc: { file?: unknown; url?: unknown } | undefined) =>
              !doc || doc.file || doc.url ? true : "Attach a file or give a URL.",
            ),
        }),
      ],
    }),
    defineField({
      name: "office",
      title: "Contact person",
      type: "reference",
      group: "process",
      to: [{ type: "person" }],
    }),
    { ...sourcesField(), group: "process" },
  ],
  preview: {
    select: { title: "title", sector: "sector", status: "status", language: "language" },
    prepare: ({ title, sector, status, language }) => ({
      title,
      subtitle: withLanguage(
        [titleOf(SECTORS, sector), titleOf(OPPORTUNITY_STATUSES, status)].filter(Boolean).join(" · "),
        language,
      ),
    }),
  },
});
