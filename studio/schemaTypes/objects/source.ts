import { BookIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";

/** A citation. Every published figure on the site points at one. */
export const sourceType = defineType({
  name: "source",
  title: "Source",
  type: "object",
  icon: BookIcon,
  fields: [
    defineField({ name: "title", title: "Title", type: "string", validation: (rule) => rule.required() }),
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
