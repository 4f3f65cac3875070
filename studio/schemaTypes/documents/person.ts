import { UserIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { studioLanguages } from "../../languages";
import { sourceLabel, type InternationalizedValue } from "../lib/preview";

/** A contact person; the name is written once, role and organisation per language (field-level). */
export const personType = defineType({
  name: "person",
  title: "Person",
  type: "document",
  icon: UserIcon,
  fields: [
    defineField({ name: "name", title: "Name", type: "string", validation: (rule) => rule.required() }),
    defineField({
      // The name is written once, for every language's pages: marked with this `lang` where the
      // page is in another one (WCAG 3.1.2), e.g. a role account's English name on a Japanese page.
      name: "nameLanguage",
      title: "Language of the name",
      type: "string",
      options: { list: studioLanguages.map(({ id, title }) => ({ value: id, title })), layout: "dropdown" },
      // A warning, not `required()`: content from before the field still imports and shows (unmarked).
      validation: (rule) =>
        rule
          .custom((value) => (value ? true : "Without a language, readers' software guesses it from the page"))
          .warning(),
    }),
    defineField({ name: "role", title: "Role", type: "internationalizedArrayString" }),
    defineField({ name: "organisation", title: "Organisation", type: "internationalizedArrayString" }),
    defineField({ name: "email", title: "Email", type: "string", validation: (rule) => rule.email() }),
    defineField({ name: "phone", title: "Phone", type: "string" }),
    defineField({
      name: "languages",
      title: "Speaks",
      type: "array",
      of: [{ type: "string" }],
      options: { list: studioLanguages.map(({ id, title }) => ({ value: id, title })) },
    }),
  ],
  preview: {
    select: { name: "name", role: "role" },
    prepare: ({ name, role }: { name?: string; role?: InternationalizedValue }) => ({
      title: name,
      subtitle: sourceLabel(role),
    }),
  },
});
