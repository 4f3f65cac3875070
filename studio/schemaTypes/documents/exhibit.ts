import { ArchiveIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import {
  figureFields,
  languageField,
  listOf,
  slugField,
  sourcesField,
  titleField,
  translationField,
} from "../lib/fields";
import { EXHIBIT_KINDS, titleOf } from "../../../app/content/vocabulary";
import { withLanguage } from "../lib/preview";

/** A map, document, book or model shown in an exhibition; one document per language. */
export const exhibitType = defineType({
  name: "exhibit",
  title: "Exhibit",
  type: "document",
  icon: ArchiveIcon,
  fields: [
    languageField,
    translationField,
    titleField(),
    slugField(),
    defineField({ name: "kind", title: "Kind", type: "string", options: { list: listOf(EXHIBIT_KINDS) } }),
    defineField({ name: "period", title: "Period", description: "E.g. 1930s, 2004–2020.", type: "string" }),
    defineField({
      name: "origin",
      title: "Origin",
      description: "Who made the original or where it comes from, as far as the sources say.",
      type: "string",
    }),
    defineField({ name: "description", title: "Description", type: "text", rows: 5 }),
    defineField({
      name: "image",
      title: "Image",
      description: "A local image of the exhibit. Never a made-up scan: a drawing must be marked as an illustration.",
      type: "image",
      options: { hotspot: true },
      fields: [
        ...figureFields(),
        defineField({
          name: "illustration",
          title: "Illustration",
          description: "On when the image is a drawing made for this site, not a photograph or scan of the original.",
          type: "boolean",
          initialValue: true,
        }),
      ],
    }),
    defineField({
      name: "citation",
      title: "Citation",
      description: "Where the original is held, so a reader can find it.",
      type: "string",
      validation: (rule) => rule.required(),
    }),
    sourcesField(),
  ],
  preview: {
    select: { title: "title", kind: "kind", period: "period", language: "language", media: "image" },
    prepare: ({ title, kind, period, language, media }) => ({
      title,
      media,
      subtitle: withLanguage([titleOf(EXHIBIT_KINDS, kind), period].filter(Boolean).join(" · "), language),
    }),
  },
});
