/**
 * Fixed pages, one group per `pageKey`. Home, about and contact exist in all six
 * languages; privacy only in vi and en, so the fallback is exercised. Every version
 * says that Hậu Giang has been part of Cần Thơ city since 1 July 2025.
 */
import { pt } from "./lib.mjs";
import { MERGER_SOURCES, S } from "./sources.mjs";

/** The merger statement, one sentence per language, reused on every page. */
export const MERGER = {
  vi: "Từ ngày 1/7/2025, Hậu Giang là một phần của thành phố Cần Thơ (Nghị quyết 202/2025/QH15).",
  en: "Since 1 July 2025, Hậu Giang has been part of Cần Thơ city (Resolution 202/2025/QH15).",
  ja: "2025年7月1日より、ハウザンはカントー市の一部です（決議202/2025/QH15）。",
  ko: "2025년 7월 1일부터 허우장은 껀터시의 일부입니다(결의 202/2025/QH15).",
  "zh-Hans": "自2025年7月1日起，后江已成为芹苴市的一部分（第202/2025/QH15号决议）。",
  fr: "Depuis le 1er juillet 2025, Hậu Giang fait partie de la ville de Cần Thơ (résolution 202/2025/QH15).",
};

const home = {
  id: "home",
  pageKey: "home",
  sources: [...MERGER_SOURCES, S.decision2548, S.imageArticle],
  vi: {
    title: "Trang chủ",
    slug: "trang-chu",
    heroTitle: "Hậu Giang hội tụ",
    heroText:
      "Nơi hội tụ của nông nghiệp xanh ứng dụng công nghệ cao và du lịch sinh thái, của một chính quyền minh bạch, phục vụ người dân, và của một môi trường hấp dẫn để đầu tư và sinh sống.",
    summary: `Thông tin về vùng đất Hậu Giang: lịch sử, kinh tế, cơ hội đầu tư, sự kiện và du lịch. ${MERGER.vi}`,
    seoDescription: "Giới thiệu Hậu Giang, nay thuộc thành phố Cần Thơ: kinh tế, đầu tư, du lịch, sự kiện.",
    body: pt(
      MERGER.vi,
      "Các số liệu từ năm 2004 đến 2024 trên trang này là của **tỉnh Hậu Giang (cũ)**, mỗi con số đều ghi rõ nguồn; số liệu sơ bộ được đánh dấu là sơ bộ.",
    ),
  },
  en: {
    title: "Home",
    slug: "home",
    heroTitle: "Hậu Giang – where things converge",
    heroText:
      "A meeting point of green, high-tech farming and eco-tourism, of a transparent government that serves its people, and of an attractive place to invest and to live.",
    summary: `About the Hậu Giang area: its history, economy, investment opportunities, events and tourism. ${MERGER.en}`,
    seoDescription: "Hậu Giang, now part of Cần Thơ city: economy, investment, tourism and events.",
    body: pt(
      MERGER.en,
      "Figures for 2004 to 2024 on this site describe **the former Hậu Giang province**; each one names its source, and preliminary figures are marked as such.",
    ),
  },
  ja: {
    title: "ホーム",
    slug: "home",
    heroTitle: "ハウザン、集う地",
    heroText:
      "ハイテクを生かした環境にやさしい農業とエコツーリズム、住民に奉仕する透明な行政、そして投資し暮らしたくなる環境が一つに集まる場所です。",
    summary: `ハウザン地域の歴史、経済、投資機会、イベント、観光を紹介します。${MERGER.ja}`,
    seoDescription: "カントー市の一部となったハウザンの経済・投資・観光・イベント情報。",
    body: pt(
      MERGER.ja,
      "2004～2024年の数値は**旧ハウザン省**のもので、すべて出典を示し、速報値はその旨を明記しています。",
    ),
  },
  ko: {
    title: "홈",
    slug: "home",
    heroTitle: "허우장, 모여드는 곳",
    heroText:
      "첨단 기술을 활용한 친환경 농업과 생태 관광, 주민을 위해 일하는 투명한 행정, 그리고 투자하고 살기 좋은 환경이 한데 모이는 곳입니다.",
    summary: `허우장 지역의 역사, 경제, 투자 기회, 행사, 관광 정보를 소개합니다. ${MERGER.ko}`,
    seoDescription: "껀터시의 일부가 된 허우장의 경제, 투자, 관광, 행사 정보.",
    body: pt(
      MERGER.ko,
      "2004~2024년 수치는 **옛 허우장성**의 자료이며, 모든 수치에 출처를 밝히고 잠정치는 잠정치로 표시했습니다.",
    ),
  },
  "zh-Hans": {
    title: "首页",
    slug: "home",
    heroTitle: "后江，汇聚之地",
    heroText: "这里汇聚了绿色高科技农业与生态旅游、公开透明并服务人民的政府，以及宜业宜居的良好环境。",
    summary: `介绍后江地区的历史、经济、投资机会、活动与旅游。${MERGER["zh-Hans"]}`,
    seoDescription: "已并入芹苴市的后江：经济、投资、旅游与活动信息。",
    body: pt(MERGER["zh-Hans"], "本网站2004—2024年的数据均指**原后江省**，每项数据都注明出处，初步数据另有标注。"),
  },
  fr: {
    title: "Accueil",
    slug: "accueil",
    heroTitle: "Hậu Giang, terre de convergence",
    heroText:
      "Un lieu où se rejoignent une agriculture verte et innovante, l’écotourisme, une administration transparente au service des habitants et un cadre attractif pour investir et pour vivre.",
    summary: `Le territoire de Hậu Giang : histoire, économie, opportunités d’investissement, événements et tourisme. ${MERGER.fr}`,
    seoDescription:
      "Hậu Giang, désormais partie de la ville de Cần Thơ : économie, investissement, tourisme, événements.",
    body: pt(
      MERGER.fr,
      "Les chiffres 2004–2024 concernent **l’ancienne province de Hậu Giang** ; chacun indique sa source et les chiffres provisoires sont signalés comme tels.",
    ),
  },
};

