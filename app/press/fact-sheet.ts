/**
 * The press kit's fact sheet: a few figures a journalist asks for first, each from the
 * project's fact file (/work/shared/facts/hau-giang.md) with the source it names there.
 * Where the file names only an outlet, the outlet is the publisher and its root the URL,
 * as in the demo dataset (studio/seed/src/sources.mjs): no article path is guessed.
 * Labels and value templates are UI strings (locales/<lang>/press.json, `facts.<key>`);
 * the numbers and dates here are formatted for the reader's language.
 *
 * These figures are fixed history (2004–2025), which is why they live in code beside
 * their sources rather than in the content store; live indicators are on /economy.
 */
import type { SourceRef } from "~/content/views";

/** A value filled into the fact's template: a number (formatted) or a calendar date (`YYYY-MM-DD`). */
export type FactValue = { number: number; digits?: number } | { date: string };

export interface Fact {
  key: string;
  /** Whose figure it is: the former province (2004–2025) or the new Cần Thơ city. */
  scope: "former-province" | "can-tho-city";
  values: Record<string, FactValue>;
  sources: readonly SourceRef[];
}

const outlet = (title: string, site: string, language = "vi"): SourceRef => ({
  title,
  publisher: site,
  url: `https://${site}`,
  language,
});

const MERGER_SOURCES = [
  outlet("Nghị quyết 202/2025/QH15 sắp xếp đơn vị hành chính cấp tỉnh (12/6/2025)", "news.laodong.vn"),
  outlet("Thành phố Cần Thơ mới từ 1/7/2025", "baotintuc.vn"),
  outlet("New Cần Thơ city: 6,400.83 km², 103 commune-level units", "vietnamnews.vn", "en"),
];

export const FACTS: readonly Fact[] = [
  {
    key: "merger",
    scope: "can-tho-city",
    values: { resolutionDate: { date: "2025-06-12" }, start: { date: "2025-07-01" } },
    sources: MERGER_SOURCES,
  },
  {
    key: "newCity",
    scope: "can-tho-city",
    values: { area: { number: 6400.83 }, population: { number: 4061292 }, units: { number: 103 } },
    sources: MERGER_SOURCES,
  },
  {
    key: "founded",
    scope: "former-province",
    values: { date: { date: "2004-01-01" } },
    sources: [
      outlet("Nghị quyết 22/2003/QH11 chia tỉnh Cần Thơ (26/11/2003)", "vanbanphapluat.co"),
      outlet("Thành lập tỉnh Hậu Giang từ 1/1/2004", "kinhtedothi.vn"),
    ],
  },
  {
    key: "capital",
    scope: "former-province",
    values: {},
    sources: [outlet("Diện tích và dân số tỉnh Hậu Giang", "ngoisao.vn")],
  },
  {
    key: "area",
    scope: "former-province",
    values: { area: { number: 1621.8 } },
    sources: [
      outlet("Diện tích và dân số tỉnh Hậu Giang", "ngoisao.vn"),
      outlet("Hậu Giang province: population (census 2019)", "citypopulation.de", "en"),
    ],
  },
  {
    key: "population",
    scope: "former-province",
    values: { population: { number: 733017 } },
    sources: [outlet("Hậu Giang province: population (census 2019)", "citypopulation.de", "en")],
  },
  {
    key: "grdpGrowth2024",
    scope: "former-province",
    values: { percent: { number: 8.76 } },
    sources: [outlet("Hậu Giang: kinh tế – xã hội năm 2024", "doanhnhan.congly.vn")],
  },
  {
    key: "grdpPerCapita2024",
    scope: "former-province",
    values: { million: { number: 93.78 } },
    sources: [outlet("Hậu Giang: kinh tế – xã hội năm 2024", "doanhnhan.congly.vn")],
  },
  {
    key: "exports2023",
    scope: "former-province",
    values: { exports: { number: 833 }, imports: { number: 363 } },
    sources: [outlet("Giám đốc Sở Công Thương Hậu Giang về xuất nhập khẩu 2023", "lforum.biz")],
  },
  {
    key: "industrialParks2023",
    scope: "former-province",
    values: { parks: { number: 2 }, area: { number: 492 }, occupancy: { number: 93.32 } },
    sources: [outlet("Khu công nghiệp Hậu Giang giữa năm 2023", "kinhdoanhvaphattrien.vn")],
  },
  {
    key: "rice2024",
    scope: "former-province",
    values: { million: { number: 1.16 } },
    sources: [outlet("Hậu Giang năm 2024: thương mại, nông nghiệp, du lịch", "congly.vn")],
  },
  {
    key: "tourism2024",
    scope: "former-province",
    values: { visitors: { number: 580000 }, revenue: { number: 264 } },
    // The fact file cites three outlets for the whole tourism series without saying which gave which year.
    sources: [
      {
        title:
          "Hậu Giang tourism figures 2020–2024 (the fact sheet cites these three outlets for the series without assigning each year)",
        publisher: "baohaugiang.com.vn; plo.vn; congly.vn",
        language: "en",
      },
    ],
  },
];
