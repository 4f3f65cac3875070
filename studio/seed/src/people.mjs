/**
 * Contact persons (field-level i18n). These are role accounts for the demo, not real
 * people: the names say so, the addresses are on example.org and no phone is given.
 */
import { i18nString } from "./lib.mjs";

export const PERSON = {
  investment: "person-investment-desk",
  tourism: "person-tourism-desk",
  press: "person-press-office",
};

export const people = [
  {
    _id: PERSON.investment,
    _type: "person",
    name: "Investment promotion desk (demo role account)",
    nameLanguage: "en",
    role: i18nString({
      vi: "Bộ phận xúc tiến đầu tư (tài khoản mẫu)",
      en: "Investment promotion desk (demo account)",
      ja: "投資促進窓口（デモ用アカウント）",
      fr: "Guichet de promotion des investissements (compte de démonstration)",
    }),
    organisation: i18nString({
      vi: "Văn phòng thông tin và xúc tiến Hậu Giang (liên hệ mẫu)",
      en: "Hậu Giang information and promotion office (demo contact)",
    }),
    email: "investment@example.org",
    languages: ["vi", "en"],
  },
  {
    _id: PERSON.tourism,
    _type: "person",
    name: "Tourism information desk (demo role account)",
    nameLanguage: "en",
    role: i18nString({
      vi: "Bộ phận thông tin du lịch (tài khoản mẫu)",
      en: "Tourism information desk (demo account)",
      ko: "관광 안내 창구 (데모 계정)",
    }),
    organisation: i18nString({
      vi: "Văn phòng thông tin và xúc tiến Hậu Giang (liên hệ mẫu)",
      en: "Hậu Giang information and promotion office (demo contact)",
    }),
    email: "tourism@example.org",
    languages: ["vi", "en"],
  },
  {
    _id: PERSON.press,
    _type: "person",
    name: "Press office (demo role account)",
    nameLanguage: "en",
    role: i18nString({
      vi: "Bộ phận báo chí (tài khoản mẫu)",
      en: "Press office (demo account)",
    }),
    organisation: i18nString({
      vi: "Văn phòng thông tin và xúc tiến Hậu Giang (liên hệ mẫu)",
      en: "Hậu Giang information and promotion office (demo contact)",
    }),
    email: "press@example.org",
    languages: ["vi", "en"],
  },
];
