/**
 * Field definitions shared by several document types, so that the translation rule
 * (ADR 0002) and the per-language slug rule are written once.
 */
import { defineField, getPublishedId, type SlugValidationContext, type ValidationContext } from "sanity";
import { isIdenticalToSource } from "../../../app/translations/status";
import { SOURCE_LANG } from "../../languages";

/** Any API version from 2021 on understands the query below; pinned so results never shift. */
const VALIDATION_API_VERSION = "2025-02-19";

/**
 * Written by @sanity/document-internationalization when a translation is created;
 * editors never type it, and a wrong value would detach the document from its language.
 */
export const languageField = defineField({
  name: "language",
  title: "Language",
  type: "string",
  readOnly: true,
  hidden: true,
  validation: (rule) => rule.required(),
});

/** The Vietnamese source of a translation, through its translation.metadata document. */
const SOURCE_QUERY = `*[_type == "translation.metadata" && references($id)][0]
  .translations[language == $source][0].value->`;

/**
 * A translation still identical to its Vietnamese source would serve Vietnamese text as
 * Korean: a warning (not an error, since a copy is how a translation starts).
 */
export async function warnIfIdenticalToSource(context: ValidationContext): Promise<true | string> {
  const doc = context.document as
    ({ _id: string; _type: string; language?: string } & Record<string, unknown>) | undefined;
  if (!doc || !doc.language || doc.language === SOURCE_LANG) return true;
  const client = context.getClient({ apiVersion: VALIDATION_API_VERSION });
  const source = await client.fetch<({ _type: string } & Record<string, unknown>) | null>(SOURCE_QUERY, {
    id: getPublishedId(doc._id),
    source: SOURCE_LANG,
  });
  if (!source || !isIdenticalToSource(doc, source)) return true;
  return "This translation is still identical to its Vietnamese source: translate it before publishing.";
}

/**
 * What a translation was made from (ADR 0008). Absent and hidden on the Vietnamese
 * source; on a translation only its editorial state is editable.
 */
export const translationField = defineField({
  name: "translation",
  title: "Translation",
  type: "translationProvenance",
  hidden: ({ document }) => !document || (document as { language?: string }).language === SOURCE_LANG,
  validation: (rule) => rule.custom((_value, context) => warnIfIdenticalToSource(context)).warning(),
});

/**
 * The same slug may exist once per language (`/vi/tin-tuc/x` and `/en/news/x` are both
 * fine), so Sanity's default type-wide uniqueness check is too strict. The document's
 * own draft, published and release versions are not counted as duplicates.
 */
export async function isUniqueSlugPerLanguage(slug: string, context: SlugValidationContext): Promise<boolean> {
  const { document, getClient } = context;
  if (!document) return true;
  const publishedId = getPublishedId(document._id);
  const client = getClient({ apiVersion: VALIDATION_API_VERSION });
  const query = `!defined(*[
    _type == $type && language == $language && slug.current == $slug
    && !(_id in [$publishedId, $draftId]) && !(_id in path($versionIds))
  ][0]._id)`;
  return client.fetch<boolean>(query, {
    type: document._type,
    language: (document as { language?: string }).language ?? null,
    slug,
    publishedId,
    draftId: `drafts.${publishedId}`,
    versionIds: `versions.*.${publishedId}`,
  });
}

/** Slug generated from the title, unique within its language. */
export function slugField(options: { source?: string } = {}) {
  return defineField({
    name: "slug",
    title: "Slug",
    type: "slug",
    options: { source: options.source ?? "title", maxLength: 96, isUnique: isUniqueSlugPerLanguage },
    validation: (rule) => rule.required(),
  });
}

export function titleField() {
  return defineField({
    name: "title",
    title: "Title",
    type: "string",
    validation: (rule) => rule.required().max(160),
  });
}

export function sourcesField() {
  return defineField({
    name: "sources",
    title: "Sources",
    description: "Where the facts on this page come from. Cite every figure.",
    type: "array",
    of: [{ type: "source" }],
  });
}

/** Options of a `string` field shown as a list, from `[value, title]` pairs. */
export function listOf(entries: readonly (readonly [string, string])[]) {
  return entries.map(([value, title]) => ({ value, title }));
}

/** An illustrative image with alt text, stored as `_type: "image"` (docs/content-model.md, `figure`). */
export function figureFields() {
  return [
    defineField({
      name: "alt",
      title: "Alternative text",
      description: "What the image shows, for readers who cannot see it. Required for informative images.",
      type: "string",
      validation: (rule) => rule.required(),
    }),
    defineField({ name: "caption", title: "Caption", type: "string" }),
  ];
}
