/**
 * The image-building project ("Hậu Giang hội tụ"), from Decision 2548/QĐ-UBND. Only
 * milestones with a known day are listed; the 2022 slogan year is told in the body.
 */
import { pt, ref, versionId } from "./lib.mjs";
import { MERGER } from "./pages.mjs";
import { MERGER_SOURCES, S } from "./sources.mjs";

// Array members carry the member names the Studio schema gives them.
// Each pillar's news and events, in the order of the pillars (government, tourism,
// agriculture, investment environment). Every language version refers to the Vietnamese
// documents; the site shows each in the reader's language (docs/decisions/0015).
const RELATED = [
  [
    ["article", "image-project-2020"],
    ["article", "merger-can-tho-2025"],
  ],
  [
    ["article", "tourism-promotion-plan-2021"],
    ["article", "tourism-2024"],
    ["event", "ao-ba-ba-festival-2023"],
    ["event", "nga-bay-day-2024"],
    ["event", "mekong-delta-marathon-2025"],
  ],
  [
    ["article", "cau-duc-pineapple"],
    ["article", "international-rice-festival-2023"],
    ["event", "international-rice-festival-2023"],
  ],
  [
    ["article", "investment-conference-2022"],
    ["article", "industrial-parks-2023"],
    ["article", "new-industrial-parks-2023"],
    ["event", "investment-conference-2022"],
  ],
].map((list) => list.map(([type, id]) => ref(versionId(type, id, "vi"))));
const pillars = (list) => list.map((p, i) => ({ _type: "pillar", ...p, related: RELATED[i] }));
const milestones = (list) => list.map((m) => ({ _type: "milestone", ...m }));

export const imageProject = [
  {
    id: "hau-giang-hoi-tu",
    sources: [S.decision2548, S.imageArticle, S.plan74, S.sloganBCT, S.sloganBTT, ...MERGER_SOURCES],
    vi: {
      title: "Đề án Tạo dựng hình ảnh tỉnh Hậu Giang giai đoạn 2020–2025, tầm nhìn đến năm 2030",
      slug: "de-an-tao-dung-hinh-anh",
      decision: { number: "2548/QĐ-UBND", date: "2020-12-31", issuer: "Ủy ban nhân dân tỉnh Hậu Giang" },
      summary:
        "Đề án xây dựng hình ảnh “Hậu Giang hội tụ”: nông nghiệp xanh công nghệ cao và du lịch sinh thái, chính quyền minh bạch phục vụ nhân dân, môi trường hấp dẫn để đầu tư và sinh sống.",
      pillars: pillars([
        { title: "Chính quyền", text: "Một chính quyền minh bạch, phục vụ nhân dân." },
        { title: "Du lịch", text: "Du lịch sinh thái, không gian văn hóa và hạ tầng phục vụ du khách." },
        {
          title: "Nông nghiệp",
          text: "Nông nghiệp xanh ứng dụng công nghệ cao, biểu trưng sản phẩm và chỉ dẫn địa lý.",
        },
        { title: "Môi trường đầu tư", text: "Một nơi hấp dẫn để đầu tư và sinh sống, với các đô thị xanh ven sông." },
      ]),
      milestones: milestones([
        { date: "2020-12-31", title: "Phê duyệt đề án", text: "Quyết định 2548/QĐ-UBND phê duyệt đề án." },
        {
          date: "2021-04-20",
          title: "Kế hoạch quảng bá du lịch",
          text: "Kế hoạch 74/KH-UBND cho giai đoạn 2021–2025: linh vật “Bé Khóm”, logo và bộ nhận diện thống nhất, mỗi ngành một khẩu hiệu.",
        },
        {
          date: "2021-05-14",
          title: "Giới thiệu hình ảnh “Hậu Giang hội tụ”",
          text: "Báo Hậu Giang trình bày hình ảnh mà đề án hướng tới và bốn trụ cột.",
        },
        { date: "2025-07-01", title: "Trở thành một phần của thành phố Cần Thơ", text: MERGER.vi },
      ]),
      body: pt(
        "## Hình ảnh hướng tới",
        "“Hậu Giang hội tụ” là nơi các giá trị cùng gặp nhau: nông nghiệp xanh ứng dụng công nghệ cao và du lịch sinh thái; chính quyền minh bạch phục vụ nhân dân; môi trường hấp dẫn để đầu tư và sinh sống.",
        "## Hoạt động",
        "- Đô thị xanh ven sông và hạ tầng du lịch.",
        "- Bộ nhận diện thương hiệu và sản phẩm truyền thông đa phương tiện.",
        "- Không gian văn hóa, biểu trưng sản phẩm và chỉ dẫn địa lý.",
        "## Khẩu hiệu",
        "Năm 2022, Năm Doanh nghiệp, tỉnh dùng khẩu hiệu **“Doanh nghiệp đến, Hậu Giang vui”**, cùng cam kết **“2 nhanh, 3 tốt”** trong phục vụ nhà đầu tư.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Project to build the image of Hậu Giang province, 2020–2025, with a vision to 2030",
      slug: "image-building-project",
      decision: { number: "2548/QĐ-UBND", date: "2020-12-31", issuer: "Hậu Giang Provincial People’s Committee" },
      summary:
        "The project behind “Hậu Giang hội tụ” (where things converge): green high-tech farming and eco-tourism, a transparent government serving its people, and an attractive place to invest and to live.",
      pillars: pillars([
        { title: "Government", text: "A transparent government that serves its people." },
        { title: "Tourism", text: "Eco-tourism, cultural spaces and facilities for visitors." },
        { title: "Agriculture", text: "Green, high-tech farming, product emblems and geographical indications." },
        {
          title: "Investment environment",
          text: "An attractive place to invest and to live, with green riverside towns.",
        },
      ]),
      milestones: milestones([
        { date: "2020-12-31", title: "Project approved", text: "Decision 2548/QĐ-UBND approves the project." },
        {
          date: "2021-04-20",
          title: "Tourism promotion plan",
          text: "Plan 74/KH-UBND for 2021–2025: the “Bé Khóm” mascot, one logo and identity kit, a slogan for each sector.",
        },
        {
          date: "2021-05-14",
          title: "“Hậu Giang hội tụ” presented",
          text: "The provincial newspaper sets out the image the project aims for and its four pillars.",
        },
        { date: "2025-07-01", title: "Part of Cần Thơ city", text: MERGER.en },
      ]),
      body: pt(
        "## The image",
        "“Hậu Giang hội tụ” describes a place where things converge: green, high-tech farming and eco-tourism; a transparent government that serves its people; an attractive place to invest and to live.",
        "## Actions",
        "- Green riverside towns and tourism facilities.",
        "- A brand identity kit and multimedia products.",
        "- Cultural spaces, product emblems and geographical indications.",
        "## Slogans",
        "In 2022, its Year of Enterprises, the province used the slogan **“Doanh nghiệp đến, Hậu Giang vui”** (“when businesses come, Hậu Giang is glad”) together with the pledge **“2 nhanh, 3 tốt”** (“two fast, three good”) in serving investors.",
        MERGER.en,
      ),
    },
  },
];
