/**
 * The report's own words, in Vietnamese (the staff's language) and English (for partners).
 * A report is a staff document, not a page of the site, so its strings live here rather
 * than in locales/ (which every language of the site must fill). Names of event kinds,
 * inquiry topics and article kinds come from locales/ through app/i18n/resources.ts;
 * countries and languages from Intl.DisplayNames.
 */
export const REPORT_LANGS = ["vi", "en"] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

export interface ReportStrings {
  title: (year: number) => string;
  generated: (date: string) => string;
  otherLanguage: string;
  contents: string;
  publishedTitle: string;
  publishedLead: string;
  section: string;
  total: string;
  sections: Record<string, string>;
  translationsTitle: string;
  translationsLead: (days: number) => string;
  language: string;
  coverage: string;
  statuses: { current: string; stale: string; missing: string; draftOnly: string; identical: string };
  staleLong: (days: number) => string;
  eventsTitle: string;
  eventsLead: string;
  kind: string;
  count: string;
  otherKind: string;
  inquiriesTitle: string;
  inquiriesLead: string;
  noInquiries: string;
  byCountry: string;
  byTopic: string;
  byStatus: string;
  country: string;
  topic: string;
  status: string;
  inquiryStatuses: Record<string, string>;
  visitsTitle: string;
  visitsLead: string;
  visitsNoLanguage: string;
  noVisits: string;
  month: string;
  visitors: string;
  chartDescription: (title: string) => string;
  tableNote: string;
  /** Names a table's scroll region apart from its section (landmark names must differ). */
  table: (title: string) => string;
}

export const REPORT_STRINGS: Record<ReportLang, ReportStrings> = {
  vi: {
    title: (year) => `Báo cáo đánh giá công tác thông tin năm ${year}`,
    generated: (date) => `Lập ngày ${date} từ dữ liệu của trang.`,
    otherLanguage: "English version",
    contents: "Nội dung",
    publishedTitle: "Nội dung đã đăng theo ngôn ngữ và chuyên mục",
    publishedLead:
      "Số tài liệu đã xuất bản trong năm (bài viết theo ngày đăng, các loại khác theo ngày tạo), mỗi bản dịch tính riêng.",
    section: "Chuyên mục",
    total: "Tổng",
    sections: {
      news: "Tin tức",
      pressRelease: "Thông cáo báo chí",
      event: "Sự kiện",
      page: "Trang",
      investmentOpportunity: "Cơ hội đầu tư",
      industrialPark: "Khu công nghiệp",
      imageProject: "Đề án hình ảnh",
      exhibition: "Triển lãm",
      exhibit: "Hiện vật",
    },
    translationsTitle: "Mức độ dịch và bản dịch lỗi thời",
    translationsLead: (days) =>
      `Tình trạng hiện tại của bản dịch cho mỗi tài liệu gốc tiếng Việt. “Lỗi thời”: bản gốc đã thay đổi sau khi dịch; cột cuối đếm các bản lỗi thời hơn ${days} ngày.`,
    language: "Ngôn ngữ",
    coverage: "Tỷ lệ bản dịch hiện hành",
    statuses: {
      current: "Hiện hành",
      stale: "Lỗi thời",
      missing: "Chưa có",
      draftOnly: "Chỉ bản nháp",
      identical: "Chưa dịch (giống bản gốc)",
    },
    staleLong: (days) => `Lỗi thời hơn ${days} ngày`,
    eventsTitle: "Sự kiện đã tổ chức theo loại",
    eventsLead: "Các sự kiện bắt đầu trong năm và trước ngày lập báo cáo, mỗi sự kiện tính một lần.",
    kind: "Loại",
    count: "Số lượng",
    otherKind: "Khác",
    inquiriesTitle: "Yêu cầu của nhà đầu tư",
    inquiriesLead: "Chỉ có số lượng: báo cáo không chứa tên, email hay nội dung yêu cầu nào.",
    noInquiries: "Không có cơ sở dữ liệu yêu cầu (chưa nhận yêu cầu nào).",
    byCountry: "Theo quốc gia",
    byTopic: "Theo chủ đề",
    byStatus: "Theo tình trạng xử lý",
    country: "Quốc gia",
    topic: "Chủ đề",
    status: "Tình trạng",
    inquiryStatuses: { new: "Mới", inProgress: "Đang xử lý", answered: "Đã trả lời", closed: "Đã đóng" },
    visitsTitle: "Lượt người xem",
    visitsLead: "Số người xem khác nhau mỗi ngày, cộng theo tháng (không dùng cookie, không lưu địa chỉ IP).",
    visitsNoLanguage:
      "Bộ đếm chỉ lưu tổng số mỗi ngày, không ghi ngôn ngữ, nên báo cáo không thể chia lượt xem theo ngôn ngữ.",
    noVisits: "Không có dữ liệu lượt xem (visitors.sqlite chưa có).",
    month: "Tháng",
    visitors: "Người xem",
    chartDescription: (title) => `Biểu đồ cột: ${title}. Mọi số liệu có trong bảng ngay sau biểu đồ.`,
    tableNote: "Số liệu của biểu đồ",
    table: (title) => `Bảng: ${title}`,
  },
  en: {
    title: (year) => `Evaluation of the information work, ${year}`,
    generated: (date) => `Produced on ${date} from the site's data.`,
    otherLanguage: "Bản tiếng Việt",
    contents: "Contents",
    publishedTitle: "Content published per language and section",
    publishedLead:
      "Documents published in the year (articles by their publication date, other types by their creation date); each translation counts on its own.",
    section: "Section",
    total: "Total",
    sections: {
      news: "News",
      pressRelease: "Press releases",
      event: "Events",
      page: "Pages",
      investmentOpportunity: "Investment opportunities",
      industrialPark: "Industrial parks",
      imageProject: "Image project",
      exhibition: "Exhibitions",
      exhibit: "Exhibits",
    },
    translationsTitle: "Translation coverage and staleness",
    translationsLead: (days) =>
      `Where each translation of a Vietnamese source stands today. “Stale”: the source changed after it was translated; the last column counts those stale for more than ${days} days.`,
    language: "Language",
    coverage: "Current translations",
    statuses: {
      current: "Current",
      stale: "Stale",
      missing: "Missing",
      draftOnly: "Draft only",
      identical: "Untranslated (same as source)",
    },
    staleLong: (days) => `Stale over ${days} days`,
    eventsTitle: "Events held, by kind",
    eventsLead: "Events that started in the year before the report was produced, each event once.",
    kind: "Kind",
    count: "Count",
    otherKind: "Other",
    inquiriesTitle: "Investor inquiries",
    inquiriesLead: "Counts only: the report holds no name, email address or message.",
    noInquiries: "No inquiry database (no inquiry received yet).",
    byCountry: "By country",
    byTopic: "By topic",
    byStatus: "By status",
    country: "Country",
    topic: "Topic",
    status: "Status",
    inquiryStatuses: { new: "New", inProgress: "In progress", answered: "Answered", closed: "Closed" },
    visitsTitle: "Visitors",
    visitsLead: "Distinct visitors per day, summed per month (no cookies, no stored IP addresses).",
    visitsNoLanguage:
      "The counter stores one total per day and no language, so visits cannot be split by language in this report.",
    noVisits: "No visitor data (no visitors.sqlite yet).",
    month: "Month",
    visitors: "Visitors",
    chartDescription: (title) => `Bar chart: ${title}. Every figure is in the table after the chart.`,
    tableNote: "The chart's figures",
    table: (title) => `Table: ${title}`,
  },
};
