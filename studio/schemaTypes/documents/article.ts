import { DocumentsIcon } from "@sanity/icons";
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
import { ARTICLE_KINDS, titleOf } from "../../../app/content/vocabulary";
import { withLanguage } from "../lib/preview";

/** News item or press release; one document per language. */
export const articleType = defineType({
  name: "article",
  title: "Article",
  type: "document",
  icon: DocumentsIcon,
  fields: [
    languageField,
    translationField,
    titleField(),
    slugField(),
    defineField({
      name: "kind",
      title: "Kind",
      type: "string",
      options: { list: listOf(ARTICLE_KINDS), layout: "radio" },
      initialValue: "news",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "publishedAt",
      title: "Published at",
      type: "datetime",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "excerpt",
      title: "Excerpt",
      type: "text",
      rows: 3,
      validation: (rule) => rule.required().max(400),
    }),
    defineField({ name: "body", title: "Body", type: "blockContent", validation: (rule) => rule.required() }),
    defineField({
      name: "mainImage",
      title: "Main image",
      type: "image",
      options: { hotspot: true },
      fields: figureFields(),
    }),
    sourcesField(),
    defineField({ name: "tags", title: "Tags", type: "array", of: [{ type: "string" }], options: { layout: "tags" } }),
  ],
  orderings: [{ title: "Newest first", name: "publishedAtDesc", by: [{ field: "publishedAt", direction: "desc" }] }],
  preview: {
    select: { title: "title", kind: "kind", publishedAt: "publishedAt", language: "language", media: "mainImage" },
    prepare: ({ title, kind, publishedAt, language, media }) => ({
      title,
      subtitle: withLanguage(
        [titleOf(ARTICLE_KINDS, kind), typeof publishedAt === "string" ? publishedAt.slice(0, 10) : undefined]
          .filter(Boolean)
          .join(" · "),
        language,
      ),
      media,
    }),
  },
});
