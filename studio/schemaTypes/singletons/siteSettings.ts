import { CogIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { sourceLabel, type InternationalizedValue } from "../lib/preview";

/**
 * One document (`_id: "siteSettings"`) for what every page shows: the locality's name,
 * its administrative status and the investment promotion agency's contact details.
 * Short labels, so translated field by field (ADR 0002).
 */
export const siteSettingsType = defineType({
  name: "siteSettings",
  title: "Site settings",
  type: "document",
  icon: CogIcon,
  fields: [
    defineField({
      name: "localityName",
      title: "Locality name",
      type: "internationalizedArrayString",
      validation: (rule) => rule.required().min(1),
    }),
    defineField({ name: "tagline", title: "Tagline", type: "internationalizedArrayString" }),
    defineField({
      name: "statusNote",
      title: "Administrative status",
      description: "Explains that Hậu Giang has been part of Cần Thơ city since 1 July 2025.",
      type: "internationalizedArrayText",
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: "agency",
      title: "Investment promotion agency",
      type: "object",
      options: { collapsible: false },
      validation: (rule) => rule.required(),
      fields: [
        defineField({
          name: "name",
          title: "Name",
          type: "internationalizedArrayString",
          validation: (rule) => rule.required().min(1),
        }),
        defineField({
          name: "address",
          title: "Address",
          type: "internationalizedArrayText",
          validation: (rule) => rule.required().min(1),
        }),
        defineField({ name: "phone", title: "Phone", type: "string" }),
        defineField({ name: "email", title: "Email", type: "string", validation: (rule) => rule.email() }),
        defineField({
          name: "website",
          title: "Website",
          type: "url",
          validation: (rule) => rule.uri({ scheme: ["http", "https"] }),
        }),
        defineField({ name: "hours", title: "Opening hours", type: "internationalizedArrayString" }),
      ],
    }),
    defineField({
      name: "contacts",
      title: "Contacts",
      type: "array",
      of: [{ type: "reference", to: [{ type: "person" }] }],
    }),
    defineField({
      name: "statusSources",
      title: "Sources for the administrative status",
      type: "array",
      of: [{ type: "source" }],
    }),
  ],
  preview: {
    select: { names: "localityName" },
    prepare: ({ names }: { names?: InternationalizedValue }) => ({
      title: "Site settings",
      subtitle: sourceLabel(names),
    }),
  },
});
