/**
 * The Studio's desk: the settings singleton first, then documents grouped the way the
 * agency works (content, investors with the exchange rates staff enter, image &
 * exhibition, people, inquiries). Translated types open with a per-language list so
 * editors see one language at a time; so do the site texts (UI-string overrides).
 * "Translation status" lists per language what is missing, stale and waiting for review.
 */
import {
  CaseIcon,
  CogIcon,
  DocumentsIcon,
  EnvelopeIcon,
  EarthGlobeIcon,
  PresentationIcon,
  TranslateIcon,
  UsersIcon,
} from "@sanity/icons";
import type { StructureBuilder, StructureResolver } from "sanity/structure";
import { SOURCE_LANG, studioLanguages } from "./languages";
import { DOCUMENT_LEVEL_TYPE_NAMES } from "./schemaTypes";
import { INQUIRY_STATUSES } from "../app/content/vocabulary";
import { statusPane } from "./translations/TranslationsTable";

/** The GROQ version of the desk's own filtered lists (Sanity warns about lists without one). */
const API_VERSION = "2025-02-19";

/**
 * A translated type: all languages, then one list per language. New documents start only
 * in the Vietnamese list (the source); a translation comes from its source's translation
 * menu, which links the two.
 */
function translatedTypeItem(S: StructureBuilder, typeName: string, title: string) {
  return S.listItem()
    .id(typeName)
    .title(title)
    .schemaType(typeName)
    .child(
      S.list()
        .id(`${typeName}-languages`)
        .title(title)
        .items([
          S.listItem()
            .id(`${typeName}-all`)
            .title("All languages")
            .icon(EarthGlobeIcon)
            .child(S.documentTypeList(typeName).title(`${title} — all languages`)),
          S.divider(),
          ...studioLanguages.map((lang) =>
            S.listItem()
              .id(`${typeName}-${lang.id}`)
              .title(lang.title)
              .child(
                S.documentList()
                  .id(`${typeName}-${lang.id}-list`)
                  .title(`${title} — ${lang.title}`)
                  .schemaType(typeName)
                  .apiVersion(API_VERSION)
                  .filter("_type == $type && language == $language")
                  .params({ type: typeName, language: lang.id })
                  .initialValueTemplates(
                    lang.id === SOURCE_LANG ? [S.initialValueTemplateItem(`${typeName}-${SOURCE_LANG}`)] : [],
                  ),
              ),
          ),
        ]),
    );
}

function typeItem(S: StructureBuilder, typeName: string, title: string) {
  return DOCUMENT_LEVEL_TYPE_NAMES.includes(typeName)
    ? translatedTypeItem(S, typeName, title)
    : S.documentTypeListItem(typeName).title(title);
}

function group(S: StructureBuilder, id: string, title: string, icon: typeof CogIcon, items: [string, string][]) {
  return S.listItem()
    .id(id)
    .title(title)
    .icon(icon)
    .child(
      S.list()
        .id(id)
        .title(title)
        .items(items.map(([typeName, typeTitle]) => typeItem(S, typeName, typeTitle))),
    );
}

function inquiriesItem(S: StructureBuilder) {
  const byStatus = (title: string, filter: string, params: Record<string, string> = {}) =>
    S.documentList()
      .title(title)
      .schemaType("inquiry")
      .apiVersion(API_VERSION)
      .filter(`_type == "inquiry"${filter}`)
      .params(params)
      .defaultOrdering([{ field: "receivedAt", direction: "desc" }])
      // Inquiries come from the website's form only.
      .initialValueTemplates([]);

  return S.listItem()
    .id("inquiries")
    .title("Inquiries (private)")
    .icon(EnvelopeIcon)
    .child(
      S.list()
        .id("inquiries")
        .title("Inquiries by status")
        .items([
          ...INQUIRY_STATUSES.map(([status, title]) =>
            S.listItem()
              .id(`inquiries-${status}`)
              .title(title)
              .child(byStatus(`Inquiries — ${title}`, " && status == $status", { status })),
          ),
          S.divider(),
          S.listItem().id("inquiries-all").title("All inquiries").child(byStatus("All inquiries", "")),
        ]),
    );
}

