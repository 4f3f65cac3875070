/**
 * Investment opportunities, industrial parks and the conversion rates of the investment
 * pages. The real entries carry the published figures only: fields the fact sheet does
 * not give (capital where unknown, investment forms, incentives, lease prices, tenants,
 * exact status dates) are left out rather than filled, and a status date is stored only
 * to the precision published (`datePrecision`: year or month), so the site never shows a
 * day nobody published.
 *
 * Two opportunities are sample content (`illustrative: true`, titled as samples): the
 * fact sheet names no opportunity that was awarded or closed, nor one with published
 * investment forms, incentives or documents, and the pages must show how those look.
 * The conversion rates are round illustrative figures too (the fact sheet has no
 * exchange rate); the site labels every converted figure with that.
 */
import { pt, ref } from "./lib.mjs";
import { MERGER } from "./pages.mjs";
import { PERSON } from "./people.mjs";
import { S } from "./sources.mjs";

const office = ref(PERSON.investment);

/** A status change; `date` holds the first day of the published period when only a month or year is known. */
function change(status, date, datePrecision, note) {
  const entry = { _type: "statusChange", status };
  if (date) {
    entry.date = date;
    entry.datePrecision = datePrecision;
  }
  if (note) entry.note = note;
  return entry;
}

/** Shared fields may depend on the language: notes exist in vi and en, other versions take en. */
const byLang = (values) => (lang) => values[lang] ?? values.en;

const lungNgocHoang = {
  id: "lung-ngoc-hoang-eco-tourism",
  sector: "tourism",
  location: "phungHiep",
  areaHa: 2800,
  capitalVndBn: 526,
  status: "open",
  statusHistory: byLang({
    vi: [
      change("open", "2022-01-01", "year", "Có trong danh mục kêu gọi đầu tư năm 2022 (vốn 345 tỷ đồng)."),
      change("open", "2025-01-01", "year", "Điều chỉnh vốn lên 526 tỷ đồng, 6 phân khu."),
    ],
    en: [
      change("open", "2022-01-01", "year", "On the 2022 investment-call list (345 bn VND)."),
      change("open", "2025-01-01", "year", "Capital revised to 526 bn VND, six sub-zones."),
    ],
  }),
  // The centre of the reserve's published extent (see /work/shared/geo/README.md), not a surveyed point.
  point: { _type: "geopoint", lat: 9.716667, lng: 105.683333 },
  pointApproximate: true,
  office,
  sources: [S.investmentLists],
  vi: {
    title: "Du lịch sinh thái Khu bảo tồn thiên nhiên Lung Ngọc Hoàng",
    slug: "du-lich-sinh-thai-lung-ngoc-hoang",
    summary:
      "Dự án du lịch sinh thái trên 2.800 ha tại Phụng Hiệp; vốn dự kiến 526 tỷ đồng (điều chỉnh năm 2025, 6 phân khu).",
    body: pt(
      "Khu bảo tồn thiên nhiên Lung Ngọc Hoàng ở huyện Phụng Hiệp có diện tích 2.800 ha.",
      "Dự án du lịch sinh thái tại đây có trong danh mục kêu gọi đầu tư năm 2022 với mức vốn 345 tỷ đồng; năm 2025, mức vốn được điều chỉnh lên **526 tỷ đồng**, chia thành 6 phân khu.",
      MERGER.vi,
    ),
  },
  en: {
    title: "Lung Ngọc Hoàng nature reserve eco-tourism",
    slug: "lung-ngoc-hoang-eco-tourism",
    summary:
      "An eco-tourism project on 2,800 ha in Phụng Hiệp; estimated capital 526 bn VND (revised in 2025, six sub-zones).",
    body: pt(
      "Lung Ngọc Hoàng nature reserve in Phụng Hiệp district covers 2,800 ha.",
      "An eco-tourism project there was on the 2022 investment-call list at 345 billion VND; in 2025 the estimate was revised to **526 billion VND** across six sub-zones.",
      MERGER.en,
    ),
  },
};

