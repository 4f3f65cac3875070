/**
 * A short hash of the base UI strings, so /locales/* can be cached and still change on
 * deploy; staff's overrides extend it (`UiStrings.version` in app/i18n/i18next.server.ts).
 */
import { createHash } from "node:crypto";
import { resources } from "./resources";

export const stringsVersion = createHash("sha256").update(JSON.stringify(resources)).digest("hex").slice(0, 12);
