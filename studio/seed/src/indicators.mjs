/**
 * Economic indicators (field-level i18n, labels in all six languages). Every
 * observation carries its own source; `asOf` is the date the figure describes (the
 * year's end for annual figures, the reporting month's end for cumulative counts);
 * `preliminary` only where the fact sheet says so. Series for 2018–2024 describe the
 * former Hậu Giang province. Notes are editorial and in English only (a plain string).
 */
import { i18nString } from "./lib.mjs";
import { S } from "./sources.mjs";

function obs(year, value, source, { asOf = `${year}-12-31`, preliminary, note } = {}) {
  const o = { _type: "observation", _key: `y${year}`, year, value };
  if (preliminary) o.preliminary = true;
  if (asOf) o.asOf = asOf;
  o.source = source;
  if (note) o.note = note;
  return o;
}

function indicator(key, { label, unit, category, order, featured = false, scope = "former-province", series }) {
  return {
    _id: `indicator-${key}`,
    _type: "economicIndicator",
    key,
    label: i18nString(label),
    unit,
    category,
    featured,
    order,
    scope,
    series,
  };
}

export const indicators = [
  indicator("grdp", {
    label: {
      vi: "Tổng sản phẩm trên địa bàn (GRDP, giá hiện hành)",
      en: "Gross regional domestic product (GRDP, current prices)",
      ja: "域内総生産（GRDP、名目）",
      ko: "지역내총생산(GRDP, 경상가격)",
      "zh-Hans": "地区生产总值（GRDP，现价）",
      fr: "Produit intérieur brut régional (PIBR, prix courants)",
    },
    unit: "VND_BN",
    category: "economy",
    order: 10,
    series: [
      obs(2018, 29763, S.grdp2018),
      obs(2019, 35136.6, S.grdp2019),
      obs(2020, 38362.17, S.grdp2020),
      obs(2021, 39726, S.grdp2021),
      obs(2022, 48063, S.grdp2022, {
        preliminary: true,
        note: "Another source gives 56,765 bn VND, likely a revised GSO figure.",
      }),
      obs(2023, 58505, S.grdp2023Cafef, {
        preliminary: true,
        note: "Another source gives 59,809 bn VND, likely a revised GSO figure.",
      }),
    ],
  }),
  indicator("grdpGrowth", {
    label: {
      vi: "Tốc độ tăng trưởng GRDP",
      en: "GRDP growth",
      ja: "GRDP成長率",
      ko: "GRDP 성장률",
      "zh-Hans": "GRDP增长率",
      fr: "Croissance du PIBR",
    },
    unit: "PERCENT",
    category: "economy",
    order: 20,
    featured: true,
    series: [
      obs(2018, 7.08, S.grdp2018),
      obs(2019, 6.5, S.grdp2019),
      obs(2020, 4.53, S.grdp2020),
      obs(2021, 3.08, S.grdp2021),
      obs(2022, 13.94, S.grdp2022),
      obs(2023, 12.27, S.grdp2023Cafef),
      obs(2024, 8.76, S.grdp2024),
    ],
  }),
  indicator("grdpPerCapita", {
    label: {
      vi: "GRDP bình quân đầu người",
      en: "GRDP per capita",
      ja: "一人当たりGRDP",
      ko: "1인당 GRDP",
      "zh-Hans": "人均GRDP",
      fr: "PIBR par habitant",
    },
    unit: "VND_M",
    category: "economy",
    order: 30,
    featured: true,
    series: [
      obs(2018, 38.32, S.grdp2018),
      obs(2019, 47.99, S.grdp2019),
      obs(2020, 52.6, S.grdp2020),
      obs(2022, 65.89, S.grdp2022),
      obs(2023, 80.33, S.grdp2023Ktdt),
      obs(2024, 93.78, S.grdp2024),
    ],
  }),
  indicator("exports", {
    label: {
      vi: "Kim ngạch xuất khẩu",
      en: "Exports",
      ja: "輸出額",
      ko: "수출액",
      "zh-Hans": "出口额",
      fr: "Exportations",
    },
    unit: "USD_M",
    category: "trade",
    order: 40,
    series: [obs(2023, 833, S.trade2023)],
  }),
  indicator("imports", {
    label: {
      vi: "Kim ngạch nhập khẩu",
      en: "Imports",
      ja: "輸入額",
      ko: "수입액",
      "zh-Hans": "进口额",
      fr: "Importations",
    },
    unit: "USD_M",
    category: "trade",
    order: 41,
    series: [obs(2023, 363, S.trade2023)],
  }),
  indicator("tradeTurnover", {
    label: {
      vi: "Tổng kim ngạch xuất nhập khẩu",
      en: "Total trade (exports and imports)",
      ja: "貿易総額（輸出入）",
      ko: "수출입 총액",
      "zh-Hans": "进出口总额",
      fr: "Commerce extérieur total (exportations et importations)",
    },
    unit: "USD_M",
    category: "trade",
    order: 42,
    series: [obs(2024, 1298, S.congly2024)],
  }),
  indicator("socialInvestment", {
    label: {
      vi: "Vốn đầu tư toàn xã hội",
      en: "Total social investment",
      ja: "社会全体の投資額",
      ko: "사회 총투자",
      "zh-Hans": "全社会投资",
      fr: "Investissement social total",
    },
    unit: "VND_BN",
    category: "investment",
    order: 50,
    series: [
      obs(2019, 19300.8, S.socialInv2019),
      obs(2022, 19400, S.socialInv2023, { note: "Rounded to hundreds of billions in the source." }),
      obs(2023, 22700, S.socialInv2023, { note: "Rounded to hundreds of billions in the source." }),
    ],
  }),
  indicator("investmentProjects", {
    label: {
      vi: "Số dự án đầu tư",
      en: "Investment projects",
      ja: "投資案件数",
      ko: "투자 프로젝트 수",
      "zh-Hans": "投资项目数",
      fr: "Projets d’investissement",
    },
    unit: "COUNT",
    category: "investment",
    order: 60,
    series: [
      obs(2023, 348, S.projects2023, { asOf: "2023-06-30", note: "Total capital 170,438 bn VND." }),
      obs(2024, 321, S.projects2024, { asOf: "2024-09-30", note: "Total capital 184,733 bn VND." }),
    ],
  }),
  indicator("fdiProjects", {
    label: {
      vi: "Số dự án FDI",
      en: "FDI projects",
      ja: "外国直接投資（FDI）案件数",
      ko: "외국인직접투자(FDI) 프로젝트 수",
      "zh-Hans": "外商直接投资（FDI）项目数",
      fr: "Projets d’investissement direct étranger (IDE)",
    },
    unit: "COUNT",
    category: "investment",
    order: 70,
    series: [
      obs(2023, 25, S.projects2023, { asOf: "2023-06-30" }),
      obs(2024, 26, S.projects2024, { asOf: "2024-09-30" }),
    ],
  }),
  indicator("fdiCapital", {
    label: {
      vi: "Vốn đầu tư FDI",
      en: "FDI capital",
      ja: "外国直接投資額",
      ko: "외국인직접투자 금액",
      "zh-Hans": "外商直接投资金额",
      fr: "Capitaux d’IDE",
    },
    unit: "USD_M",
    category: "investment",
    order: 80,
    series: [
      obs(2023, 631.04, S.projects2023, { asOf: "2023-06-30" }),
      obs(2024, 755, S.projects2024, { asOf: "2024-09-30" }),
    ],
  }),
  indicator("enterprises", {
    label: {
      vi: "Doanh nghiệp đang hoạt động",
      en: "Active enterprises",
      ja: "稼働中の企業数",
      ko: "활동 중인 기업 수",
      "zh-Hans": "在营企业数",
      fr: "Entreprises en activité",
    },
    unit: "COUNT",
    category: "investment",
    order: 90,
    series: [obs(2024, 4007, S.projects2024, { asOf: "2024-09-30", note: "Registered capital 71,080 bn VND." })],
  }),
  indicator("industrialParkOccupancy", {
    label: {
      vi: "Tỷ lệ lấp đầy khu công nghiệp",
      en: "Industrial park occupancy",
      ja: "工業団地の入居率",
      ko: "산업단지 입주율",
      "zh-Hans": "工业园区入驻率",
      fr: "Taux d’occupation des parcs industriels",
    },
    unit: "PERCENT",
    category: "investment",
    order: 100,
    featured: true,
    series: [obs(2023, 93.32, S.parks2023, { asOf: "2023-06-30", note: "2 parks, about 492 ha, 77 projects." })],
  }),
  indicator("industrialParkArea", {
    label: {
      vi: "Diện tích khu công nghiệp đang hoạt động",
      en: "Area of operating industrial parks",
      ja: "稼働中の工業団地面積",
      ko: "가동 중인 산업단지 면적",
      "zh-Hans": "运营中工业园区面积",
      fr: "Superficie des parcs industriels en activité",
    },
    unit: "HECTARE",
    category: "investment",
    order: 110,
    series: [obs(2023, 492, S.parks2023, { asOf: "2023-06-30", note: "Approximate; about 2,233 ha planned by 2030." })],
  }),
  indicator("touristArrivals", {
    label: {
      vi: "Lượt khách du lịch",
      en: "Tourist arrivals",
      ja: "観光客数",
      ko: "관광객 수",
      "zh-Hans": "游客人次",
      fr: "Fréquentation touristique",
    },
    unit: "PEOPLE",
    category: "tourism",
    order: 120,
    featured: true,
    series: [
      obs(2020, 228900, S.tourism),
      obs(2021, 146600, S.tourism),
      obs(2022, 390000, S.tourism, { note: "Approximate." }),
      obs(2024, 580000, S.tourism, { note: "Lower bound: “more than 580,000”." }),
    ],
  }),
  indicator("tourismRevenue", {
    label: {
      vi: "Doanh thu du lịch",
      en: "Tourism revenue",
      ja: "観光収入",
      ko: "관광 수입",
      "zh-Hans": "旅游收入",
      fr: "Recettes touristiques",
    },
    unit: "VND_BN",
    category: "tourism",
    order: 130,
    series: [obs(2020, 95.9, S.tourism), obs(2021, 62, S.tourism), obs(2024, 264, S.tourism)],
  }),
  indicator("riceOutput", {
    label: {
      vi: "Sản lượng lúa",
      en: "Rice output",
      ja: "コメ生産量",
      ko: "쌀 생산량",
      "zh-Hans": "稻谷产量",
      fr: "Production de riz",
    },
    unit: "TONNE",
    category: "agriculture",
    order: 140,
    series: [obs(2024, 1160000, S.congly2024, { note: "Reported as 1.16 million tonnes." })],
  }),
  indicator("aquacultureOutput", {
    label: {
      vi: "Sản lượng thủy sản nuôi trồng",
      en: "Aquaculture output",
      ja: "養殖水産物の生産量",
      ko: "양식 수산물 생산량",
      "zh-Hans": "水产养殖产量",
      fr: "Production aquacole",
    },
    unit: "TONNE",
    category: "agriculture",
    order: 150,
    series: [obs(2024, 84697, S.congly2024)],
  }),
  indicator("pineappleArea", {
    label: {
      vi: "Diện tích khóm Cầu Đúc",
      en: "Cầu Đúc pineapple area",
      ja: "カウドゥック・パイナップルの栽培面積",
      ko: "꺼우둑 파인애플 재배 면적",
      "zh-Hans": "Cầu Đúc菠萝种植面积",
      fr: "Surface plantée en ananas de Cầu Đúc",
    },
    unit: "HECTARE",
    category: "agriculture",
    order: 160,
    series: [
      obs(2023, 3100, S.pineappleAG, { note: "Lower bound: “more than 3,100 ha”; about 42,900 tonnes a year." }),
    ],
  }),
  indicator("sugarcaneArea", {
    label: {
      vi: "Diện tích mía",
      en: "Sugarcane area",
      ja: "サトウキビの栽培面積",
      ko: "사탕수수 재배 면적",
      "zh-Hans": "甘蔗种植面积",
      fr: "Surface plantée en canne à sucre",
    },
    unit: "HECTARE",
    category: "agriculture",
    order: 170,
    series: [
      obs(2021, 5040, S.sugarcane, {
        asOf: null,
        note: "2021–22 crop, mostly in Phụng Hiệp; no reference date in the source.",
      }),
    ],
  }),
  indicator("population", {
    label: {
      vi: "Dân số",
      en: "Population",
      ja: "人口",
      ko: "인구",
      "zh-Hans": "人口",
      fr: "Population",
    },
    unit: "PEOPLE",
    category: "economy",
    order: 180,
    series: [obs(2019, 733017, S.basicsCitypop, { asOf: "2019-04-01", note: "2019 census (GSO)." })],
  }),
  indicator("canThoCityPopulation", {
    label: {
      vi: "Quy mô dân số thành phố Cần Thơ (mới)",
      en: "Population scale of the new Cần Thơ city",
      ja: "新カントー市の人口規模",
      ko: "새 껀터시 인구 규모",
      "zh-Hans": "新芹苴市人口规模",
      fr: "Population de la nouvelle ville de Cần Thơ",
    },
    unit: "PEOPLE",
    category: "economy",
    order: 190,
    scope: "can-tho-city",
    series: [
      obs(2025, 4061292, S.mergerBaotintuc, {
        asOf: "2025-07-01",
        note: "Cần Thơ city after Resolution 202/2025/QH15; area 6,400.83 km².",
      }),
    ],
  }),
];