const mekongResort = {
  id: "mekong-resort-city-chau-thanh",
  sector: "urban",
  location: "chauThanh",
  areaHa: 3000,
  status: "open",
  statusHistory: byLang({
    vi: [
      change("open", null, null, "Ngày đưa vào danh mục chưa được công bố."),
      change("open", "2024-08-01", "month", "Nhà đầu tư bày tỏ quan tâm."),
    ],
    en: [
      change("open", null, null, "Date of listing not published."),
      change("open", "2024-08-01", "month", "Investor interest expressed."),
    ],
  }),
  office,
  sources: [S.investmentLists],
  vi: {
    title: "Đô thị nghỉ dưỡng Mekong, huyện Châu Thành",
    slug: "do-thi-nghi-duong-mekong-chau-thanh",
    summary: "Khu đô thị nghỉ dưỡng quy mô 3.000 ha tại Châu Thành; đã có nhà đầu tư bày tỏ quan tâm vào tháng 8/2024.",
    body: pt(
      "Dự án đô thị nghỉ dưỡng tại huyện Châu Thành có quy mô khoảng 3.000 ha.",
      "Tháng 8/2024, dự án đã nhận được sự quan tâm của nhà đầu tư. Tổng vốn đầu tư chưa được công bố nên không nêu ở đây.",
      MERGER.vi,
    ),
  },
  en: {
    title: "Mekong resort city, Châu Thành district",
    slug: "mekong-resort-city-chau-thanh",
    summary: "A 3,000 ha resort city in Châu Thành; interest in investing was expressed in August 2024.",
    body: pt(
      "The resort-city project in Châu Thành district covers about 3,000 ha.",
      "Investor interest was expressed in August 2024. No total capital has been published, so none is given here.",
      MERGER.en,
    ),
  },
};

function newPark(id, viName, enName, areaHa, viSlug, enSlug, viNote, enNote, history, sources) {
  return {
    id,
    sector: "industry",
    areaHa,
    status: "open",
    statusHistory: byLang(history),
    office,
    sources,
    vi: {
      title: `Khu công nghiệp ${viName}`,
      slug: viSlug,
      summary: `Khu công nghiệp quy hoạch rộng ${areaHa} ha. ${viNote}`,
      body: pt(
        `Khu công nghiệp ${viName} có diện tích quy hoạch ${areaHa} ha. ${viNote}`,
        "Vốn đầu tư, hình thức đầu tư và ưu đãi chưa được công bố trong các nguồn của trang này; vui lòng liên hệ bộ phận xúc tiến đầu tư.",
        MERGER.vi,
      ),
    },
    en: {
      title: `${enName} Industrial Park`,
      slug: enSlug,
      summary: `A planned industrial park of ${areaHa} ha. ${enNote}`,
      body: pt(
        `${enName} Industrial Park is planned on ${areaHa} ha. ${enNote}`,
        "Capital, investment forms and incentives are not given in this site’s sources; please contact the investment promotion desk.",
        MERGER.en,
      ),
    },
  };
}

const approved = ["Quy hoạch phân khu được phê duyệt tháng 7/2023.", "Zoning plan approved in July 2023."];
const onList = [
  "Có trong danh mục 8 khu công nghiệp quy hoạch năm 2022 (tổng 1.741 ha).",
  "On the 2022 list of eight planned parks (1,741 ha in all).",
];
const approvedHistory = {
  vi: [change("open", "2023-07-01", "month", "Phê duyệt quy hoạch phân khu.")],
  en: [change("open", "2023-07-01", "month", "Zoning plan approved.")],
};
const onListHistory = {
  vi: [change("open", "2022-01-01", "year", "Có trong danh mục 8 khu công nghiệp quy hoạch.")],
  en: [change("open", "2022-01-01", "year", "On the list of eight planned parks.")],
};

/** Marks every version of a sample as such, in the title and in the first paragraph. */
const SAMPLE = {
  vi: "Nội dung mẫu minh họa: đây không phải là một dự án thật và các số liệu không phải số liệu chính thức.",
  en: "Illustrative sample: this is not a real project and its figures are not official.",
  ja: "説明用のサンプルです。実在の案件ではなく、数値も公式のものではありません。",
};