const about = {
  id: "about",
  pageKey: "about",
  sources: [S.res22, S.res22News, ...MERGER_SOURCES, S.basicsNgoisao, S.basicsCitypop, S.basicsUnits, S.ngaBayCity],
  vi: {
    title: "Giới thiệu Hậu Giang",
    slug: "gioi-thieu",
    summary: `Tỉnh Hậu Giang được thành lập ngày 1/1/2004 và hoạt động đến hết tháng 6/2025. ${MERGER.vi}`,
    seoDescription: "Lịch sử, đơn vị hành chính và thông tin cơ bản về Hậu Giang, nay thuộc thành phố Cần Thơ.",
    body: pt(
      "## Thành lập năm 2004",
      "Nghị quyết 22/2003/QH11 ngày 26/11/2003 của Quốc hội chia tỉnh Cần Thơ cũ thành thành phố Cần Thơ trực thuộc Trung ương và tỉnh Hậu Giang. Tỉnh mới chính thức hoạt động từ ngày 1/1/2004.",
      "## Thông tin cơ bản",
      "- Tỉnh lỵ: thành phố Vị Thanh.",
      "- Diện tích: khoảng 1.621,8 km² (có nguồn ghi 1.622,23 km²).",
      "- Dân số: 733.017 người theo Tổng điều tra năm 2019; khoảng 730.000 người theo niên giám 2023, ít nhất trong 17 tỉnh, thành phía Nam.",
      "## Đơn vị hành chính (2021–2024)",
      "Hậu Giang có 2 thành phố (Vị Thanh, Ngã Bảy), 1 thị xã (Long Mỹ) và 5 huyện (Châu Thành, Châu Thành A, Long Mỹ, Phụng Hiệp, Vị Thủy), với 75 đơn vị cấp xã. Ngã Bảy trở thành thành phố từ ngày 1/2/2020.",
      "## Sáp nhập vào thành phố Cần Thơ",
      "Ngày 12/6/2025, Quốc hội thông qua Nghị quyết 202/2025/QH15, hợp nhất thành phố Cần Thơ, tỉnh Hậu Giang và tỉnh Sóc Trăng thành thành phố Cần Thơ mới. Chính quyền mới hoạt động từ ngày 1/7/2025.",
      "Thành phố Cần Thơ mới rộng 6.400,83 km², quy mô dân số 4.061.292 người, có 103 đơn vị cấp xã (31 phường, 72 xã); việc sắp xếp cấp xã theo Nghị quyết 1668/NQ-UBTVQH15.",
      "Vì vậy, các số liệu giai đoạn 2004–2024 trên trang này được ghi là của *tỉnh Hậu Giang (cũ)*.",
    ),
  },
  en: {
    title: "About Hậu Giang",
    slug: "about",
    summary: `Hậu Giang province was created on 1 January 2004 and existed until the end of June 2025. ${MERGER.en}`,
    seoDescription: "History, administrative units and basic facts about Hậu Giang, now part of Cần Thơ city.",
    body: pt(
      "## A province since 2004",
      "National Assembly Resolution 22/2003/QH11 of 26 November 2003 divided the old Cần Thơ province into Cần Thơ, a centrally governed city, and Hậu Giang province. The new province began work on 1 January 2004.",
      "## Basic facts",
      "- Capital: Vị Thanh city.",
      "- Area: about 1,621.8 km² (some sources give 1,622.23 km²).",
      "- Population: 733,017 at the 2019 census; about 730,000 in the 2023 statistical yearbook, the smallest of the 17 southern provinces.",
      "## Administrative units (2021–2024)",
      "Two cities (Vị Thanh and Ngã Bảy), one town (Long Mỹ) and five districts (Châu Thành, Châu Thành A, Long Mỹ, Phụng Hiệp and Vị Thủy), with 75 commune-level units. Ngã Bảy became a city on 1 February 2020.",
      "## Merger into Cần Thơ city",
      "On 12 June 2025 the National Assembly passed Resolution 202/2025/QH15, joining Cần Thơ city, Hậu Giang and Sóc Trăng into a new Cần Thơ city. Its local government took office on 1 July 2025.",
      "The new city covers 6,400.83 km² with a population scale of 4,061,292 and has 103 commune-level units (31 wards and 72 communes), arranged under Resolution 1668/NQ-UBTVQH15.",
      "That is why figures for 2004–2024 on this site are labelled *former Hậu Giang province*.",
    ),
  },
  ja: {
    title: "ハウザンについて",
    slug: "about",
    summary: `ハウザン省は2004年1月1日に発足し、2025年6月末まで存続しました。${MERGER.ja}`,
    seoDescription: "カントー市の一部となったハウザンの歴史、行政区画、基本情報。",
    body: pt(
      "## 2004年の発足",
      "2003年11月26日の国会決議22/2003/QH11により、旧カントー省は中央直轄市のカントー市とハウザン省に分割され、新しい省は2004年1月1日に発足しました。",
      "## 基本情報",
      "- 省都：ヴィタイン市",
      "- 面積：約1,621.8 km²（1,622.23 km²とする資料もあります）",
      "- 人口：2019年国勢調査で733,017人。2023年の統計年鑑では約73万人で、南部17省の中で最も少ない人口でした。",
      "## 行政区画（2021～2024年）",
      "2市（ヴィタイン、ガーバイ）、1町（ロンミー）、5県（チャウタイン、チャウタインA、ロンミー、フンヒエップ、ヴィトゥイ）と75の社級単位。ガーバイは2020年2月1日に市となりました。",
      "## カントー市への統合",
      "2025年6月12日、国会は決議202/2025/QH15を採択し、カントー市・ハウザン省・ソクチャン省を新しいカントー市に統合しました。新たな地方政府は2025年7月1日に発足しています。",
      "新カントー市の面積は6,400.83 km²、人口規模は4,061,292人、社級単位は103（31坊、72社）です。",
    ),
  },
  ko: {
    title: "허우장 소개",
    slug: "about",
    summary: `허우장성은 2004년 1월 1일에 출범하여 2025년 6월 말까지 존속했습니다. ${MERGER.ko}`,
    seoDescription: "껀터시의 일부가 된 허우장의 역사, 행정 구역, 기본 정보.",
    body: pt(
      "## 2004년 출범",
      "2003년 11월 26일 국회 결의 22/2003/QH11에 따라 옛 껀터성이 중앙직할시인 껀터시와 허우장성으로 나뉘었고, 새 성은 2004년 1월 1일부터 업무를 시작했습니다.",
      "## 기본 정보",
      "- 성도: 비타인시",
      "- 면적: 약 1,621.8 km² (1,622.23 km²로 적은 자료도 있음)",
      "- 인구: 2019년 인구조사 733,017명, 2023년 통계연감 약 73만 명으로 남부 17개 성 가운데 가장 적었습니다.",
      "## 행정 구역 (2021~2024년)",
      "2개 시(비타인, 응아바이), 1개 읍(롱미), 5개 현(쩌우타인, 쩌우타인A, 롱미, 풍히엡, 비투이)과 75개 사급 단위로 이루어졌습니다. 응아바이는 2020년 2월 1일 시로 승격했습니다.",
      "## 껀터시로의 통합",
      "2025년 6월 12일 국회는 결의 202/2025/QH15를 채택해 껀터시, 허우장성, 속짱성을 새로운 껀터시로 통합했으며, 새 지방정부는 2025년 7월 1일 출범했습니다.",
      "새 껀터시의 면적은 6,400.83 km², 인구 규모는 4,061,292명, 사급 단위는 103개(31개 방, 72개 사)입니다.",
    ),
  },
  "zh-Hans": {
    title: "后江简介",
    slug: "about",
    summary: `后江省于2004年1月1日设立，存续至2025年6月底。${MERGER["zh-Hans"]}`,
    seoDescription: "已并入芹苴市的后江：历史沿革、行政区划与基本情况。",
    body: pt(
      "## 2004年建省",
      "根据2003年11月26日国会第22/2003/QH11号决议，原芹苴省分设为中央直辖的芹苴市和后江省，新省自2004年1月1日起正式运作。",
      "## 基本情况",
      "- 省会：渭清市",
      "- 面积：约1621.8平方公里（另有资料为1622.23平方公里）",
      "- 人口：2019年人口普查为733,017人；2023年统计年鉴约73万人，为南部17个省市中人口最少者。",
      "## 行政区划（2021—2024年）",
      "下辖2个市（渭清 Vị Thanh、七岔 Ngã Bảy）、1个市社（隆美 Long Mỹ）和5个县（周城 Châu Thành、周城A Châu Thành A、隆美 Long Mỹ、奉合 Phụng Hiệp、渭水 Vị Thủy），共75个社级单位。七岔于2020年2月1日升格为市。",
      "## 并入芹苴市",
      "2025年6月12日，国会通过第202/2025/QH15号决议，将芹苴市、后江省和朔庄省合并为新的芹苴市，新的地方政府自2025年7月1日起运作。",
      "新芹苴市面积6400.83平方公里，人口规模4,061,292人，共有103个社级单位（31个坊、72个社）。",
    ),
  },
  fr: {
    title: "À propos de Hậu Giang",
    slug: "a-propos",
    summary: `La province de Hậu Giang a été créée le 1er janvier 2004 et a existé jusqu’à fin juin 2025. ${MERGER.fr}`,
    seoDescription:
      "Histoire, divisions administratives et données de base sur Hậu Giang, désormais partie de Cần Thơ.",
    body: pt(
      "## Une province née en 2004",
      "La résolution 22/2003/QH11 de l’Assemblée nationale, du 26 novembre 2003, a scindé l’ancienne province de Cần Thơ en une ville relevant du gouvernement central, Cần Thơ, et la province de Hậu Giang, qui a commencé à fonctionner le 1er janvier 2004.",
      "## Repères",
      "- Chef-lieu : la ville de Vị Thanh.",
      "- Superficie : environ 1 621,8 km² (certaines sources indiquent 1 622,23 km²).",
      "- Population : 733 017 habitants au recensement de 2019 ; environ 730 000 selon l’annuaire 2023, la plus faible des 17 provinces du Sud.",
      "## Divisions administratives (2021–2024)",
      "Deux villes (Vị Thanh et Ngã Bảy), une ville de district (Long Mỹ) et cinq districts (Châu Thành, Châu Thành A, Long Mỹ, Phụng Hiệp et Vị Thủy), soit 75 unités de niveau communal. Ngã Bảy est devenue une ville le 1er février 2020.",
      "## Fusion dans la ville de Cần Thơ",
      "Le 12 juin 2025, l’Assemblée nationale a adopté la résolution 202/2025/QH15, qui réunit la ville de Cần Thơ et les provinces de Hậu Giang et de Sóc Trăng en une nouvelle ville de Cần Thơ. Sa nouvelle administration locale est en place depuis le 1er juillet 2025.",
      "La nouvelle ville couvre 6 400,83 km², compte une population de 4 061 292 habitants et 103 unités de niveau communal (31 quartiers et 72 communes).",
    ),
  },
};

