/**
 * Investment opportunities and operating industrial parks, with the published figures
 * only. Fields the fact sheet does not give (capital where unknown, investment forms,
 * incentives, lease prices, tenants, coordinates, exact status dates) are left out
 * rather than filled with samples, so nothing here is illustrative.
 */
import { pt, ref } from "./lib.mjs";
import { MERGER } from "./pages.mjs";
import { PERSON } from "./people.mjs";
import { S } from "./sources.mjs";

const office = ref(PERSON.investment);

const lungNgocHoang = {
  id: "lung-ngoc-hoang-eco-tourism",
  sector: "tourism",
  location: "phungHiep",
  areaHa: 2800,
  capitalVndBn: 526,
  status: "open",
  office,
  sources: [S.investmentLists],
  vi: {
    title: "Du lịch sinh thái Khu bảo tồn thiên nhiên Lung Ngọc Hoàng",
    slug: "du-lich-sinh-thai-lung-ngoc-hoang",
    summary: "Dự án du lịch sinh thái trên 2.800 ha tại Phụng Hiệp; vốn dự kiến 526 tỷ đồng (điều chỉnh năm 2025, 6 phân khu).",
    body: pt(
      "Khu bảo tồn thiên nhiên Lung Ngọc Hoàng ở huyện Phụng Hiệp có diện tích 2.800 ha.",
      "Dự án du lịch sinh thái tại đây có trong danh mục kêu gọi đầu tư năm 2022 với mức vốn 345 tỷ đồng; năm 2025, mức vốn được điều chỉnh lên **526 tỷ đồng**, chia thành 6 phân khu.",
      MERGER.vi,
    ),
  },
  en: {
    title: "Lung Ngọc Hoàng nature reserve eco-tourism",
    slug: "lung-ngoc-hoang-eco-tourism",
    summary: "An eco-tourism project on 2,800 ha in Phụng Hiệp; estimated capital 526 bn VND (revised in 2025, six sub-zones).",
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

function newPark(id, viName, enName, areaHa, viSlug, enSlug, viNote, enNote, sources) {
  return {
    id,
    sector: "industry",
    areaHa,
    status: "open",
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
const onList = ["Có trong danh mục 8 khu công nghiệp quy hoạch năm 2022 (tổng 1.741 ha).", "On the 2022 list of eight planned parks (1,741 ha in all)."];

export const opportunities = [
  lungNgocHoang,
  mekongResort,
  newPark("song-hau-2-industrial-park", "Sông Hậu 2", "Sông Hậu 2", 380, "khu-cong-nghiep-song-hau-2", "song-hau-2-industrial-park", ...approved, [S.investmentLists]),
  newPark("dong-phu-2-industrial-park", "Đông Phú 2", "Đông Phú 2", 234, "khu-cong-nghiep-dong-phu-2", "dong-phu-2-industrial-park", ...approved, [S.investmentLists]),
  newPark("tan-hoa-industrial-park", "Tân Hòa", "Tân Hòa", 210, "khu-cong-nghiep-tan-hoa", "tan-hoa-industrial-park", ...onList, [S.plannedParks]),
  newPark("nhon-nghia-a-industrial-park", "Nhơn Nghĩa A", "Nhơn Nghĩa A", 252, "khu-cong-nghiep-nhon-nghia-a", "nhon-nghia-a-industrial-park", ...onList, [S.plannedParks]),
  newPark("long-thanh-industrial-park", "Long Thạnh", "Long Thạnh", 290, "khu-cong-nghiep-long-thanh", "long-thanh-industrial-park", ...onList, [S.plannedParks]),
];

function operatingPark(id, viName, areaHa, occupancyPercent, viSlug, enSlug) {
  return {
    id,
    areaHa,
    occupancyPercent,
    status: "operating",
    contact: office,
    asOf: "2023-06-30",
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

export const industrialParks = [
  operatingPark("song-hau", "Sông Hậu", 291, 100, "khu-cong-nghiep-song-hau", "song-hau-industrial-park"),
  operatingPark("tan-phu-thanh", "Tân Phú Thạnh", 201, 86, "khu-cong-nghiep-tan-phu-thanh", "tan-phu-thanh-industrial-park"),
];
