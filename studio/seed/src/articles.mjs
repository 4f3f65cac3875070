/**
 * News and press releases, written in our own words from the fact sheet. Dates are
 * the real dates of what they report; where the sheet gives only a month or a year,
 * the article is dated the first day after that period, and the text says "in
 * mid-2023", "in 2024", never a day it does not know.
 *
 * All have vi and en; a few have ja, ko, zh-Hans or fr so that the fallback to en/vi
 * is exercised for the rest. One published article has an edited draft, and one
 * article exists only as a draft.
 */
import { pt } from "./lib.mjs";
import { MERGER } from "./pages.mjs";
import { MERGER_SOURCES, S } from "./sources.mjs";

export const articles = [
  {
    id: "image-project-2020",
    kind: "pressRelease",
    publishedAt: "2020-12-31T17:00:00+07:00",
    tags: ["image-building", "brand"],
    image: "convergence",
    sources: [S.decision2548, S.imageArticle],
    vi: {
      title: "Phê duyệt Đề án Tạo dựng hình ảnh tỉnh Hậu Giang đến năm 2030",
      slug: "de-an-tao-dung-hinh-anh-2020",
      excerpt:
        "Quyết định 2548/QĐ-UBND ngày 31/12/2020 đặt mục tiêu xây dựng hình ảnh “Hậu Giang hội tụ” cho giai đoạn 2020–2025, tầm nhìn 2030.",
      body: pt(
        "Ngày 31/12/2020, tỉnh Hậu Giang ban hành Quyết định 2548/QĐ-UBND phê duyệt Đề án Tạo dựng hình ảnh tỉnh giai đoạn 2020–2025, tầm nhìn đến năm 2030.",
        "Hình ảnh mà đề án hướng tới là **“Hậu Giang hội tụ”**: nơi gặp nhau của nông nghiệp xanh ứng dụng công nghệ cao và du lịch sinh thái, của một chính quyền minh bạch phục vụ nhân dân, và của một điểm đến hấp dẫn để đầu tư, sinh sống.",
        "## Bốn trụ cột",
        "- Chính quyền",
        "- Du lịch",
        "- Nông nghiệp",
        "- Môi trường đầu tư",
        "Các hoạt động đi kèm gồm đô thị xanh ven sông, hạ tầng du lịch, bộ nhận diện thương hiệu, sản phẩm truyền thông đa phương tiện, không gian văn hóa, biểu trưng sản phẩm và chỉ dẫn địa lý.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Hậu Giang approves its image-building project to 2030",
      slug: "image-building-project-2020",
      excerpt:
        "Decision 2548/QĐ-UBND of 31 December 2020 sets out to build the image “Hậu Giang, where things converge” for 2020–2025, with a vision to 2030.",
      body: pt(
        "On 31 December 2020 Hậu Giang province adopted Decision 2548/QĐ-UBND, approving a project to build the province’s image for 2020–2025 with a vision to 2030.",
        "The image it aims for is **“Hậu Giang hội tụ”**, a place where things converge: green, high-tech farming and eco-tourism; a transparent government serving its people; and an attractive place to invest and to live.",
        "## Four pillars",
        "- Government",
        "- Tourism",
        "- Agriculture",
        "- Investment environment",
        "Planned actions include green riverside towns, tourism facilities, a brand identity kit, multimedia products, cultural spaces, product emblems and geographical indications.",
        MERGER.en,
      ),
    },
    ja: {
      title: "ハウザン省、2030年を見据えたイメージづくり事業を承認",
      slug: "image-building-project-2020",
      excerpt:
        "2020年12月31日の決定2548/QĐ-UBNDにより、「ハウザン・集う地」というイメージを築く事業（2020～2025年、2030年展望）が承認されました。",
      body: pt(
        "ハウザン省は2020年12月31日、決定2548/QĐ-UBNDにより、2020～2025年を期間とし2030年を展望する省のイメージづくり事業を承認しました。",
        "目指すイメージは**「ハウザン・集う地（Hậu Giang hội tụ）」**です。ハイテクを生かした環境にやさしい農業とエコツーリズム、住民に奉仕する透明な行政、そして投資し暮らしたくなる環境が集まる場所を意味します。",
        "柱は行政、観光、農業、投資環境の四つです。",
        MERGER.ja,
      ),
    },
  },
  {
    id: "tourism-promotion-plan-2021",
    kind: "news",
    publishedAt: "2021-04-20T09:00:00+07:00",
    tags: ["tourism", "brand"],
    image: "pineapple",
    sources: [S.plan74, S.imageArticle],
    vi: {
      title: "Kế hoạch quảng bá du lịch 2021–2025 và linh vật “Bé Khóm”",
      slug: "ke-hoach-quang-ba-du-lich-2021",
      excerpt:
        "Kế hoạch 74/KH-UBND ngày 20/4/2021 chọn trái khóm làm linh vật du lịch và thống nhất logo, bộ nhận diện và khẩu hiệu cho từng lĩnh vực.",
      body: pt(
        "Kế hoạch 74/KH-UBND ban hành ngày 20/4/2021 cụ thể hóa phần du lịch của đề án tạo dựng hình ảnh cho giai đoạn 2021–2025.",
        "Điểm nổi bật là linh vật **“Bé Khóm”**, lấy cảm hứng từ trái khóm, đặc sản gắn với vùng Cầu Đúc. Kế hoạch cũng yêu cầu dùng thống nhất logo và bộ nhận diện, và mỗi ngành có một khẩu hiệu riêng.",
        "Tháng 5/2021, báo Hậu Giang giới thiệu rộng rãi hình ảnh “Hậu Giang hội tụ” cùng bốn trụ cột của đề án.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Tourism promotion plan 2021–2025 introduces the “Bé Khóm” mascot",
      slug: "tourism-promotion-plan-2021",
      excerpt:
        "Plan 74/KH-UBND of 20 April 2021 makes a pineapple the tourism mascot and calls for one logo, one identity kit and a slogan for each sector.",
      body: pt(
        "Plan 74/KH-UBND, issued on 20 April 2021, turns the tourism part of the image-building project into concrete steps for 2021–2025.",
        "Its best-known element is the mascot **“Bé Khóm”** (“little pineapple”), drawn from the fruit most associated with Cầu Đúc. The plan also asks for a consistent logo and identity kits, and a slogan for each sector.",
        "In May 2021 the provincial newspaper presented the “Hậu Giang hội tụ” image and the project’s four pillars to a wider public.",
        MERGER.en,
      ),
    },
  },
  {
    id: "investment-conference-2022",
    kind: "pressRelease",
    publishedAt: "2022-07-16T18:00:00+07:00",
    tags: ["investment", "conference"],
    image: "convergence",
    sources: [S.eventsCompiled, S.fdiCallList, S.sloganBCT, S.sloganBTT],
    vi: {
      title: "Hội nghị xúc tiến đầu tư 2022: 12 quyết định đầu tư và 8 biên bản ghi nhớ",
      slug: "hoi-nghi-xuc-tien-dau-tu-2022",
      excerpt:
        "Ngày 16/7/2022 tại Vị Thanh, với sự tham dự của Thủ tướng, Hậu Giang trao 12 quyết định đầu tư (19.000 tỷ đồng) và ký 8 biên bản ghi nhớ (204.649 tỷ đồng).",
      body: pt(
        "Hội nghị xúc tiến đầu tư tỉnh Hậu Giang diễn ra ngày 16/7/2022 tại thành phố Vị Thanh, có sự tham dự của Thủ tướng Chính phủ.",
        "- 12 quyết định đầu tư với tổng vốn khoảng 19.000 tỷ đồng.",
        "- 8 biên bản ghi nhớ đầu tư với tổng vốn 204.649 tỷ đồng.",
        "Năm 2022 cũng là Năm Doanh nghiệp của tỉnh với khẩu hiệu “Doanh nghiệp đến, Hậu Giang vui”, cùng cam kết “2 nhanh, 3 tốt” trong phục vụ nhà đầu tư.",
        "Trước đó, vào tháng 5/2022, tỉnh công bố danh mục 35 dự án kêu gọi đầu tư nước ngoài với tổng vốn 876 triệu USD đến năm 2025.",
        MERGER.vi,
      ),
    },
    en: {
      title: "2022 investment conference: 12 investment decisions and 8 MoUs",
      slug: "investment-conference-2022",
      excerpt:
        "On 16 July 2022 in Vị Thanh, with the Prime Minister attending, Hậu Giang handed over 12 investment decisions (19,000 bn VND) and signed 8 MoUs (204,649 bn VND).",
      body: pt(
        "Hậu Giang’s investment promotion conference took place in Vị Thanh city on 16 July 2022, attended by the Prime Minister.",
        "- 12 investment decisions worth about 19,000 billion VND in total.",
        "- 8 memoranda of understanding worth 204,649 billion VND.",
        "2022 was also the province’s Year of Enterprises, under the slogan “Doanh nghiệp đến, Hậu Giang vui” (“When businesses come, Hậu Giang is glad”) and the service pledge “2 nhanh, 3 tốt” (“two fast, three good”).",
        "In May 2022 the province had published a call list of 35 projects for foreign investors, worth USD 876 million, to 2025.",
        MERGER.en,
      ),
    },
    "zh-Hans": {
      title: "2022年投资促进会议：颁发12项投资决定，签署8份备忘录",
      slug: "investment-conference-2022",
      excerpt:
        "2022年7月16日，后江在渭清举行投资促进会议，政府总理出席；会上颁发12项投资决定（约19万亿越南盾），签署8份谅解备忘录（204.649万亿越南盾）。",
      body: pt(
        "后江省投资促进会议于2022年7月16日在渭清市举行，越南政府总理出席会议。",
        "- 颁发12项投资决定，总额约19万亿越南盾。",
        "- 签署8份投资谅解备忘录，总额204.649万亿越南盾。",
        "2022年也是后江的“企业年”，口号为“企业来了，后江欢喜”。",
        MERGER["zh-Hans"],
      ),
    },
  },
  {
    id: "industrial-parks-2023",
    kind: "news",
    publishedAt: "2023-07-01T09:00:00+07:00",
    tags: ["industry", "investment"],
    sources: [S.parks2023],
    vi: {
      title: "Hai khu công nghiệp đã lấp đầy hơn 93% diện tích",
      slug: "khu-cong-nghiep-giua-nam-2023",
      excerpt: "Giữa năm 2023, hai khu công nghiệp của Hậu Giang rộng khoảng 492 ha có 77 dự án, tỷ lệ lấp đầy 93,32%.",
      body: pt(
        "Theo số liệu giữa năm 2023, Hậu Giang có 2 khu công nghiệp đang hoạt động với tổng diện tích khoảng 492 ha, thu hút 77 dự án và đạt tỷ lệ lấp đầy 93,32%.",
        "- Khu công nghiệp Sông Hậu giai đoạn 1: 291 ha, lấp đầy 100%.",
        "- Khu công nghiệp Tân Phú Thạnh giai đoạn 1: 201 ha, lấp đầy 86%.",
        "Theo quy hoạch, diện tích khu công nghiệp sẽ tăng lên khoảng 2.233 ha vào năm 2030.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Two industrial parks more than 93% occupied",
      slug: "industrial-parks-mid-2023",
      excerpt: "In mid-2023 Hậu Giang’s two industrial parks, about 492 ha, held 77 projects and were 93.32% occupied.",
      body: pt(
        "Figures from mid-2023 show two operating industrial parks in Hậu Giang, about 492 ha in all, with 77 projects and an occupancy rate of 93.32%.",
        "- Sông Hậu Industrial Park, phase 1: 291 ha, fully occupied.",
        "- Tân Phú Thạnh Industrial Park, phase 1: 201 ha, 86% occupied.",
        "Planning provides for about 2,233 ha of industrial parks by 2030.",
        MERGER.en,
      ),
    },
  },
  {
    id: "new-industrial-parks-2023",
    kind: "news",
    publishedAt: "2023-08-01T09:00:00+07:00",
    tags: ["industry", "investment"],
    sources: [S.investmentLists, S.plannedParks],
    vi: {
      title: "Duyệt quy hoạch phân khu hai khu công nghiệp mới",
      slug: "quy-hoach-khu-cong-nghiep-moi-2023",
      excerpt:
        "Tháng 7/2023, quy hoạch phân khu Khu công nghiệp Sông Hậu 2 (380 ha) và Đông Phú 2 (234 ha) được phê duyệt.",
      body: pt(
        "Trong tháng 7/2023, quy hoạch phân khu của hai khu công nghiệp mới đã được phê duyệt: **Sông Hậu 2** rộng 380 ha và **Đông Phú 2** rộng 234 ha.",
        "Hai khu này nằm trong định hướng mở rộng đất công nghiệp khi các khu hiện có gần kín chỗ. Danh mục năm 2022 còn liệt kê 8 khu công nghiệp quy hoạch với tổng diện tích 1.741 ha, chẳng hạn Tân Hòa (210 ha), Nhơn Nghĩa A (252 ha), Long Thạnh (290 ha) và Tân Bình (210 ha).",
        MERGER.vi,
      ),
    },
    en: {
      title: "Zoning plans approved for two new industrial parks",
      slug: "new-industrial-park-zoning-2023",
      excerpt:
        "In July 2023 zoning plans were approved for Sông Hậu 2 Industrial Park (380 ha) and Đông Phú 2 Industrial Park (234 ha).",
      body: pt(
        "During July 2023, zoning plans were approved for two new industrial parks: **Sông Hậu 2**, 380 ha, and **Đông Phú 2**, 234 ha.",
        "They are part of the push for more industrial land as the existing parks fill up. A 2022 list also named eight planned parks covering 1,741 ha, among them Tân Hòa (210 ha), Nhơn Nghĩa A (252 ha), Long Thạnh (290 ha) and Tân Bình (210 ha).",
        MERGER.en,
      ),
    },
  },
  {
    id: "ao-ba-ba-festival-2023",
    kind: "news",
    publishedAt: "2023-09-29T12:00:00+07:00",
    tags: ["culture", "festival"],
    image: "river",
    sources: [S.eventsCompiled],
    vi: {
      title: "Khai mạc Lễ hội áo bà ba “Nụ cười Hậu Giang”",
      slug: "le-hoi-ao-ba-ba-2023",
      excerpt: "Lễ hội áo bà ba “Nụ cười Hậu Giang” khai mạc ngày 29/9/2023 tại công viên Hồ Sen, thành phố Vị Thanh.",
      body: pt(
        "Ngày 29/9/2023, Lễ hội áo bà ba với chủ đề **“Nụ cười Hậu Giang”** khai mạc tại công viên Hồ Sen, thành phố Vị Thanh.",
        "Chiếc áo bà ba giản dị, gắn với đời sống miền sông nước, được chọn làm trung tâm của lễ hội như một cách giới thiệu văn hóa địa phương với du khách.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Áo bà ba festival “Nụ cười Hậu Giang” opens",
      slug: "ao-ba-ba-festival-2023",
      excerpt:
        "The áo bà ba festival “Nụ cười Hậu Giang” (“Hậu Giang’s smile”) opened on 29 September 2023 in Hồ Sen park, Vị Thanh.",
      body: pt(
        "On 29 September 2023 the áo bà ba festival, themed **“Nụ cười Hậu Giang”** (“Hậu Giang’s smile”), opened in Hồ Sen park in Vị Thanh city.",
        "The áo bà ba, the plain blouse of the delta’s river life, was put at the centre of the festival as a way to show local culture to visitors.",
        MERGER.en,
      ),
    },
  },
  {
    id: "international-rice-festival-2023",
    kind: "pressRelease",
    publishedAt: "2023-12-11T08:00:00+07:00",
    tags: ["rice", "festival", "agriculture"],
    image: "riceFields",
    sources: [S.riceTV, S.riceVOV],
    draft: {
      vi: {
        title: "Festival quốc tế Lúa gạo Việt Nam 2023 tại Hậu Giang: nhìn lại “Hành trình trăm năm lúa gạo Việt”",
      },
    },
    vi: {
      title: "Festival quốc tế “Hành trình trăm năm lúa gạo Việt” tại Vị Thanh",
      slug: "festival-lua-gao-quoc-te-2023",
      excerpt:
        "Từ 11 đến 15/12/2023, Vị Thanh đăng cai Festival quốc tế Lúa gạo với chủ đề “Hành trình trăm năm lúa gạo Việt”; lễ khai mạc lúc 20 giờ ngày 12/12.",
      body: pt(
        "Từ ngày 11 đến 15/12/2023, thành phố Vị Thanh là nơi tổ chức Festival quốc tế Lúa gạo với chủ đề **“Hành trình trăm năm lúa gạo Việt”**.",
        "Lễ khai mạc diễn ra lúc 20 giờ ngày 12/12/2023 tại Quảng trường Hòa Bình.",
        "Đây là dịp để Hậu Giang, một địa phương sản xuất lúa lớn, giới thiệu cây lúa và người trồng lúa với bạn bè trong và ngoài nước.",
        MERGER.vi,
      ),
    },
    en: {
      title: "International rice festival “A century-long journey of Vietnamese rice” in Vị Thanh",
      slug: "international-rice-festival-2023",
      excerpt:
        "From 11 to 15 December 2023 Vị Thanh hosted the International Rice Festival, “A century-long journey of Vietnamese rice”; the opening was at 8 pm on 12 December.",
      body: pt(
        "From 11 to 15 December 2023, Vị Thanh city hosted the International Rice Festival under the theme **“Hành trình trăm năm lúa gạo Việt”** (“a century-long journey of Vietnamese rice”).",
        "The opening ceremony took place at 8 pm on 12 December 2023 in Hòa Bình square.",
        "For Hậu Giang, a major rice-growing area, it was a chance to present its rice and its farmers to visitors from Viet Nam and abroad.",
        MERGER.en,
      ),
    },
    ja: {
      title: "国際コメ・フェスティバル「ベトナム米の百年の旅」、ヴィタインで開催",
      slug: "international-rice-festival-2023",
      excerpt:
        "2023年12月11日から15日まで、ヴィタイン市で国際コメ・フェスティバルが開かれました。開会式は12月12日20時。",
      body: pt(
        "2023年12月11日から15日まで、ヴィタイン市で**「ベトナム米の百年の旅」**をテーマとする国際コメ・フェスティバルが開催されました。",
        "開会式は12月12日20時、ホアビン広場で行われました。",
        MERGER.ja,
      ),
    },
    ko: {
      title: "국제 쌀 축제 '베트남 쌀 100년의 여정', 비타인에서 개최",
      slug: "international-rice-festival-2023",
      excerpt:
        "2023년 12월 11일부터 15일까지 비타인시에서 국제 쌀 축제가 열렸으며, 개막식은 12월 12일 오후 8시였습니다.",
      body: pt(
        "2023년 12월 11일부터 15일까지 비타인시에서 **'베트남 쌀 100년의 여정'**을 주제로 국제 쌀 축제가 열렸습니다.",
        "개막식은 12월 12일 오후 8시 호아빈 광장에서 진행되었습니다.",
        MERGER.ko,
      ),
    },
    fr: {
      title: "Festival international du riz « Un siècle de riz vietnamien » à Vị Thanh",
      slug: "festival-international-du-riz-2023",
      excerpt:
        "Du 11 au 15 décembre 2023, Vị Thanh a accueilli le Festival international du riz ; l’ouverture a eu lieu le 12 décembre à 20 h.",
      body: pt(
        "Du 11 au 15 décembre 2023, la ville de Vị Thanh a accueilli le Festival international du riz, sur le thème **« Hành trình trăm năm lúa gạo Việt »** (un siècle de riz vietnamien).",
        "La cérémonie d’ouverture s’est tenue le 12 décembre 2023 à 20 h, place Hòa Bình.",
        "Pour Hậu Giang, grande région rizicole, ce fut l’occasion de présenter son riz et ses riziculteurs aux visiteurs vietnamiens et étrangers.",
        MERGER.fr,
      ),
    },
  },
  {
    id: "economy-2023",
    kind: "news",
    publishedAt: "2024-01-01T09:00:00+07:00",
    tags: ["economy"],
    sources: [S.grdp2023Cafef, S.grdp2023Ktdt, S.trade2023, S.socialInv2023],
    vi: {
      title: "Kinh tế năm 2023: GRDP tăng 12,27%",
      slug: "kinh-te-nam-2023",
      excerpt:
        "Năm 2023, tăng trưởng GRDP của tỉnh Hậu Giang (cũ) đạt 12,27%, GRDP bình quân đầu người 80,33 triệu đồng.",
      body: pt(
        "Năm 2023, tổng sản phẩm trên địa bàn (GRDP) của tỉnh Hậu Giang (cũ) tăng 12,27%. Quy mô GRDP theo giá hiện hành đạt 58.505 tỷ đồng (**số liệu sơ bộ**); một số nguồn khác ghi 59.809 tỷ đồng, nhiều khả năng là số liệu đã được điều chỉnh.",
        "- GRDP bình quân đầu người: 80,33 triệu đồng.",
        "- Kim ngạch xuất khẩu: 833 triệu USD; nhập khẩu: 363 triệu USD (theo Giám đốc Sở Công Thương).",
        "- Vốn đầu tư toàn xã hội: khoảng 22.700 tỷ đồng.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Economy in 2023: GRDP up 12.27%",
      slug: "economy-2023",
      excerpt:
        "In 2023 the former Hậu Giang province’s GRDP grew by 12.27%, with GRDP per capita of 80.33 million VND.",
      body: pt(
        "In 2023 the gross regional domestic product (GRDP) of the former Hậu Giang province grew by 12.27%. GRDP at current prices was 58,505 billion VND (**preliminary**); other sources give 59,809 billion VND, probably a revised figure.",
        "- GRDP per capita: 80.33 million VND.",
        "- Exports: USD 833 million; imports: USD 363 million (according to the provincial Industry and Trade director).",
        "- Total social investment: about 22,700 billion VND.",
        MERGER.en,
      ),
    },
  },
  {
    id: "cau-duc-pineapple",
    kind: "news",
    publishedAt: "2024-01-01T10:00:00+07:00",
    tags: ["agriculture", "pineapple", "geographical-indication"],
    image: "pineapple",
    sources: [S.pineappleAG, S.pineappleGI],
    vi: {
      title: "Khóm Cầu Đúc: đặc sản có chỉ dẫn địa lý",
      slug: "khom-cau-duc",
      excerpt:
        "Theo số liệu năm 2023, khóm Cầu Đúc được trồng trên hơn 3.100 ha, cho khoảng 42.900 tấn mỗi năm và mang chỉ dẫn địa lý.",
      body: pt(
        "Khóm Cầu Đúc là sản phẩm được bảo hộ **chỉ dẫn địa lý**, gắn với tên một vùng đất của Hậu Giang.",
        "Theo số liệu được công bố năm 2023, diện tích trồng khóm vượt 3.100 ha, sản lượng khoảng 42.900 tấn mỗi năm.",
        "Trái khóm cũng là hình mẫu của linh vật du lịch “Bé Khóm” trong kế hoạch quảng bá giai đoạn 2021–2025.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Cầu Đúc pineapple: a product with a geographical indication",
      slug: "cau-duc-pineapple",
      excerpt:
        "According to 2023 figures, Cầu Đúc pineapple grows on more than 3,100 ha, yields about 42,900 tonnes a year and carries a geographical indication.",
      body: pt(
        "Cầu Đúc pineapple is protected by a **geographical indication** that ties the fruit to its place of origin in Hậu Giang.",
        "Figures published in 2023 put the planted area at more than 3,100 ha and the harvest at about 42,900 tonnes a year.",
        "The fruit is also the model for “Bé Khóm”, the tourism mascot of the 2021–2025 promotion plan.",
        MERGER.en,
      ),
    },
    fr: {
      title: "L’ananas de Cầu Đúc, produit à indication géographique",
      slug: "ananas-de-cau-duc",
      excerpt:
        "Selon les chiffres de 2023, l’ananas de Cầu Đúc est cultivé sur plus de 3 100 ha, donne environ 42 900 tonnes par an et bénéficie d’une indication géographique.",
      body: pt(
        "L’ananas de Cầu Đúc est protégé par une **indication géographique** qui le rattache à son terroir de Hậu Giang.",
        "Les chiffres publiés en 2023 font état de plus de 3 100 ha plantés et d’une récolte d’environ 42 900 tonnes par an.",
        "Le fruit a aussi inspiré « Bé Khóm », la mascotte touristique du plan de promotion 2021–2025.",
        MERGER.fr,
      ),
    },
  },
  {
    id: "nga-bay-day-2024",
    kind: "news",
    publishedAt: "2024-06-28T09:00:00+07:00",
    tags: ["tourism", "investment", "nga-bay"],
    image: "convergence",
    sources: [S.eventsCompiled],
    vi: {
      title: "Ngày hội du lịch và đầu tư Ngã Bảy “Những dòng sông nhớ”",
      slug: "ngay-hoi-nga-bay-2024",
      excerpt:
        "Ngày 28–29/6/2024, thành phố Ngã Bảy tổ chức ngày hội du lịch và đầu tư với chủ đề “Những dòng sông nhớ”.",
      body: pt(
        "Trong hai ngày 28 và 29/6/2024, thành phố Ngã Bảy tổ chức ngày hội du lịch và đầu tư mang tên **“Những dòng sông nhớ”**.",
        "Ngã Bảy trở thành thành phố từ ngày 1/2/2020; ngày hội là dịp giới thiệu đô thị này với du khách và nhà đầu tư.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Ngã Bảy tourism and investment day “Những dòng sông nhớ”",
      slug: "nga-bay-tourism-investment-day-2024",
      excerpt:
        "On 28–29 June 2024 Ngã Bảy city held a tourism and investment day themed “Những dòng sông nhớ” (“rivers remembered”).",
      body: pt(
        "On 28 and 29 June 2024 Ngã Bảy city held a tourism and investment day called **“Những dòng sông nhớ”** (“rivers remembered”).",
        "Ngã Bảy (literally “seven-way junction”) became a city on 1 February 2020; the day presented it to visitors and investors.",
        MERGER.en,
      ),
    },
  },
  {
    id: "tourism-2024",
    kind: "news",
    publishedAt: "2025-01-01T09:00:00+07:00",
    tags: ["tourism"],
    image: "river",
    sources: [S.tourism],
    vi: {
      title: "Du lịch năm 2024: hơn 580.000 lượt khách",
      slug: "du-lich-nam-2024",
      excerpt: "Năm 2024, Hậu Giang (cũ) đón hơn 580.000 lượt khách, doanh thu du lịch 264 tỷ đồng.",
      body: pt(
        "Năm 2024, tỉnh Hậu Giang (cũ) đón **hơn 580.000 lượt khách**, doanh thu du lịch đạt 264 tỷ đồng.",
        "Để so sánh: năm 2020 có 228.900 lượt khách và doanh thu 95,9 tỷ đồng; năm 2021 có 146.600 lượt và 62 tỷ đồng; năm 2022 khoảng 390.000 lượt.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Tourism in 2024: more than 580,000 visitors",
      slug: "tourism-2024",
      excerpt:
        "In 2024 the former Hậu Giang province welcomed more than 580,000 visitors and earned 264 billion VND from tourism.",
      body: pt(
        "In 2024 the former Hậu Giang province received **more than 580,000 visitors**, and tourism revenue reached 264 billion VND.",
        "For comparison: 228,900 visitors and 95.9 billion VND in 2020; 146,600 visitors and 62 billion VND in 2021; about 390,000 visitors in 2022.",
        MERGER.en,
      ),
    },
  },
  {
    id: "economy-2024",
    kind: "news",
    publishedAt: "2025-01-01T10:00:00+07:00",
    tags: ["economy", "investment"],
    image: "riceFields",
    sources: [S.grdp2024, S.congly2024, S.projects2024],
    vi: {
      title: "Kinh tế năm 2024: GRDP tăng 8,76%, thu nhập bình quân 93,78 triệu đồng",
      slug: "kinh-te-nam-2024",
      excerpt:
        "Năm 2024, GRDP của tỉnh Hậu Giang (cũ) tăng 8,76%, bình quân đầu người 93,78 triệu đồng; tổng kim ngạch xuất nhập khẩu 1.298 triệu USD.",
      body: pt(
        "Năm 2024, GRDP của tỉnh Hậu Giang (cũ) tăng 8,76%; GRDP bình quân đầu người đạt 93,78 triệu đồng.",
        "- Tổng kim ngạch xuất nhập khẩu: 1.298 triệu USD.",
        "- Sản lượng lúa: 1,16 triệu tấn; thủy sản nuôi trồng: 84.697 tấn.",
        "- Đến tháng 9/2024: 321 dự án đầu tư với tổng vốn 184.733 tỷ đồng, trong đó 26 dự án FDI vốn 755 triệu USD; 4.007 doanh nghiệp đang hoạt động với vốn đăng ký 71.080 tỷ đồng.",
        MERGER.vi,
      ),
    },
    en: {
      title: "Economy in 2024: GRDP up 8.76%, 93.78 million VND per head",
      slug: "economy-2024",
      excerpt:
        "In 2024 the former Hậu Giang province’s GRDP grew by 8.76%, reaching 93.78 million VND per head; total trade was USD 1,298 million.",
      body: pt(
        "In 2024 the GRDP of the former Hậu Giang province grew by 8.76%, and GRDP per capita reached 93.78 million VND.",
        "- Total exports and imports: USD 1,298 million.",
        "- Rice: 1.16 million tonnes; aquaculture: 84,697 tonnes.",
        "- As of September 2024: 321 investment projects with 184,733 billion VND of capital, including 26 FDI projects worth USD 755 million; 4,007 active enterprises with 71,080 billion VND of registered capital.",
        MERGER.en,
      ),
    },
  },
  {
    id: "merger-can-tho-2025",
    kind: "pressRelease",
    publishedAt: "2025-07-01T08:00:00+07:00",
    tags: ["administration", "can-tho"],
    image: "convergence",
    sources: MERGER_SOURCES,
    vi: {
      title: "Từ 1/7/2025, Hậu Giang là một phần của thành phố Cần Thơ",
      slug: "hau-giang-thuoc-thanh-pho-can-tho-2025",
      excerpt:
        "Theo Nghị quyết 202/2025/QH15, Hậu Giang, Sóc Trăng và Cần Thơ hợp thành thành phố Cần Thơ mới; chính quyền mới hoạt động từ 1/7/2025.",
      body: pt(
        "Ngày 12/6/2025, Quốc hội thông qua Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh. Theo đó, thành phố Cần Thơ, tỉnh Hậu Giang và tỉnh Sóc Trăng hợp nhất thành **thành phố Cần Thơ**.",
        "Chính quyền thành phố mới bắt đầu hoạt động từ ngày 1/7/2025. Thành phố có diện tích 6.400,83 km², quy mô dân số 4.061.292 người và 103 đơn vị cấp xã (31 phường, 72 xã), sắp xếp theo Nghị quyết 1668/NQ-UBTVQH15.",
        "Trang thông tin này tiếp tục giới thiệu vùng đất Hậu Giang; các số liệu từ năm 2004 đến 2024 được ghi là của tỉnh Hậu Giang (cũ).",
      ),
    },
    en: {
      title: "From 1 July 2025 Hậu Giang is part of Cần Thơ city",
      slug: "hau-giang-joins-can-tho-city-2025",
      excerpt:
        "Under Resolution 202/2025/QH15, Hậu Giang, Sóc Trăng and Cần Thơ form a new Cần Thơ city, whose government took office on 1 July 2025.",
      body: pt(
        "On 12 June 2025 the National Assembly passed Resolution 202/2025/QH15 on reorganising provincial-level units. Under it, Cần Thơ city and the provinces of Hậu Giang and Sóc Trăng merge into **Cần Thơ city**.",
        "The new city’s government began work on 1 July 2025. The city covers 6,400.83 km², has a population scale of 4,061,292 and 103 commune-level units (31 wards and 72 communes), arranged under Resolution 1668/NQ-UBTVQH15.",
        "This site continues to present the Hậu Giang area; figures for 2004 to 2024 are labelled as those of the former Hậu Giang province.",
      ),
    },
    ja: {
      title: "2025年7月1日、ハウザンはカントー市の一部に",
      slug: "hau-giang-joins-can-tho-city-2025",
      excerpt:
        "決議202/2025/QH15により、ハウザン、ソクチャン、カントーが新しいカントー市となり、2025年7月1日に新たな地方政府が発足しました。",
      body: pt(
        "2025年6月12日、国会は省級行政単位の再編に関する決議202/2025/QH15を採択しました。これによりカントー市、ハウザン省、ソクチャン省は統合され、**カントー市**となりました。",
        "新しい市政府は2025年7月1日に業務を開始しました。面積は6,400.83 km²、人口規模は4,061,292人、社級単位は103（31坊、72社）です。",
        "本サイトは引き続きハウザン地域を紹介し、2004～2024年の数値は旧ハウザン省のものとして表示します。",
      ),
    },
    ko: {
      title: "2025년 7월 1일부터 허우장은 껀터시의 일부",
      slug: "hau-giang-joins-can-tho-city-2025",
      excerpt:
        "결의 202/2025/QH15에 따라 허우장, 속짱, 껀터가 새로운 껀터시로 통합되었고, 새 지방정부는 2025년 7월 1일 출범했습니다.",
      body: pt(
        "2025년 6월 12일 국회는 성급 행정 단위 개편에 관한 결의 202/2025/QH15를 채택했습니다. 이에 따라 껀터시, 허우장성, 속짱성이 **껀터시**로 통합되었습니다.",
        "새 시 정부는 2025년 7월 1일 업무를 시작했습니다. 면적은 6,400.83 km², 인구 규모는 4,061,292명, 사급 단위는 103개(31개 방, 72개 사)입니다.",
        "이 사이트는 계속해서 허우장 지역을 소개하며, 2004~2024년 수치는 옛 허우장성의 자료로 표시합니다.",
      ),
    },
    "zh-Hans": {
      title: "自2025年7月1日起，后江成为芹苴市的一部分",
      slug: "hau-giang-joins-can-tho-city-2025",
      excerpt: "根据第202/2025/QH15号决议，后江、朔庄与芹苴合并为新的芹苴市，新市政府于2025年7月1日开始运作。",
      body: pt(
        "2025年6月12日，国会通过关于省级行政单位调整的第202/2025/QH15号决议。据此，芹苴市、后江省和朔庄省合并为**芹苴市**。",
        "新市政府于2025年7月1日开始运作。全市面积6400.83平方公里，人口规模4,061,292人，共有103个社级单位（31个坊、72个社）。",
        "本网站继续介绍后江地区，2004—2024年的数据均标注为原后江省数据。",
      ),
    },
    fr: {
      title: "Depuis le 1er juillet 2025, Hậu Giang fait partie de la ville de Cần Thơ",
      slug: "hau-giang-rejoint-can-tho-2025",
      excerpt:
        "En vertu de la résolution 202/2025/QH15, Hậu Giang, Sóc Trăng et Cần Thơ forment une nouvelle ville de Cần Thơ, dont l’administration est en place depuis le 1er juillet 2025.",
      body: pt(
        "Le 12 juin 2025, l’Assemblée nationale a adopté la résolution 202/2025/QH15 sur la réorganisation des unités administratives provinciales. La ville de Cần Thơ et les provinces de Hậu Giang et de Sóc Trăng sont ainsi réunies en une seule **ville de Cần Thơ**.",
        "La nouvelle administration municipale a commencé à travailler le 1er juillet 2025. La ville couvre 6 400,83 km², compte 4 061 292 habitants et 103 unités de niveau communal (31 quartiers et 72 communes).",
        "Ce site continue de présenter le territoire de Hậu Giang ; les chiffres de 2004 à 2024 sont ceux de l’ancienne province.",
      ),
    },
  },
  {
    id: "mekong-delta-marathon-2025",
    kind: "news",
    publishedAt: "2025-07-05T09:00:00+07:00",
    tags: ["sport", "marathon"],
    image: "river",
    sources: [S.eventsCompiled],
    vi: {
      title: "Giải Marathon Mekong Delta Hậu Giang lần thứ 6",
      slug: "marathon-mekong-delta-2025",
      excerpt:
        "Giải Mekong Delta Marathon Hậu Giang lần thứ 6 diễn ra ngày 5–6/7/2025, ngay sau khi Hậu Giang trở thành một phần của thành phố Cần Thơ.",
      body: pt(
        "Ngày 5–6/7/2025, giải **Mekong Delta Marathon Hậu Giang** lần thứ 6 được tổ chức, chỉ vài ngày sau khi chính quyền thành phố Cần Thơ mới bắt đầu hoạt động.",
        "Giải chạy đã trở thành sự kiện quen thuộc: các lần tổ chức trước vào ngày 21/4/2019, 19/4/2020 và 15–16/7/2023 (khoảng 9.000 vận động viên).",
        MERGER.vi,
      ),
    },
    en: {
      title: "Sixth Mekong Delta Marathon Hậu Giang",
      slug: "mekong-delta-marathon-2025",
      excerpt:
        "The sixth Mekong Delta Marathon Hậu Giang was run on 5–6 July 2025, days after Hậu Giang became part of Cần Thơ city.",
      body: pt(
        "The sixth **Mekong Delta Marathon Hậu Giang** took place on 5–6 July 2025, only days after the new Cần Thơ city government took office.",
        "The race has become a fixture: earlier editions were held on 21 April 2019, 19 April 2020 and 15–16 July 2023 (about 9,000 runners).",
        MERGER.en,
      ),
    },
  },
  {
    // Exists only as a draft: the editor has not published it yet.
    id: "lung-ngoc-hoang-revision-2025",
    draftOnly: true,
    kind: "news",
    publishedAt: "2025-11-24T09:00:00+07:00",
    createdAt: "2025-11-24T02:00:00Z",
    tags: ["investment", "tourism"],
    sources: [S.investmentLists],
    vi: {
      title: "Dự án du lịch sinh thái Lung Ngọc Hoàng được điều chỉnh thành 6 phân khu (bản nháp)",
      slug: "lung-ngoc-hoang-dieu-chinh-2025",
      excerpt:
        "Năm 2025, dự án du lịch sinh thái tại Khu bảo tồn thiên nhiên Lung Ngọc Hoàng được điều chỉnh lên 526 tỷ đồng, chia thành 6 phân khu.",
      body: pt(
        "Dự án du lịch sinh thái tại Khu bảo tồn thiên nhiên Lung Ngọc Hoàng (Phụng Hiệp, 2.800 ha) từng được đưa vào danh mục kêu gọi đầu tư năm 2022 với mức 345 tỷ đồng.",
        "Năm 2025, dự án được điều chỉnh lên 526 tỷ đồng, chia thành 6 phân khu.",
        MERGER.vi,
      ),
    },
  },
];
