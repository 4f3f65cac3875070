import { blockContentType } from "./blockContent";
import { observationType } from "./observation";
import { sourceType } from "./source";
import { translationProvenanceType } from "./translationProvenance";

export const objectTypes = [sourceType, blockContentType, observationType, translationProvenanceType];
