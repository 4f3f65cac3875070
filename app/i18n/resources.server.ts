/**
 * UI strings bundled into the server build by import, so the server never reads
 * locales/ from disk at run time. The browser gets them from /locales/:lang/common.json.
 */
import type { Lang } from "./languages";
import vi from "../../locales/vi/common.json";
import en from "../../locales/en/common.json";
import ja from "../../locales/ja/common.json";
import ko from "../../locales/ko/common.json";
import zhHans from "../../locales/zh-Hans/common.json";
import fr from "../../locales/fr/common.json";

export const resources: Record<Lang, { common: Record<string, unknown> }> = {
  vi: { common: vi },
  en: { common: en },
  ja: { common: ja },
  ko: { common: ko },
  "zh-Hans": { common: zhHans },
  fr: { common: fr },
};
