// Sanity Studio configuration: one workspace, the schema, the translation plugins and the desk structure.
import { documentInternationalization, useDeleteTranslationAction } from "@sanity/document-internationalization";
import { viVNLocale } from "@sanity/locale-vi-vn";
import { visionTool } from "@sanity/vision";
import { createClient } from "@sanity/client";
import { of } from "rxjs";
import { defineConfig, type AuthStore, type DocumentActionComponent } from "sanity";
import { internationalizedArray } from "sanity-plugin-internationalized-array";
import { structureTool } from "sanity/structure";
import { SOURCE_LANG, studioLanguages } from "./languages";
import { DOCUMENT_LEVEL_TYPE_NAMES, SINGLETON_TYPE_NAMES, schemaTypes } from "./schemaTypes";
import { OpenPreviewAction, PREVIEWABLE_TYPES } from "./previewAction";
import { structure } from "./structure";
import { CreateTranslationAction, MarkReviewedAction, requireApproval } from "./translations/actions";
import { TranslationStateBadge } from "./translations/badge";
import { translationsTool } from "./translations/plugin";
import { reportTool } from "./report/plugin";
import { provenanceFrom } from "../app/translations/fields";

const projectId = process.env.SANITY_STUDIO_PROJECT_ID || "demo1234";
const dataset = process.env.SANITY_STUDIO_DATASET || "production";
/**
 * Where the Studio's API lives. Set at build time by SANITY_STUDIO_API_HOST; unset, the
 * origin the Studio itself is served from (our server answers the store API there, on
 * the `<projectId>.` host the client prefixes), so one build works on the plain port, the
 * TLS port and any host name. Outside a browser (the CLI loading this file) the local server.
 */
const apiHost =
  process.env.SANITY_STUDIO_API_HOST ||
  (typeof window === "undefined" ? "http://localhost:3000" : window.location.origin);
const apiVersion = "2025-02-19";

/** Types with field-level translations, where the language filter hides unwanted languages. */
const FIELD_LEVEL_TYPE_NAMES = ["siteSettings", "economicIndicator", "person"];

/** Created by other means than the "New document" menu: singletons by id, inquiries by the website. */
const NOT_CREATABLE = new Set([...SINGLETON_TYPE_NAMES, "inquiry", "translation.metadata"]);

/**
 * `sanity schema extract` and `typegen` load this file and ask `/users/me` for the
 * current user, which hangs without network. For those CLI commands only
 * (SANITY_STUDIO_OFFLINE_CLI=true, set by the npm scripts) the workspace gets an auth
 * store that answers "nobody" at once. Never set it for `sanity build`: the built
 * Studio would then never log anyone in.
 */
function offlineAuthStore(): AuthStore {
  const client = createClient({ projectId, dataset, apiVersion, useCdn: false, apiHost });
  return { state: of({ authenticated: false, currentUser: null, client }), token: of(null) };
}
const offlineCli = process.env.SANITY_STUDIO_OFFLINE_CLI === "true";

