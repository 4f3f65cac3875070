import { EnvelopeIcon } from "@sanity/icons";
import { defineField, defineType } from "sanity";
import { studioLanguages } from "../../languages";
import { listOf } from "../lib/fields";
import { INQUIRY_STATUSES, titleOf } from "../../../app/content/vocabulary";

/**
 * An investor's message from the contact form. The site writes it under a private id
 * (`inquiry.<uuid>`); staff only move it through `status`, so what the sender wrote
 * stays exactly as received.
 */
export const inquiryType = defineType({
  name: "inquiry",
  title: "Inquiry",
  type: "document",
  icon: EnvelopeIcon,
  fields: [
    defineField({
      name: "status",
      title: "Status",
      type: "string",
      options: { list: listOf(INQUIRY_STATUSES), layout: "radio" },
      initialValue: "new",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "reference",
      title: "Reference",
      description: "Quoted to the sender in the confirmation.",
      type: "string",
      readOnly: true,
      validation: (rule) => rule.required(),
    }),
    defineField({ name: "receivedAt", title: "Received at", type: "datetime", readOnly: true }),
    defineField({ name: "name", title: "Name", type: "string", readOnly: true }),
    defineField({ name: "organisation", title: "Organisation", type: "string", readOnly: true }),
    defineField({ name: "country", title: "Country", type: "string", readOnly: true }),
    defineField({ name: "email", title: "Email", type: "string", readOnly: true }),
    defineField({ name: "phone", title: "Phone", type: "string", readOnly: true }),
    defineField({
      name: "preferredLanguage",
      title: "Preferred language",
      type: "string",
      readOnly: true,
      options: { list: studioLanguages.map(({ id, title }) => ({ value: id, title })) },
    }),
    defineField({ name: "topic", title: "Topic", type: "string", readOnly: true }),
    defineField({
      name: "opportunity",
      title: "About opportunity",
      type: "reference",
      to: [{ type: "investmentOpportunity" }],
      // The opportunity may be unpublished or deleted later; the inquiry must survive that.
      weak: true,
      readOnly: true,
    }),
    defineField({ name: "message", title: "Message", type: "text", rows: 8, readOnly: true }),
    defineField({
      name: "consent",
      title: "Consented to processing",
      type: "boolean",
      readOnly: true,
    }),
  ],
  orderings: [{ title: "Newest first", name: "receivedAtDesc", by: [{ field: "receivedAt", direction: "desc" }] }],
  preview: {
    select: {
      reference: "reference",
      name: "name",
      organisation: "organisation",
      status: "status",
      receivedAt: "receivedAt",
    },
    prepare: ({ reference, name, organisation, status, receivedAt }) => ({
      title: [reference, name].filter(Boolean).join(" · "),
      subtitle: [
        titleOf(INQUIRY_STATUSES, status),
        organisation,
        typeof receivedAt === "string" ? receivedAt.slice(0, 10) : undefined,
      ]
        .filter(Boolean)
        .join(" · "),
    }),
  },
});