const sampleLogistics = {
  id: "sample-cold-chain-logistics",
  illustrative: true,
  sector: "logistics",
  location: "viThanh",
  areaHa: 12,
  capitalVndBn: 450,
  investmentForms: ["fdi", "domestic", "landLease"],
  status: "negotiation",
  statusHistory: byLang({
    vi: [
      change("open", "2025-03-01", "month", "Mẫu minh họa."),
      change("negotiation", "2025-09-01", "month", "Mẫu minh họa."),
    ],
    en: [
      change("open", "2025-03-01", "month", "Illustrative sample."),
      change("negotiation", "2025-09-01", "month", "Illustrative sample."),
    ],
    ja: [
      change("open", "2025-03-01", "month", "説明用サンプル。"),
      change("negotiation", "2025-09-01", "month", "説明用サンプル。"),
    ],
  }),
  incentives: byLang({
    vi: ["Mẫu minh họa: ưu đãi thuế thu nhập doanh nghiệp theo quy định hiện hành (liên hệ để biết chi tiết)."],
    en: ["Illustrative sample: corporate income tax incentives as provided by current law (ask the desk for details)."],
    ja: ["説明用サンプル：現行法に基づく法人所得税の優遇（詳細は窓口へ）。"],
  }),
  documents: byLang({
    vi: [
      {
        _type: "opportunityDocument",
        title: "Tờ thông tin mẫu (minh họa)",
        url: "https://example.org/sample-cold-chain-logistics.pdf",
      },
    ],
    en: [
      {
        _type: "opportunityDocument",
        title: "Sample fact sheet (illustrative)",
        url: "https://example.org/sample-cold-chain-logistics.pdf",
      },
    ],
    ja: [
      {
        _type: "opportunityDocument",
        title: "サンプル資料（説明用）",
        url: "https://example.org/sample-cold-chain-logistics.pdf",
      },
    ],
  }),
  office,
  vi: {
    title: "Mẫu minh họa: trung tâm logistics kho lạnh, Vị Thanh",
    slug: "mau-trung-tam-logistics-kho-lanh",
    summary: `Trung tâm kho lạnh 12 ha cho nông sản và thủy sản. ${SAMPLE.vi}`,
    body: pt(
      SAMPLE.vi,
      "Trang này cho thấy cách một cơ hội đang đàm phán được trình bày: hình thức đầu tư, ưu đãi, tài liệu và lịch sử trạng thái.",
    ),
  },
  en: {
    title: "Sample: cold-chain logistics centre, Vị Thanh",
    slug: "sample-cold-chain-logistics-centre",
    summary: `A 12 ha cold-storage centre for farm and fishery produce. ${SAMPLE.en}`,
    body: pt(
      SAMPLE.en,
      "This page shows how an opportunity in negotiation is presented: investment forms, incentives, documents and status history.",
    ),
  },
  ja: {
    title: "サンプル：低温物流センター（ヴィタイン）",
    slug: "sample-cold-chain-logistics-centre",
    summary: `農水産物向けの12 haの低温倉庫センター。${SAMPLE.ja}`,
    body: pt(SAMPLE.ja, "交渉中の案件の表示例です（投資形態、優遇措置、資料、ステータス履歴）。"),
  },
};

const sampleClosed = {
  id: "sample-rice-straw-processing",
  illustrative: true,
  sector: "agroProcessing",
  location: "longMy",
  areaHa: 5,
  capitalVndBn: 120,
  investmentForms: ["domestic"],
  status: "closed",
  statusHistory: byLang({
    vi: [
      change("open", "2024-04-01", "month", "Mẫu minh họa."),
      change("negotiation", "2024-10-01", "month", "Mẫu minh họa."),
      change("awarded", "2025-02-01", "month", "Mẫu minh họa."),
      change("closed", "2025-03-01", "month", "Mẫu minh họa: đã trao cho nhà đầu tư, không còn nhận hồ sơ."),
    ],
    en: [
      change("open", "2024-04-01", "month", "Illustrative sample."),
      change("negotiation", "2024-10-01", "month", "Illustrative sample."),
      change("awarded", "2025-02-01", "month", "Illustrative sample."),
      change("closed", "2025-03-01", "month", "Illustrative sample: awarded, no longer taking proposals."),
    ],
  }),
  office,
  vi: {
    title: "Mẫu minh họa: nhà máy chế biến rơm rạ, Long Mỹ",
    slug: "mau-nha-may-che-bien-rom-ra",
    summary: `Nhà máy chế biến rơm rạ 5 ha; cơ hội đã đóng. ${SAMPLE.vi}`,
    body: pt(SAMPLE.vi, "Một cơ hội đã đóng vẫn giữ nguyên địa chỉ và có thể đọc được, kèm lịch sử trạng thái."),
  },
  en: {
    title: "Sample: rice-straw processing plant, Long Mỹ",
    slug: "sample-rice-straw-processing-plant",
    summary: `A 5 ha rice-straw processing plant; the opportunity is closed. ${SAMPLE.en}`,
    body: pt(SAMPLE.en, "A closed opportunity keeps its address and stays readable, with its status history."),
  },
};

