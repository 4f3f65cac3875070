/** The editorial state of a translation as a document badge (in translation, needs review, approved). */
import type { DocumentBadgeComponent } from "sanity";
import { SOURCE_LANG } from "../../app/i18n/languages";
import type { TranslationState } from "../../app/translations/fields";
import { TRANSLATION_STATE_TITLES } from "../schemaTypes/objects/translationProvenance";

const COLORS: Record<TranslationState, "primary" | "warning" | "success"> = {
  inTranslation: "primary",
  needsReview: "warning",
  approved: "success",
};

export const TranslationStateBadge: DocumentBadgeComponent = (props) => {
  const doc = (props.draft ?? props.published) as {
    language?: string;
    translation?: { state?: TranslationState };
  } | null;
  const state = doc?.translation?.state;
  if (!doc?.language || doc.language === SOURCE_LANG || !state || !(state in COLORS)) return null;
  return { label: TRANSLATION_STATE_TITLES[state], color: COLORS[state], title: "Editorial state of this translation" };
};
