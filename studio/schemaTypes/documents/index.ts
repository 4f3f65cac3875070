import { articleType } from "./article";
import { economicIndicatorType } from "./economicIndicator";
import { eventType } from "./event";
import { exhibitType } from "./exhibit";
import { exhibitionType } from "./exhibition";
import { imageProjectType } from "./imageProject";
import { industrialParkType } from "./industrialPark";
import { inquiryType } from "./inquiry";
import { investmentOpportunityType } from "./investmentOpportunity";
import { pageType } from "./page";
import { personType } from "./person";
import { uiStringOverrideType } from "./uiStringOverride";

/**
 * Translated as whole documents (one per language, linked by translation.metadata),
 * because they carry long text (ADR 0002). Everything else is field-level or untranslated.
 */
export const documentLevelTypes = [
  pageType,
  articleType,
  eventType,
  investmentOpportunityType,
  industrialParkType,
  imageProjectType,
  exhibitionType,
  exhibitType,
];

export const DOCUMENT_LEVEL_TYPE_NAMES: string[] = documentLevelTypes.map((t) => t.name);

export const documentTypes = [
  ...documentLevelTypes,
  economicIndicatorType,
  personType,
  inquiryType,
  uiStringOverrideType,
];
