import { CalendarIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { languageField, listOf, slugField, sourcesField, titleField, translationField } from "../lib/fields";
import { withLanguage } from "../lib/preview";
import { EVENT_KINDS, titleOf } from "../../../app/content/vocabulary";
import { SOURCE_LANG } from "../../languages";

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
    defineField({
      name: "kind",
      title: "Kind",
      description: "Filters the events list and the calendar feeds per kind.",
      type: "string",
      options: { list: listOf(EVENT_KINDS) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "cancelled",
      title: "Cancelled",
      description: "Keep the event published: the page says it is cancelled and calendars mark it STATUS:CANCELLED.",
      type: "boolean",
      initialValue: false,
    }),
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
    defineField({
      name: "organiser",
      title: "Organiser",
      description: "As the source names it; leave empty when no source says who organises the event.",
      type: "string",
    }),
    defineField({
      name: "registrationUrl",
      title: "Registration link",
      type: "url",
      validation: (rule) => rule.uri({ scheme: ["http", "https"] }),
    }),
    defineField({
      name: "contact",
      title: "Contact",
      description: "Who answers questions about the event (name, e-mail, phone on the person).",
      type: "reference",
      to: [{ type: "person" }],
    }),
    defineField({ name: "summary", title: "Summary", type: "text", rows: 3, validation: (rule) => rule.required() }),
    defineField({ name: "body", title: "Body", type: "blockContent" }),
    defineField({
      name: "relatedNews",
      title: "Related news",
      description: "Source-language articles; each page shows them in the reader's language.",
      type: "array",
      of: [
        {
          type: "reference",
          to: [{ type: "article" }],
          weak: true,
          options: { filter: "language == $source", filterParams: { source: SOURCE_LANG } },
        },
      ],
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
  ],
  orderings: [
    { title: "Start date, newest first", name: "startsAtDesc", by: [{ field: "startsAt", direction: "desc" }] },
  ],
  preview: {
    select: {
      title: "title",
      startsAt: "startsAt",
      venue: "venue",
      language: "language",
      kind: "kind",
      cancelled: "cancelled",
    },
    prepare: ({ title, startsAt, venue, language, kind, cancelled }) => ({
      title: cancelled ? `${title} (cancelled)` : title,
      subtitle: withLanguage(
        [typeof startsAt === "string" ? startsAt.slice(0, 10) : undefined, titleOf(EVENT_KINDS, kind), venue]
          .filter(Boolean)
          .join(" · "),
        language,
      ),
    }),
  },
});