/** Staff's rewordings of UI strings: one list per language, a new one starts in that language. */
function siteTextsItem(S: StructureBuilder) {
  return S.listItem()
    .id("uiStringOverride")
    .title("Site texts")
    .icon(TranslateIcon)
    .schemaType("uiStringOverride")
    .child(
      S.list()
        .id("uiStringOverride-languages")
        .title("Site texts")
        .items([
          S.listItem()
            .id("uiStringOverride-all")
            .title("All languages")
            .icon(EarthGlobeIcon)
            .child(S.documentTypeList("uiStringOverride").title("Site texts — all languages")),
          S.divider(),
          ...studioLanguages.map((lang) =>
            S.listItem()
              .id(`uiStringOverride-${lang.id}`)
              .title(lang.title)
              .child(
                S.documentList()
                  .id(`uiStringOverride-${lang.id}-list`)
                  .title(`Site texts — ${lang.title}`)
                  .schemaType("uiStringOverride")
                  .apiVersion(API_VERSION)
                  .filter('_type == "uiStringOverride" && language == $language')
                  .params({ language: lang.id })
                  .defaultOrdering([
                    { field: "namespace", direction: "asc" },
                    { field: "key", direction: "asc" },
                  ])
                  .initialValueTemplates([
                    S.initialValueTemplateItem("uiStringOverride-language", { language: lang.id }),
                  ]),
              ),
          ),
        ]),
    );
}

/**
 * Per language: "Missing" and "Stale" come from the status module run in the browser
 * (a fingerprint comparison GROQ cannot do), so they are the tool's table with fixed
 * filters; "Needs review" is a plain document list on the recorded editorial state.
 */
function translationStatusItem(S: StructureBuilder) {
  const table = (id: string, language: string, status: "missing" | "stale") =>
    S.component(statusPane(language, status))
      .id(id)
      .title(`${status === "missing" ? "Missing" : "Stale"} — ${language}`);
  return S.listItem()
    .id("translation-status")
    .title("Translation status")
    .icon(TranslateIcon)
    .child(
      S.list()
        .id("translation-status")
        .title("Translation status")
        .items(
          studioLanguages
            .filter((lang) => lang.id !== SOURCE_LANG)
            .map((lang) =>
              S.listItem()
                .id(`translation-status-${lang.id}`)
                .title(lang.title)
                .child(
                  S.list()
                    .id(`translation-status-${lang.id}`)
                    .title(lang.title)
                    .items([
                      S.listItem()
                        .id(`missing-${lang.id}`)
                        .title("Missing")
                        .child(table(`missing-${lang.id}`, lang.id, "missing")),
                      S.listItem()
                        .id(`stale-${lang.id}`)
                        .title("Stale")
                        .child(table(`stale-${lang.id}`, lang.id, "stale")),
                      S.listItem()
                        .id(`needs-review-${lang.id}`)
                        .title("Needs review")
                        .child(
                          S.documentList()
                            .id(`needs-review-${lang.id}-list`)
                            .title(`Needs review — ${lang.title}`)
                            .apiVersion(API_VERSION)
                            .filter("_type in $types && language == $language && translation.state == $state")
                            .params({ types: DOCUMENT_LEVEL_TYPE_NAMES, language: lang.id, state: "needsReview" })
                            .initialValueTemplates([]),
                        ),
                    ]),
                ),
            ),
        ),
    );
}

export const structure: StructureResolver = (S) =>
  S.list()
    .title("Hậu Giang")
    .items([
      S.listItem()
        .id("siteSettings")
        .title("Site settings")
        .icon(CogIcon)
        .child(S.document().schemaType("siteSettings").documentId("siteSettings").title("Site settings")),
      S.divider(),
      group(S, "content", "Content", DocumentsIcon, [
        ["page", "Pages"],
        ["article", "Articles"],
        ["event", "Events"],
      ]),
      group(S, "investors", "Investors", CaseIcon, [
        ["investmentOpportunity", "Opportunities"],
        ["industrialPark", "Industrial parks"],
        ["economicIndicator", "Indicators"],
        ["exchangeRateSet", "Exchange rates"],
      ]),
      group(S, "image-exhibition", "Image & exhibition", PresentationIcon, [
        ["imageProject", "Image project"],
        ["exhibition", "Exhibitions"],
        ["exhibit", "Exhibits"],
      ]),
      S.documentTypeListItem("person").title("People").icon(UsersIcon),
      siteTextsItem(S),
      S.divider(),
      translationStatusItem(S),
      inquiriesItem(S),
    ]);
