/**
 * Every citation the demo uses, in one place, as named in the project's fact sheet
 * (/work/shared/facts/hau-giang.md). Where the sheet names only an outlet, the outlet
 * is the publisher and its root the URL; no article path is guessed. Titles describe
 * what each source reports; they are labels, not the outlets' own headlines.
 */
import { source } from "./lib.mjs";

export const S = {
  // Status and history
  res22: source("Nghị quyết 22/2003/QH11 chia tỉnh Cần Thơ (26/11/2003)", {
    site: "vanbanphapluat.co",
    language: "vi",
  }),
  res22News: source("Thành lập tỉnh Hậu Giang từ 1/1/2004", { site: "kinhtedothi.vn", language: "vi" }),
  mergerLaodong: source("Nghị quyết 202/2025/QH15 sắp xếp đơn vị hành chính cấp tỉnh (12/6/2025)", {
    site: "news.laodong.vn",
    language: "vi",
  }),
  mergerBaotintuc: source("Thành phố Cần Thơ mới từ 1/7/2025", { site: "baotintuc.vn", language: "vi" }),
  mergerVNS: source("New Cần Thơ city: 6,400.83 km², 103 commune-level units", {
    site: "vietnamnews.vn",
    language: "en",
  }),
  basicsNgoisao: source("Diện tích và dân số tỉnh Hậu Giang", { site: "ngoisao.vn", language: "vi" }),
  basicsCitypop: source("Hậu Giang province: population (census 2019)", { site: "citypopulation.de", language: "en" }),
  basicsUnits: source("Đơn vị hành chính tỉnh Hậu Giang (số liệu Tổng cục Thống kê)", {
    publisher: "GSO via mientaycogi",
    language: "vi",
  }),
  ngaBayCity: source("Ngã Bảy trở thành thành phố từ 1/2/2020", { site: "tienphong.vn", language: "vi" }),

  // Economy
  grdp2018: source("Hậu Giang: số liệu GRDP 2018 (Tổng cục Thống kê, bản sao Wikipedia)", {
    site: "lichsuvavanhoa.com",
    language: "vi",
  }),
  grdp2019: source("Tổng quan tỉnh Hậu Giang", {
    publisher: "Cổng thông tin điện tử tỉnh Hậu Giang",
    url: "https://haugiang.gov.vn/tong-quan",
    language: "vi",
  }),
  grdp2020: source("Thông cáo báo chí tình hình kinh tế – xã hội năm 2020", {
    publisher: "Cục Thống kê tỉnh Hậu Giang",
    language: "vi",
  }),
  grdp2021: source("Tình hình kinh tế – xã hội tỉnh Hậu Giang năm 2021 (idTin=53289)", {
    site: "mpi.gov.vn",
    publisher: "Bộ Kế hoạch và Đầu tư (mpi.gov.vn)",
    language: "vi",
  }),
  grdp2022: source("Hậu Giang: tăng trưởng GRDP năm 2022", { site: "infonet.vietnamnet.vn", language: "vi" }),
  grdp2023Cafef: source("Hậu Giang: tăng trưởng GRDP năm 2023", { site: "cafef.vn", language: "vi" }),
  grdp2023Ktdt: source("Kinh tế Hậu Giang năm 2023", { site: "kinhtedothi.vn", language: "vi" }),
  grdp2024: source("Hậu Giang: kinh tế – xã hội năm 2024", { site: "doanhnhan.congly.vn", language: "vi" }),
  trade2023: source("Giám đốc Sở Công Thương Hậu Giang về xuất nhập khẩu 2023", { site: "lforum.biz", language: "vi" }),
  congly2024: source("Hậu Giang năm 2024: thương mại, nông nghiệp, du lịch", { site: "congly.vn", language: "vi" }),
  socialInv2019: source("Tổng quan tỉnh Hậu Giang: vốn đầu tư toàn xã hội 2019", {
    site: "haugiang.gov.vn",
    language: "vi",
  }),
  socialInv2023: source("Vốn đầu tư toàn xã hội Hậu Giang 2022–2023", { site: "kinhtedothi.vn", language: "vi" }),
  projects2023: source("Hậu Giang: 348 dự án đầu tư, 25 dự án FDI (6/2023)", {
    site: "baohaugiang.com.vn",
    language: "vi",
  }),
  projects2024: source("Hậu Giang: dự án và doanh nghiệp (9/2024)", { site: "baodautu.vn", language: "vi" }),
  parks2023: source("Khu công nghiệp Hậu Giang giữa năm 2023", { site: "kinhdoanhvaphattrien.vn", language: "vi" }),
  pineappleAG: source("Khóm Cầu Đúc: diện tích và sản lượng (2023)", { site: "baoangiang.com.vn", language: "vi" }),
  pineappleGI: source("Chỉ dẫn địa lý khóm Cầu Đúc", { site: "kienthuc.net.vn", language: "vi" }),
  sugarcane: source("Mía Phụng Hiệp niên vụ 2021–2022", { site: "tienphong.vn", language: "vi" }),
  tourism: source(
    "Hậu Giang tourism figures 2020–2024 (the fact sheet cites these three outlets for the series without assigning each year)",
    { publisher: "baohaugiang.com.vn; plo.vn; congly.vn", language: "en" },
  ),

  // Image-building project
  decision2548: source(
    "Quyết định 2548/QĐ-UBND (31/12/2020) phê duyệt Đề án Tạo dựng hình ảnh tỉnh Hậu Giang giai đoạn 2020–2025, tầm nhìn đến năm 2030",
    { site: "thuvienphapluat.vn", language: "vi" },
  ),
  imageArticle: source("Tạo dựng hình ảnh “Hậu Giang hội tụ” (14/5/2021)", {
    site: "baohaugiang.com.vn",
    language: "vi",
  }),
  plan74: source("Kế hoạch 74/KH-UBND (20/4/2021) về quảng bá du lịch giai đoạn 2021–2025", {
    publisher: "UBND tỉnh Hậu Giang",
    language: "vi",
  }),
  sloganBCT: source("“Doanh nghiệp đến, Hậu Giang vui” – Năm Doanh nghiệp 2022", {
    site: "baocantho.com.vn",
    language: "vi",
  }),
  sloganBTT: source("Hậu Giang và cam kết “2 nhanh, 3 tốt”", { site: "baotintuc.vn", language: "vi" }),

  // Events
  riceTV: source("Festival quốc tế Lúa gạo tại Vị Thanh, Hậu Giang (12/2023)", {
    site: "haugiangtivi.vn",
    language: "vi",
  }),
  riceVOV: source("Khai mạc Festival quốc tế Lúa gạo “Hành trình trăm năm lúa gạo Việt”", {
    site: "vov.vn",
    language: "vi",
  }),
  eventsCompiled: source(
    "Hậu Giang events 2019–2025 as compiled in the project fact sheet (outlet not recorded for this line)",
    { language: "en" },
  ),

  // Investment
  investmentLists: source(
    "Hậu Giang investment-call lists 2022 and 2025 as summarised in the project fact sheet (outlet not recorded for this line)",
    { language: "en" },
  ),
  plannedParks: source("Hậu Giang: 8 khu công nghiệp quy hoạch, 1.741 ha (2022)", {
    site: "vietnammoi.vn",
    language: "vi",
  }),
  fdiCallList: source("Hau Giang calls for foreign investment in 35 projects (May 2022)", {
    site: "vietnamnews.vn",
    publisher: "Viet Nam News (VNS)",
    language: "en",
  }),

  // Exhibition
  exhVOV: source("Triển lãm “Hoàng Sa, Trường Sa của Việt Nam – những bằng chứng lịch sử và pháp lý”", {
    site: "vovworld.vn",
    language: "vi",
  }),
  exhPTIT: source("Triển lãm số 3D Hoàng Sa, Trường Sa (từ 2016)", { site: "cdit.ptit.edu.vn", language: "vi" }),
  exhVNA: source("Bằng chứng lịch sử và pháp lý về chủ quyền Hoàng Sa, Trường Sa", {
    site: "biendao.vnanet.vn",
    language: "vi",
  }),
};

/** The sources for the merger statement, used by every page and the settings. */
export const MERGER_SOURCES = [S.mergerLaodong, S.mergerBaotintuc, S.mergerVNS];
