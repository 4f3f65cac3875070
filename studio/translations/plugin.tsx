/** The "Translations" tool: where every translation stands, per language, type and status. */
import { TranslateIcon } from "@sanity/icons";
import { definePlugin } from "sanity";
import { TranslationsTable } from "./TranslationsTable";

function TranslationsTool() {
  return <TranslationsTable />;
}

export const translationsTool = definePlugin({
  name: "haugiang-translations",
  tools: [{ name: "translations", title: "Translations", icon: TranslateIcon, component: TranslationsTool }],
});