export const opportunities = [
  lungNgocHoang,
  mekongResort,
  newPark(
    "song-hau-2-industrial-park",
    "Sông Hậu 2",
    "Sông Hậu 2",
    380,
    "khu-cong-nghiep-song-hau-2",
    "song-hau-2-industrial-park",
    ...approved,
    approvedHistory,
    [S.investmentLists],
  ),
  newPark(
    "dong-phu-2-industrial-park",
    "Đông Phú 2",
    "Đông Phú 2",
    234,
    "khu-cong-nghiep-dong-phu-2",
    "dong-phu-2-industrial-park",
    ...approved,
    approvedHistory,
    [S.investmentLists],
  ),
  newPark(
    "tan-hoa-industrial-park",
    "Tân Hòa",
    "Tân Hòa",
    210,
    "khu-cong-nghiep-tan-hoa",
    "tan-hoa-industrial-park",
    ...onList,
    onListHistory,
    [S.plannedParks],
  ),
  newPark(
    "nhon-nghia-a-industrial-park",
    "Nhơn Nghĩa A",
    "Nhơn Nghĩa A",
    252,
    "khu-cong-nghiep-nhon-nghia-a",
    "nhon-nghia-a-industrial-park",
    ...onList,
    onListHistory,
    [S.plannedParks],
  ),
  newPark(
    "long-thanh-industrial-park",
    "Long Thạnh",
    "Long Thạnh",
    290,
    "khu-cong-nghiep-long-thanh",
    "long-thanh-industrial-park",
    ...onList,
    onListHistory,
    [S.plannedParks],
  ),
  sampleLogistics,
  sampleClosed,
];

/**
 * Operating parks. Their location is the district the textual sources name (see
 * /work/shared/geo/README.md); no coordinates were published, so none are given. Land
 * still available is not stored: the site derives it from area and occupancy and says so.
 */
function operatingPark(id, viName, location, areaHa, occupancyPercent, viSlug, enSlug) {
  return {
    id,
    location,
    areaHa,
    occupancyPercent,
    status: "operating",
    contact: office,
    // The source reports "mid-2023"; stored as June 2023 to month precision.
    asOf: "2023-06-01",
    asOfPrecision: "month",
    sources: [S.parks2023],
    vi: {
      title: `Khu công nghiệp ${viName} (giai đoạn 1)`,
      slug: viSlug,
      summary: `Giai đoạn 1 rộng ${areaHa} ha, tỷ lệ lấp đầy ${occupancyPercent}% vào giữa năm 2023.`,
      body: pt(
        `Theo số liệu giữa năm 2023, giai đoạn 1 của Khu công nghiệp ${viName} rộng ${areaHa} ha và đã lấp đầy ${occupancyPercent}%.`,
        "Cùng thời điểm, hai khu công nghiệp đang hoạt động của tỉnh (khoảng 492 ha) có 77 dự án, tỷ lệ lấp đầy chung 93,32%.",
        MERGER.vi,
      ),
    },
    en: {
      title: `${viName} Industrial Park (phase 1)`,
      slug: enSlug,
      summary: `Phase 1 covers ${areaHa} ha and was ${occupancyPercent}% occupied in mid-2023.`,
      body: pt(
        `Mid-2023 figures put phase 1 of ${viName} Industrial Park at ${areaHa} ha, ${occupancyPercent}% occupied.`,
        "At the same time the province’s two operating parks (about 492 ha) held 77 projects and were 93.32% occupied overall.",
        MERGER.en,
      ),
    },
  };
}

