import { DocumentTextIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { languageField, listOf, slugField, sourcesField, titleField, translationField } from "../lib/fields";
import { PAGE_KEYS, titleOf } from "../../../app/content/vocabulary";
import { withLanguage } from "../lib/preview";

/** A fixed page (home, about, contact, privacy); one document per language, tied by `pageKey`. */
export const pageType = defineType({
  name: "page",
  title: "Page",
  type: "document",
  icon: DocumentTextIcon,
  fields: [
    languageField,
    translationField,
    titleField(),
    slugField(),
    defineField({
      name: "pageKey",
      title: "Page",
      description: "Which fixed page this is; the same in every language.",
      type: "string",
      options: { list: listOf(PAGE_KEYS), layout: "radio" },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "heroTitle",
      title: "Hero title",
      type: "string",
      hidden: ({ document }) => document?.pageKey !== "home",
    }),
    defineField({
      name: "heroText",
      title: "Hero text",
      description: "The image statement under the hero title.",
      type: "text",
      rows: 3,
      hidden: ({ document }) => document?.pageKey !== "home",
    }),
    defineField({ name: "summary", title: "Summary", type: "text", rows: 3 }),
    defineField({ name: "body", title: "Body", type: "blockContent" }),
    sourcesField(),
    defineField({
      name: "seoDescription",
      title: "Search engine description",
      type: "string",
      validation: (rule) => rule.max(160).warning("Search engines cut descriptions after about 160 characters."),
    }),
  ],
  preview: {
    select: { title: "title", pageKey: "pageKey", language: "language" },
    prepare: ({ title, pageKey, language }) => ({
      title,
      subtitle: withLanguage(titleOf(PAGE_KEYS, pageKey), language),
    }),
  },
});
