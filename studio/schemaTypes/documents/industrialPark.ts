import { PackageIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { SOURCE_LANG } from "../../languages";
import { languageField, listOf, slugField, sourcesField, titleField, translationField } from "../lib/fields";
import { DATE_PRECISIONS, DISTRICTS, PARK_STATUSES, titleOf } from "../../../app/content/vocabulary";
import { withLanguage } from "../lib/preview";

/** An industrial park or cluster with its land and lease figures; one document per language. */
export const industrialParkType = defineType({
  name: "industrialPark",
  title: "Industrial park",
  type: "document",
  icon: PackageIcon,
  fields: [
    languageField,
    translationField,
    titleField(),
    slugField(),
    defineField({ name: "location", title: "Location", type: "string", options: { list: listOf(DISTRICTS) } }),
    defineField({
      name: "status",
      title: "Status",
      type: "string",
      options: { list: listOf(PARK_STATUSES), layout: "radio" },
    }),
    defineField({ name: "areaHa", title: "Area (ha)", type: "number", validation: (rule) => rule.positive() }),
    defineField({
      name: "occupancyPercent",
      title: "Occupancy (%)",
      type: "number",
      validation: (rule) => rule.min(0).max(100),
    }),
    defineField({
      name: "availableHa",
      title: "Available land (ha)",
      type: "number",
      validation: (rule) => rule.min(0),
    }),
    defineField({
      name: "asOf",
      title: "Figures as of",
      description: "Occupancy and available land change; say when they were true.",
      type: "date",
    }),
    defineField({
      name: "asOfPrecision",
      title: 'Precision of "as of"',
      description: 'How much of the date the source gives (e.g. "mid-2023" is a month at best).',
      type: "string",
      options: { list: listOf(DATE_PRECISIONS), layout: "radio" },
      initialValue: "day",
    }),
    defineField({ name: "infrastructure", title: "Infrastructure", type: "array", of: [{ type: "string" }] }),
    defineField({
      name: "leasePrice",
      title: "Lease price",
      type: "object",
      fields: [
        defineField({ name: "minUsdPerM2", title: "From (USD/m²)", type: "number", validation: (rule) => rule.min(0) }),
        defineField({ name: "maxUsdPerM2", title: "To (USD/m²)", type: "number", validation: (rule) => rule.min(0) }),
        defineField({ name: "note", title: "Note", type: "string" }),
      ],
    }),
    defineField({ name: "tenants", title: "Tenants", type: "array", of: [{ type: "string" }] }),
    defineField({ name: "summary", title: "Summary", type: "text", rows: 3 }),
    defineField({ name: "body", title: "Body", type: "blockContent" }),
    defineField({ name: "contact", title: "Contact person", type: "reference", to: [{ type: "person" }] }),
    defineField({ name: "point", title: "Map position", type: "geopoint" }),
    defineField({
      name: "opportunity",
      title: "Investment opportunity",
      description: "The opportunity offering land in this park, if any (its source-language version).",
      type: "reference",
      to: [{ type: "investmentOpportunity" }],
      weak: true,
      // Translations link through their source; only Vietnamese versions are offered.
      options: { filter: "language == $language", filterParams: { language: SOURCE_LANG } },
    }),
    sourcesField(),
  ],
  preview: {
    select: { title: "title", location: "location", status: "status", language: "language" },
    prepare: ({ title, location, status, language }) => ({
      title,
      subtitle: withLanguage(
        [titleOf(DISTRICTS, location), titleOf(PARK_STATUSES, status)].filter(Boolean).join(" · "),
        language,
      ),
    }),
  },
});
