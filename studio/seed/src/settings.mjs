/**
 * The site-wide settings singleton (field-level i18n, all six languages, because the
 * header and footer appear on every page). The agency block is a demo placeholder:
 * the fact sheet holds no real contact details, so none are invented.
 */
import { i18nString, i18nText, ref } from "./lib.mjs";
import { PERSON } from "./people.mjs";
import { MERGER_SOURCES } from "./sources.mjs";

export const settingsDocuments = [
  {
    _id: "siteSettings",
    _type: "siteSettings",
    localityName: i18nString({
      vi: "Hậu Giang",
      en: "Hậu Giang",
      ja: "ハウザン（Hậu Giang）",
      ko: "허우장 (Hậu Giang)",
      "zh-Hans": "后江（Hậu Giang）",
      fr: "Hậu Giang",
    }),
    tagline: i18nString({
      vi: "Hậu Giang hội tụ",
      en: "Hậu Giang – where things converge",
      ja: "ハウザン、集う地",
      ko: "허우장, 모여드는 곳",
      "zh-Hans": "后江，汇聚之地",
      fr: "Hậu Giang, terre de convergence",
    }),
    statusNote: i18nText({
      vi: "Từ ngày 1/7/2025, Hậu Giang là một phần của thành phố Cần Thơ theo Nghị quyết 202/2025/QH15 của Quốc hội. Số liệu 2004–2024 trên trang này là của tỉnh Hậu Giang (cũ).",
      en: "Since 1 July 2025, Hậu Giang has been part of Cần Thơ city under National Assembly Resolution 202/2025/QH15. Figures for 2004–2024 on this site refer to the former Hậu Giang province.",
      ja: "2025年7月1日より、ハウザンは国会決議202/2025/QH15によりカントー市の一部となりました。本サイトの2004～2024年の数値は旧ハウザン省のものです。",
      ko: "2025년 7월 1일부터 허우장은 국회 결의 202/2025/QH15에 따라 껀터시의 일부가 되었습니다. 이 사이트의 2004~2024년 수치는 옛 허우장성의 자료입니다.",
      "zh-Hans":
        "自2025年7月1日起，根据国会第202/2025/QH15号决议，后江已并入芹苴市。本网站2004—2024年的数据均指原后江省。",
      fr: "Depuis le 1er juillet 2025, Hậu Giang fait partie de la ville de Cần Thơ en vertu de la résolution 202/2025/QH15 de l’Assemblée nationale. Les chiffres 2004–2024 de ce site concernent l’ancienne province de Hậu Giang.",
    }),
    agency: {
      name: i18nString({
        vi: "Văn phòng thông tin và xúc tiến Hậu Giang (liên hệ mẫu)",
        en: "Hậu Giang information and promotion office (demo contact)",
        ja: "ハウザン情報・プロモーション窓口（デモ用連絡先）",
        ko: "허우장 정보·홍보 사무소 (데모 연락처)",
        "zh-Hans": "后江信息与推介办公室（演示联系方式）",
        fr: "Bureau d’information et de promotion de Hậu Giang (contact de démonstration)",
      }),
      address: i18nText({
        vi: "Đây là thông tin liên hệ mẫu của bản demo, không phải địa chỉ thật. Khu vực Vị Thanh, thành phố Cần Thơ.",
        en: "These are demo contact details, not a real address. Vị Thanh area, Cần Thơ city.",
        ja: "これはデモ用の連絡先で、実在の住所ではありません。カントー市ヴィタイン地区。",
        ko: "데모용 연락처이며 실제 주소가 아닙니다. 껀터시 비타인 지역.",
        "zh-Hans": "此为演示用联系方式，并非真实地址。芹苴市渭清地区。",
        fr: "Coordonnées de démonstration, ce n’est pas une adresse réelle. Secteur de Vị Thanh, ville de Cần Thơ.",
      }),
      email: "info@example.org",
      website: "https://example.org",
    },
    contacts: [ref(PERSON.investment), ref(PERSON.tourism), ref(PERSON.press)],
    statusSources: MERGER_SOURCES,
  },
];
