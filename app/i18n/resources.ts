/**
 * The base UI strings (locales/<lang>/<ns>.json), bundled by import into the server build
 * (so the server never reads locales/ from disk at run time) and into the Studio (which
 * checks UI-string overrides against them). No browser code of the site imports this
 * module: the browser gets its strings from /locales/:lang/:ns.json.
 * (One import per language and namespace of app/i18n/config.ts.)
 */
import type { Namespace } from "./config";
import type { Lang } from "./languages";
import vi_common from "../../locales/vi/common.json";
import vi_investment from "../../locales/vi/investment.json";
import vi_economy from "../../locales/vi/economy.json";
import vi_inquiry from "../../locales/vi/inquiry.json";
import vi_prospectus from "../../locales/vi/prospectus.json";
import vi_showcase from "../../locales/vi/showcase.json";
import vi_search from "../../locales/vi/search.json";
import vi_events from "../../locales/vi/events.json";
import vi_press from "../../locales/vi/press.json";
import en_common from "../../locales/en/common.json";
import en_investment from "../../locales/en/investment.json";
import en_economy from "../../locales/en/economy.json";
import en_inquiry from "../../locales/en/inquiry.json";
import en_prospectus from "../../locales/en/prospectus.json";
import en_showcase from "../../locales/en/showcase.json";
import en_search from "../../locales/en/search.json";
import en_events from "../../locales/en/events.json";
import en_press from "../../locales/en/press.json";
import ja_common from "../../locales/ja/common.json";
import ja_investment from "../../locales/ja/investment.json";
import ja_economy from "../../locales/ja/economy.json";
import ja_inquiry from "../../locales/ja/inquiry.json";
import ja_prospectus from "../../locales/ja/prospectus.json";
import ja_showcase from "../../locales/ja/showcase.json";
import ja_search from "../../locales/ja/search.json";
import ja_events from "../../locales/ja/events.json";
import ja_press from "../../locales/ja/press.json";
import ko_common from "../../locales/ko/common.json";
import ko_investment from "../../locales/ko/investment.json";
import ko_economy from "../../locales/ko/economy.json";
import ko_inquiry from "../../locales/ko/inquiry.json";
import ko_prospectus from "../../locales/ko/prospectus.json";
import ko_showcase from "../../locales/ko/showcase.json";
import ko_search from "../../locales/ko/search.json";
import ko_events from "../../locales/ko/events.json";
import ko_press from "../../locales/ko/press.json";
import zhHans_common from "../../locales/zh-Hans/common.json";
import zhHans_investment from "../../locales/zh-Hans/investment.json";
import zhHans_economy from "../../locales/zh-Hans/economy.json";
import zhHans_inquiry from "../../locales/zh-Hans/inquiry.json";
import zhHans_prospectus from "../../locales/zh-Hans/prospectus.json";
import zhHans_showcase from "../../locales/zh-Hans/showcase.json";
import zhHans_search from "../../locales/zh-Hans/search.json";
import zhHans_events from "../../locales/zh-Hans/events.json";
import zhHans_press from "../../locales/zh-Hans/press.json";
import fr_common from "../../locales/fr/common.json";
import fr_investment from "../../locales/fr/investment.json";
import fr_economy from "../../locales/fr/economy.json";
import fr_inquiry from "../../locales/fr/inquiry.json";
import fr_prospectus from "../../locales/fr/prospectus.json";
import fr_showcase from "../../locales/fr/showcase.json";
import fr_search from "../../locales/fr/search.json";
import fr_events from "../../locales/fr/events.json";
import fr_press from "../../locales/fr/press.json";

export const resources: Record<Lang, Record<Namespace, Record<string, unknown>>> = {
  vi: {
    common: vi_common,
    investment: vi_investment,
    economy: vi_economy,
    inquiry: vi_inquiry,
    prospectus: vi_prospectus,
    showcase: vi_showcase,
    search: vi_search,
    events: vi_events,
    press: vi_press,
  },
  en: {
    common: en_common,
    investment: en_investment,
    economy: en_economy,
    inquiry: en_inquiry,
    prospectus: en_prospectus,
    showcase: en_showcase,
    search: en_search,
    events: en_events,
    press: en_press,
  },
  ja: {
    common: ja_common,
    investment: ja_investment,
    economy: ja_economy,
    inquiry: ja_inquiry,
    prospectus: ja_prospectus,
    showcase: ja_showcase,
    search: ja_search,
    events: ja_events,
    press: ja_press,
  },
  ko: {
    common: ko_common,
    investment: ko_investment,
    economy: ko_economy,
    inquiry: ko_inquiry,
    prospectus: ko_prospectus,
    showcase: ko_showcase,
    search: ko_search,
    events: ko_events,
    press: ko_press,
  },
  "zh-Hans": {
    common: zhHans_common,
    investment: zhHans_investment,
    economy: zhHans_economy,
    inquiry: zhHans_inquiry,
    prospectus: zhHans_prospectus,
    showcase: zhHans_showcase,
    search: zhHans_search,
    events: zhHans_events,
    press: zhHans_press,
  },
  fr: {
    common: fr_common,
    investment: fr_investment,
    economy: fr_economy,
    inquiry: fr_inquiry,
    prospectus: fr_prospectus,
    showcase: fr_showcase,
    search: fr_search,
    events: fr_events,
    press: fr_press,
  },
};
