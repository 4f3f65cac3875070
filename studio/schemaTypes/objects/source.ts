import { BookIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { studioLanguages } from "../../languages";

/** A citation. Every published figure on the site points at one. */
export const sourceType = defineType({
  name: "source",
  title: "Source",
  type: "object",
  icon: BookIcon,
  fields: [
    defineField({ name: "title", title: "Title", type: "string", validation: (rule) => rule.required() }),
    defineField({
      // Pages cite Vietnamese sources in every language: the citation carries this as its `lang`
      // (WCAG 3.1.2), so screen readers read a Vietnamese title as Vietnamese on a Japanese page.
      name: "language",
      title: "Language of the source",
      description: "The language the title (and the source itself) is written in.",
      type: "string",
      options: { list: studioLanguages.map(({ id, title }) => ({ value: id, title })), layout: "dropdown" },
      // A warning, not `required()`: content from before the field still imports and shows (unmarked).
      validation: (rule) =>
        rule
          .custom((value) => (value ? true : "Without a language, readers' software guesses it from the page"))
          .warning(),
    }),
    defineField({ name: "publisher", title: "Publisher", type: "string" }),
    defineField({
      name: "url",
      title: "URL",
      type: "url",
      validation: (rule) => rule.uri({ scheme: ["http", "https"] }),
    }),
    defineField({ name: "accessed", title: "Accessed on", type: "date" }),
  ],
  preview: {
    select: { title: "title", publisher: "publisher", accessed: "accessed" },
    prepare: ({ title, publisher, accessed }) => ({
      title,
      subtitle: [publisher, accessed].filter(Boolean).join(" · "),
    }),
  },
});
