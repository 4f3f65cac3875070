import { TranslateIcon } from "@sanity/icons";
import { defineArrayMember, defineField, defineType } from "sanity";
import { TRANSLATION_STATES } from "../../../app/translations/fields";

/** Labels of the editorial states, in the order a translation goes through them. */
export const TRANSLATION_STATE_TITLES: Record<(typeof TRANSLATION_STATES)[number], string> = {
  inTranslation: "In translation",
  needsReview: "Needs review",
  approved: "Approved",
};

/**
 * What a translation was made from (app/translations/fields.ts, TranslationProvenance;
 * ADR 0008). Written by the "Create translation" and "Mark as reviewed" actions and by
 * the XLIFF import, never typed: a hand-edited hash would hide a stale translation. Only
 * the editorial state is the editor's to change.
 */
export const translationProvenanceType = defineType({
  name: "translationProvenance",
  title: "Translation",
  type: "object",
  icon: TranslateIcon,
  // The fingerprints are for the status tool, not for reading: folded away.
  fieldsets: [
    { name: "record", title: "What it was translated from", options: { collapsible: true, collapsed: true } },
  ],
  fields: [
    defineField({
      name: "state",
      title: "Editorial state",
      type: "string",
      options: {
        list: TRANSLATION_STATES.map((value) => ({ value, title: TRANSLATION_STATE_TITLES[value] })),
        layout: "radio",
        direction: "horizontal",
      },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: "translatedAt", title: "Translated (or last reviewed) at", type: "datetime", readOnly: true }),
    defineField({ name: "translatedBy", title: "Translated by", type: "string", readOnly: true }),
    defineField({
      name: "sourceId",
      title: "Vietnamese source (id)",
      type: "string",
      readOnly: true,
      fieldset: "record",
    }),
    defineField({ name: "sourceRev", title: "Source revision", type: "string", readOnly: true, fieldset: "record" }),
    defineField({
      name: "sourceHash",
      title: "Fingerprint of the source's text",
      type: "string",
      readOnly: true,
      fieldset: "record",
    }),
    defineField({
      name: "fieldHashes",
      title: "Fingerprint per field",
      type: "array",
      readOnly: true,
      fieldset: "record",
      of: [
        defineArrayMember({
          name: "translationFieldHash",
          title: "Field fingerprint",
          type: "object",
          fields: [
            defineField({ name: "field", title: "Field", type: "string" }),
            defineField({ name: "hash", title: "Fingerprint", type: "string" }),
          ],
          preview: { select: { title: "field", subtitle: "hash" } },
        }),
      ],
    }),
  ],
});
