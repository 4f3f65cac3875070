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
