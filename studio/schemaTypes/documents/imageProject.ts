import { SparklesIcon } from "@sanity/icons";
import { defineArrayMember, defineField, defineType } from "sanity";
import { languageField, slugField, sourcesField, titleField, translationField } from "../lib/fields";
import { withLanguage } from "../lib/preview";
import { SOURCE_LANG } from "../../languages";

/** The locality's image (branding) project: its decision, pillars and milestones; one document per language. */
export const imageProjectType = defineType({
  name: "imageProject",
  title: "Image project",
  type: "document",
  icon: SparklesIcon,
  fields: [
    languageField,
    translationField,
    titleField(),
    slugField(),
    defineField({
      name: "decision",
      title: "Decision",
      description: "The administrative decision that approved the project.",
      type: "object",
      fields: [
        defineField({ name: "number", title: "Number", type: "string" }),
        defineField({ name: "date", title: "Date", type: "date" }),
        defineField({ name: "issuer", title: "Issued by", type: "string" }),
      ],
    }),
    defineField({ name: "summary", title: "Summary", type: "text", rows: 3 }),
    defineField({ name: "body", title: "Body", type: "blockContent" }),
    defineField({
      name: "pillars",
      title: "Pillars",
      type: "array",
      of: [
        defineArrayMember({
          name: "pillar",
          title: "Pillar",
          type: "object",
          fields: [
            defineField({ name: "title", title: "Title", type: "string", validation: (rule) => rule.required() }),
            defineField({ name: "text", title: "Text", type: "text", rows: 3 }),
            defineField({
              name: "related",
              title: "News and events",
              description:
                "Articles and events of this pillar, in Vietnamese: readers see each in their own language where it is translated.",
              type: "array",
              of: [
                {
                  type: "reference",
                  to: [{ type: "article" }, { type: "event" }],
                  // The source-language documents: one choice serves every language version of the project.
                  options: { filter: "language == $source", filterParams: { source: SOURCE_LANG } },
                },
              ],
              validation: (rule) => rule.unique(),
            }),
          ],
        }),
      ],
    }),
    defineField({
      name: "milestones",
      title: "Milestones",
      type: "array",
      of: [
        defineArrayMember({
          name: "milestone",
          title: "Milestone",
          type: "object",
          fields: [
            defineField({ name: "date", title: "Date", type: "date", validation: (rule) => rule.required() }),
            defineField({ name: "title", title: "Title", type: "string", validation: (rule) => rule.required() }),
            defineField({ name: "text", title: "Text", type: "text", rows: 3 }),
          ],
          preview: {
            select: { title: "title", date: "date" },
            prepare: ({ title, date }) => ({ title, subtitle: date }),
          },
        }),
      ],
    }),
    sourcesField(),
  ],
  preview: {
    select: { title: "title", decision: "decision.number", language: "language" },
    prepare: ({ title, decision, language }) => ({ title, subtitle: withLanguage(decision, language) }),
  },
});