/** Planned parks: the published planned area only; the linked opportunity carries the rest. */
function plannedPark(id, viName, areaHa, asOf, asOfPrecision, sources, opportunityId, viNote, enNote) {
  const park = {
    id,
    areaHa,
    status: "planned",
    contact: office,
    asOf,
    asOfPrecision,
    sources,
    vi: {
      title: `Khu công nghiệp ${viName} (quy hoạch)`,
      slug: `khu-cong-nghiep-${id}-quy-hoach`,
      summary: `Khu công nghiệp quy hoạch rộng ${areaHa} ha. ${viNote}`,
      body: pt(`Khu công nghiệp ${viName} có diện tích quy hoạch ${areaHa} ha. ${viNote}`, MERGER.vi),
    },
    en: {
      title: `${viName} Industrial Park (planned)`,
      slug: `${id}-industrial-park-planned`,
      summary: `A planned industrial park of ${areaHa} ha. ${enNote}`,
      body: pt(`${viName} Industrial Park is planned on ${areaHa} ha. ${enNote}`, MERGER.en),
    },
  };
  if (opportunityId) park.opportunity = ref(`investmentOpportunity-${opportunityId}-vi`, { weak: true });
  return park;
}

export const industrialParks = [
  operatingPark("song-hau", "Sông Hậu", "chauThanh", 291, 100, "khu-cong-nghiep-song-hau", "song-hau-industrial-park"),
  operatingPark(
    "tan-phu-thanh",
    "Tân Phú Thạnh",
    "chauThanhA",
    201,
    86,
    "khu-cong-nghiep-tan-phu-thanh",
    "tan-phu-thanh-industrial-park",
  ),
  plannedPark(
    "song-hau-2",
    "Sông Hậu 2",
    380,
    "2023-07-01",
    "month",
    [S.investmentLists],
    "song-hau-2-industrial-park",
    ...approved,
  ),
  plannedPark(
    "dong-phu-2",
    "Đông Phú 2",
    234,
    "2023-07-01",
    "month",
    [S.investmentLists],
    "dong-phu-2-industrial-park",
    ...approved,
  ),
  plannedPark("tan-hoa", "Tân Hòa", 210, "2022-01-01", "year", [S.plannedParks], "tan-hoa-industrial-park", ...onList),
  plannedPark(
    "nhon-nghia-a",
    "Nhơn Nghĩa A",
    252,
    "2022-01-01",
    "year",
    [S.plannedParks],
    "nhon-nghia-a-industrial-park",
    ...onList,
  ),
  plannedPark(
    "long-thanh",
    "Long Thạnh",
    290,
    "2022-01-01",
    "year",
    [S.plannedParks],
    "long-thanh-industrial-park",
    ...onList,
  ),
  plannedPark("tan-binh", "Tân Bình", 210, "2022-01-01", "year", [S.plannedParks], null, ...onList),
];

/**
 * Conversion rates for the "approximate figure in your currency" beside VND amounts.
 * The fact sheet has no exchange rate, so these are round illustrative figures, marked
 * as such; the site prints that label next to every converted amount. Replace this
 * document with a dated official rate (e.g. the State Bank of Vietnam's) before launch.
 */
export const exchangeRateDocuments = [
  {
    _id: "exchangeRateSet-illustrative",
    _type: "exchangeRateSet",
    title: "Illustrative conversion rates (demo)",
    illustrative: true,
    asOf: "2025-11-20",
    rates: [
      { _type: "exchangeRate", currency: "USD", vndPerUnit: 26000 },
      { _type: "exchangeRate", currency: "EUR", vndPerUnit: 30000 },
      { _type: "exchangeRate", currency: "JPY", vndPerUnit: 170 },
      { _type: "exchangeRate", currency: "KRW", vndPerUnit: 18 },
      { _type: "exchangeRate", currency: "CNY", vndPerUnit: 3600 },
    ],
    source: {
      _type: "source",
      title:
        "Round figures written for the demo site, close to late-2025 market levels; not an official or market rate",
      publisher: "Demo content (illustrative)",
      language: "en",
    },
  },
];