const contact = {
  id: "contact",
  pageKey: "contact",
  sources: MERGER_SOURCES,
  vi: {
    title: "Liên hệ",
    slug: "lien-he",
    summary: `Gửi câu hỏi về đầu tư, du lịch hoặc báo chí. ${MERGER.vi}`,
    seoDescription: "Liên hệ về đầu tư, du lịch và báo chí tại khu vực Hậu Giang (thông tin liên hệ mẫu).",
    body: pt(
      MERGER.vi,
      "**Lưu ý:** đây là bản demo. Tên bộ phận, địa chỉ và thư điện tử dưới đây là thông tin mẫu, không phải liên hệ thật của cơ quan nhà nước.",
      "- Xúc tiến đầu tư: [investment@example.org](mailto:investment@example.org)",
      "- Thông tin du lịch: [tourism@example.org](mailto:tourism@example.org)",
      "- Báo chí: [press@example.org](mailto:press@example.org)",
      "Bạn cũng có thể dùng biểu mẫu liên hệ trên trang; cách chúng tôi xử lý thông tin được nêu trong chính sách quyền riêng tư.",
    ),
  },
  en: {
    title: "Contact",
    slug: "contact",
    summary: `Send a question about investment, tourism or press matters. ${MERGER.en}`,
    seoDescription: "Contacts for investment, tourism and press in the Hậu Giang area (demo contact details).",
    body: pt(
      MERGER.en,
      "**Please note:** this is a demo. The desks, address and e-mail addresses below are sample details, not real government contacts.",
      "- Investment promotion: [investment@example.org](mailto:investment@example.org)",
      "- Tourism information: [tourism@example.org](mailto:tourism@example.org)",
      "- Press: [press@example.org](mailto:press@example.org)",
      "You can also use the inquiry form on this page; the privacy notice explains how we handle what you send.",
    ),
  },
  ja: {
    title: "お問い合わせ",
    slug: "contact",
    summary: `投資、観光、報道に関するお問い合わせ。${MERGER.ja}`,
    seoDescription: "ハウザン地域の投資・観光・報道に関するお問い合わせ（デモ用連絡先）。",
    body: pt(
      MERGER.ja,
      "**ご注意：**これはデモサイトです。以下の窓口名とメールアドレスは見本であり、実在する行政機関の連絡先ではありません。",
      "- 投資促進：[investment@example.org](mailto:investment@example.org)",
      "- 観光案内：[tourism@example.org](mailto:tourism@example.org)",
      "- 報道：[press@example.org](mailto:press@example.org)",
    ),
  },
  ko: {
    title: "문의",
    slug: "contact",
    summary: `투자, 관광, 언론 관련 문의. ${MERGER.ko}`,
    seoDescription: "허우장 지역 투자·관광·언론 문의 (데모 연락처).",
    body: pt(
      MERGER.ko,
      "**안내:** 이 사이트는 데모입니다. 아래 창구 이름과 이메일 주소는 예시이며 실제 행정기관의 연락처가 아닙니다.",
      "- 투자 유치: [investment@example.org](mailto:investment@example.org)",
      "- 관광 안내: [tourism@example.org](mailto:tourism@example.org)",
      "- 언론: [press@example.org](mailto:press@example.org)",
    ),
  },
  "zh-Hans": {
    title: "联系我们",
    slug: "contact",
    summary: `投资、旅游及媒体咨询。${MERGER["zh-Hans"]}`,
    seoDescription: "后江地区投资、旅游与媒体联系方式（演示用）。",
    body: pt(
      MERGER["zh-Hans"],
      "**请注意：**本网站为演示版本，以下部门名称和电子邮箱均为示例，并非政府机关的真实联系方式。",
      "- 投资促进：[investment@example.org](mailto:investment@example.org)",
      "- 旅游咨询：[tourism@example.org](mailto:tourism@example.org)",
      "- 媒体：[press@example.org](mailto:press@example.org)",
    ),
  },
  fr: {
    title: "Contact",
    slug: "contact",
    summary: `Une question sur l’investissement, le tourisme ou la presse ? ${MERGER.fr}`,
    seoDescription: "Contacts investissement, tourisme et presse pour Hậu Giang (coordonnées de démonstration).",
    body: pt(
      MERGER.fr,
      "**Attention :** ce site est une démonstration. Les services et adresses électroniques ci-dessous sont des exemples, pas de véritables contacts administratifs.",
      "- Promotion des investissements : [investment@example.org](mailto:investment@example.org)",
      "- Information touristique : [tourism@example.org](mailto:tourism@example.org)",
      "- Presse : [press@example.org](mailto:press@example.org)",
    ),
  },
};