export default defineConfig({
  name: "default",
  title: "Hậu Giang — investment & promotion",
  projectId,
  dataset,
  // Served at /studio: the build's base path (SANITY_STUDIO_BASEPATH in the build script,
  // `project.basePath` in sanity.cli.ts for `sanity dev`) is also the router's root, so no
  // workspace basePath here (Sanity would join the two: /studio/studio).
  apiHost,
  // Our server's one login provider (its own login page, see app/store/auth.server.ts):
  // straight there instead of a chooser with one button.
  auth: offlineCli ? offlineAuthStore() : { redirectOnSingle: true, loginMethod: "dual" },
  schema: {
    types: schemaTypes,
    // Singletons and inquiries never start from a template. A translated type starts only
    // as its Vietnamese source (`<type>-vi`): a translation is made from the source's
    // translation menu, which links it (the plugin creates it without a template), so no
    // one can start a Korean document linked to no Vietnamese one.
    templates: (templates) => [
      ...templates.filter(
        (t) =>
          !NOT_CREATABLE.has(t.schemaType) &&
          (!DOCUMENT_LEVEL_TYPE_NAMES.includes(t.schemaType) || t.id === `${t.schemaType}-${SOURCE_LANG}`),
      ),
      // A site text started from a language's list (studio/structure.ts) is in that language.
      {
        id: "uiStringOverride-language",
        title: "Site text in a language",
        schemaType: "uiStringOverride",
        parameters: [{ name: "language", type: "string" }],
        value: (params: { language?: string }) => ({ language: params.language, namespace: "common" }),
      },
    ],
  },
  document: {
    newDocumentOptions: (prev) =>
      prev.filter(
        (item) =>
          !NOT_CREATABLE.has(item.templateId) &&
          !item.templateId.endsWith("-parameterized") &&
          item.templateId !== "uiStringOverride-language",
      ),
    actions: (prev, { schemaType }) => {
      if (SINGLETON_TYPE_NAMES.includes(schemaType)) {
        return prev.filter(({ action }) => action && ["publish", "discardChanges", "restore"].includes(action));
      }
      if (schemaType === "inquiry") {
        // Staff answer inquiries; they do not invent, copy or delete them.
        return prev.filter(({ action }) => action && ["publish", "discardChanges", "restore"].includes(action));
      }
      // Every document with a page of its own can be previewed, in its language.
      const withPreview = PREVIEWABLE_TYPES.includes(schemaType) ? [...prev, OpenPreviewAction] : prev;
      if (DOCUMENT_LEVEL_TYPE_NAMES.includes(schemaType)) {
        // Deleting a translation also removes it from its translation.metadata document
        // (one transaction), so no link to a missing document is left behind. Publish
        // waits for approval where required; each action shows only where it applies
        // (create on the Vietnamese source, mark reviewed on a translation).
        const actions = withPreview.map((item) =>
          item.action === "delete"
            ? (useDeleteTranslationAction as DocumentActionComponent)
            : item.action === "publish"
              ? requireApproval(item)
              : item,
        );
        return [...actions, CreateTranslationAction, MarkReviewedAction];
      }
      return withPreview;
    },
    badges: (prev, { schemaType }) =>
      DOCUMENT_LEVEL_TYPE_NAMES.includes(schemaType) ? [...prev, TranslationStateBadge] : prev,
  },
  plugins: [
    // Provincial staff work in Vietnamese: the Studio's own interface in Vietnamese.
    viVNLocale(),
    structureTool({ structure }),
    documentInternationalization({
      supportedLanguages: studioLanguages,
      schemaTypes: DOCUMENT_LEVEL_TYPE_NAMES,
      languageField: "language",
      // Weak, so a translation can be deleted without first editing the metadata document.
      weakReferences: true,
      apiVersion,
      // A translation made from the plugin's own menu records its provenance too (ADR 0008).
      callback: async ({ client, sourceDocument, newDocument }) => {
        await client
          .patch(newDocument._id)
          .set({
            translation: provenanceFrom(sourceDocument as Parameters<typeof provenanceFrom>[0], {
              translatedAt: new Date().toISOString(),
              state: "inTranslation",
            }),
          })
          .commit();
      },
    }),
    translationsTool(),
    // This year's evaluation figures (app/report/), from the site's store.
    reportTool(),
    internationalizedArray({
      languages: studioLanguages,
      // No defaultLanguages and no restoreOrder: either one patches a document the moment it
      // is opened (an empty Vietnamese entry for a missing field, or re-sorted entries),
      // which makes a draft nobody asked for. Editors add a language with its button.
      restoreOrder: false,
      fieldTypes: ["string", "text"],
      buttonLocations: ["field"],
      apiVersion,
      // The plugin's own @sanity/language-filter integration: it knows that each value
      // names its language in a `language` field.
      languageFilter: { documentTypes: FIELD_LEVEL_TYPE_NAMES },
    }),
    visionTool({ defaultApiVersion: apiVersion, defaultDataset: dataset }),
  ],
});
