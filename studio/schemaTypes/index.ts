/**
 * Every schema type of the Studio. The internationalized-array plugin adds
 * `internationalizedArrayString`/`Text`, and document-internationalization adds
 * `translation.metadata`; both are registered by the plugins in sanity.config.ts.
 */
import { documentTypes } from "./documents";
import { objectTypes } from "./objects";
import { singletonTypes } from "./singletons";
import { exchangeRateSetType } from "./documents/exchangeRateSet";

export { DOCUMENT_LEVEL_TYPE_NAMES } from "./documents";
export { SINGLETON_TYPE_NAMES } from "./singletons";

export const schemaTypes = [...singletonTypes, ...documentTypes, exchangeRateSetType, ...objectTypes];
