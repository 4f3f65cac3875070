/**
 * Settings of the Studio's translation workflow, in one place so an administrator can
 * change them with a rebuild and nowhere else.
 */
import { PUBLIC_TRANSLATION_LANGS } from "../../app/translations/status";

/**
 * Languages in which Publish is refused for a translation whose editorial state is not
 * "approved". On by default for every public language; set to `[]` to switch it off.
 */
export const REQUIRE_APPROVAL_TO_PUBLISH: readonly string[] = PUBLIC_TRANSLATION_LANGS;

/** GROQ version of the workflow's reads (the same as the rest of the Studio). */
export const TRANSLATIONS_API_VERSION = "2025-02-19";
