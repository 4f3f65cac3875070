import { blockContentType } from "./blockContent";
import { observationType } from "./observation";
import { sourceType } from "./source";

export const objectTypes = [sourceType, blockContentType, observationType];
