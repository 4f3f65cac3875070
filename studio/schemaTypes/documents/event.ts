import { CalendarIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { languageField, slugField, sourcesField, titleField, translationField } from "../lib/fields";
import { withLanguage } from "../lib/preview";

/** A conference, fair or investment promotion event; one document per language. */
export const eventType = defineType({
  name: "event",
  title: "Event",
  type: "document",
  icon: CalendarIcon,
  fields: [
    languageField,
    translationField,
    titleField(),
    slugField(),
    defineField({ name: "startsAt", title: "Starts at", type: "datetime", validation: (rule) => rule.required() }),
    defineField({
      name: "endsAt",
      title: "Ends at",
      type: "datetime",
      validation: (rule) =>
        rule.custom((endsAt, { document }) => {
          const startsAt = document?.startsAt;
          if (typeof endsAt !== "string" || typeof startsAt !== "string") return true;
          return Date.parse(endsAt) >= Date.parse(startsAt) || "An event cannot end before it starts.";
        }),
    }),
    defineField({ name: "allDay", title: "All day", type: "boolean", initialValue: false }),
    defineField({ name: "venue", title: "Venue", type: "string" }),
    defineField({ name: "summary", title: "Summary", type: "text", rows: 3, validation: (rule) => rule.required() }),
    defineField({ name: "body", title: "Body", type: "blockContent" }),
    sourcesField(),
  ],
  orderings: [
    { title: "Start date, newest first", name: "startsAtDesc", by: [{ field: "startsAt", direction: "desc" }] },
  ],
  preview: {
    select: { title: "title", startsAt: "startsAt", venue: "venue", language: "language" },
    prepare: ({ title, startsAt, venue, language }) => ({
      title,
      subtitle: withLanguage(
        [typeof startsAt === "string" ? startsAt.slice(0, 10) : undefined, venue].filter(Boolean).join(" · "),
        language,
      ),
    }),
  },
});
