import { PresentationIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { languageField, slugField, sourcesField, titleField, translationField } from "../lib/fields";
import { withLanguage } from "../lib/preview";

/** An online exhibition: an introduction and an ordered list of exhibits; one document per language. */
export const exhibitionType = defineType({
  name: "exhibition",
  title: "Exhibition",
  type: "document",
  icon: PresentationIcon,
  fields: [
    languageField,
    translationField,
    titleField(),
    slugField(),
    defineField({ name: "intro", title: "Introduction", type: "text", rows: 4 }),
    defineField({ name: "body", title: "Body", type: "blockContent" }),
    defineField({
      name: "exhibits",
      title: "Exhibits",
      description: "Exhibits in the same language as this exhibition (others are not offered).",
      type: "array",
      of: [
        {
          type: "reference",
          to: [{ type: "exhibit" }],
          // Only exhibits of this exhibition's language; none until its language is set.
          options: {
            filter: ({ document }) => ({
              filter: "language == $language",
              params: { language: typeof document.language === "string" ? document.language : "" },
            }),
          },
        },
      ],
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
  ],
  preview: {
    select: { title: "title", exhibits: "exhibits", language: "language" },
    prepare: ({ title, exhibits, language }) => ({
      title,
      subtitle: withLanguage(`${Array.isArray(exhibits) ? exhibits.length : 0} exhibits`, language),
    }),
  },
});