const privacy = {
  id: "privacy",
  pageKey: "privacy",
  sources: MERGER_SOURCES,
  vi: {
    title: "Chính sách quyền riêng tư",
    slug: "chinh-sach-rieng-tu",
    summary: `Cách xử lý thông tin bạn gửi qua biểu mẫu liên hệ (nội dung mẫu cho bản demo). ${MERGER.vi}`,
    seoDescription: "Thông tin thu thập qua biểu mẫu liên hệ, mục đích, thời hạn lưu và quyền của bạn.",
    body: pt(
      "*Đây là văn bản mẫu của bản demo, không phải chính sách của một cơ quan có thật.*",
      MERGER.vi,
      "## Thông tin chúng tôi thu thập",
      "Khi bạn gửi câu hỏi: họ tên, tổ chức, quốc gia, thư điện tử, số điện thoại (nếu bạn cung cấp), ngôn ngữ mong muốn, chủ đề, cơ hội đầu tư liên quan, nội dung tin nhắn và xác nhận đồng ý của bạn. Chúng tôi không dùng cookie theo dõi hay công cụ quảng cáo.",
      "## Mục đích",
      "Thông tin chỉ được dùng để trả lời câu hỏi của bạn và chuyển đến đúng bộ phận phụ trách. Chúng tôi không bán hay chia sẻ thông tin cho bên thứ ba vì mục đích tiếp thị.",
      "## Thời hạn lưu trữ",
      "Câu hỏi được lưu trong 12 tháng kể từ khi được trả lời rồi bị xóa (thời hạn mẫu cho bản demo).",
      "## Quyền của bạn",
      "- Được biết và xem lại thông tin chúng tôi đang giữ về bạn.",
      "- Yêu cầu sửa thông tin sai hoặc xóa thông tin.",
      "- Rút lại sự đồng ý bất cứ lúc nào; việc này không ảnh hưởng đến những xử lý đã thực hiện trước đó.",
      "Gửi yêu cầu đến [privacy@example.org](mailto:privacy@example.org) (địa chỉ mẫu).",
    ),
  },
  en: {
    title: "Privacy notice",
    slug: "privacy",
    summary: `How we handle what you send through the inquiry form (sample wording for the demo). ${MERGER.en}`,
    seoDescription: "What the inquiry form collects, why, for how long, and your rights.",
    body: pt(
      "*This is sample wording for a demo site, not the policy of a real authority.*",
      MERGER.en,
      "## What we collect",
      "When you send an inquiry: your name, organisation, country, e-mail address, phone number (if you give one), preferred language, topic, the investment opportunity concerned, your message and your consent. We use no tracking cookies or advertising tools.",
      "## Why",
      "Only to answer your inquiry and pass it to the desk responsible. We do not sell your details or share them with third parties for marketing.",
      "## How long",
      "Inquiries are kept for 12 months after they are answered and then deleted (a sample period for the demo).",
      "## Your rights",
      "- To know and see what we hold about you.",
      "- To have wrong details corrected, or your details deleted.",
      "- To withdraw your consent at any time; this does not affect handling that happened before.",
      "Write to [privacy@example.org](mailto:privacy@example.org) (a sample address).",
    ),
  },
};

export const pages = [home, about, contact, privacy];
