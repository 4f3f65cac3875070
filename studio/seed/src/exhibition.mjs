/**
 * The digital exhibition on Hoàng Sa and Trường Sa. The demo ships no scans: each
 * exhibit describes a kind of material the real exhibition shows, as its organisers
 * report it, and its citation says exactly that. No single item is named or dated
 * beyond what the sources state.
 */
import { illustration } from "./images.mjs";
import { pt, ref, versionId } from "./lib.mjs";
import { MERGER } from "./pages.mjs";
import { S } from "./sources.mjs";

const EXHIBITION_TITLE_VI = "Hoàng Sa, Trường Sa của Việt Nam – những bằng chứng lịch sử và pháp lý";
const citationVi = `Nhóm tư liệu được trưng bày trong triển lãm “${EXHIBITION_TITLE_VI}” (Bộ Thông tin và Truyền thông, từ năm 2013). Bản demo không kèm bản chụp.`;
const citationEn = `A group of materials shown in the exhibition “${EXHIBITION_TITLE_VI}” (Ministry of Information and Communications, since 2013). No scan is reproduced in this demo.`;
const sources = [S.exhVOV, S.exhPTIT, S.exhVNA];

/** The exhibit's drawing (images.mjs), marked as an illustration: the demo ships no scans. */
const drawing = (name, lang, caption) => ({ ...illustration(name, lang), caption, illustration: true });

export const exhibits = [
  {
    id: "ancient-books",
    kind: "book",
    sources,
    vi: {
      title: "Sách cổ",
      slug: "sach-co",
      origin: "Nguồn của ban tổ chức không nêu từng cuốn; xem danh mục tại các nguồn dẫn.",
      image: drawing("exhibitBooks", "vi", "Hình vẽ minh họa cho nhóm sách cổ, không phải một cuốn sách cụ thể."),
      period: "Nhiều thời kỳ",
      description:
        "Những cuốn sách cổ là một trong các nhóm tư liệu của triển lãm, được giới thiệu như bằng chứng lịch sử về Hoàng Sa và Trường Sa. Danh mục cụ thể xem tại nguồn của ban tổ chức.",
      citation: citationVi,
    },
    en: {
      title: "Ancient books",
      slug: "ancient-books",
      origin: "The organisers’ sources do not name each book; see the sources cited.",
      image: drawing("exhibitBooks", "en", "An illustration for the group of ancient books, not a particular book."),
      period: "Various periods",
      description:
        "Ancient books form one of the exhibition’s groups of material, presented as historical evidence about Hoàng Sa and Trường Sa. See the organisers’ sources for the full list.",
      citation: citationEn,
    },
  },
  {
    id: "nguyen-dynasty-records",
    kind: "document",
    sources,
    vi: {
      title: "Văn bản triều Nguyễn",
      slug: "van-ban-trieu-nguyen",
      origin: "Triều Nguyễn (Việt Nam)",
      image: drawing(
        "exhibitRecords",
        "vi",
        "Hình vẽ minh họa cho nhóm văn bản triều Nguyễn, không phải bản chụp văn bản.",
      ),
      period: "Triều Nguyễn",
      description:
        "Các văn bản, tư liệu của triều Nguyễn là một nhóm tư liệu của triển lãm, được giới thiệu như một phần của các bằng chứng lịch sử và pháp lý.",
      citation: citationVi,
    },
    en: {
      title: "Nguyễn-dynasty records",
      slug: "nguyen-dynasty-records",
      origin: "The Nguyễn dynasty (Viet Nam)",
      image: drawing(
        "exhibitRecords",
        "en",
        "An illustration for the group of Nguyễn-dynasty records, not a scan of a record.",
      ),
      period: "Nguyễn dynasty",
      description:
        "Records of the Nguyễn dynasty form one of the exhibition’s groups of material, presented as part of its historical and legal evidence.",
      citation: citationEn,
    },
  },
  {
    id: "old-maps",
    kind: "map",
    sources,
    vi: {
      title: "Bản đồ cổ của Việt Nam, phương Tây và Trung Quốc",
      slug: "ban-do-co",
      origin: "Việt Nam, các nước phương Tây và Trung Quốc",
      image: drawing("exhibitMaps", "vi", "Hình vẽ minh họa cho nhóm bản đồ cổ, không thể hiện địa lý thật."),
      period: "Nhiều thời kỳ",
      description:
        "Triển lãm lưu động từ năm 2013 giới thiệu khoảng 150 bản đồ, gồm bản đồ cổ của Việt Nam, của các nước phương Tây và của Trung Quốc.",
      citation: citationVi,
    },
    en: {
      title: "Old Vietnamese, Western and Chinese maps",
      slug: "old-maps",
      origin: "Viet Nam, Western countries and China",
      image: drawing("exhibitMaps", "en", "An illustration for the group of old maps; it shows no real geography."),
      period: "Various periods",
      description:
        "The touring exhibition, shown since 2013, presents some 150 maps, among them old Vietnamese maps, Western maps and Chinese maps.",
      citation: citationEn,
    },
  },
  {
    id: "sovereignty-marker-models",
    kind: "model",
    sources,
    vi: {
      title: "Mô hình 3D bia chủ quyền",
      slug: "mo-hinh-3d-bia-chu-quyen",
      origin: "Triển lãm số 3D của Bộ Thông tin và Truyền thông",
      image: drawing(
        "exhibitMarker",
        "vi",
        "Hình vẽ minh họa cho nhóm mô hình 3D bia chủ quyền, không phải hình ảnh của mô hình.",
      ),
      period: "Triển lãm số 3D, từ năm 2016",
      description:
        "Phiên bản triển lãm ảo 3D, ra mắt lần đầu ngày 4/11/2016 tại Hà Nam, có các mô hình ba chiều của bia chủ quyền.",
      citation: citationVi,
    },
    en: {
      title: "3D models of sovereignty markers",
      slug: "sovereignty-marker-models",
      origin: "The 3D digital exhibition of the Ministry of Information and Communications",
      image: drawing(
        "exhibitMarker",
        "en",
        "An illustration for the group of 3D models of sovereignty markers, not an image of a model.",
      ),
      period: "3D digital exhibition, since 2016",
      description:
        "The 3D virtual exhibition, first shown on 4 November 2016 in Hà Nam, includes three-dimensional models of sovereignty markers.",
      citation: citationEn,
    },
  },
];

export const exhibition = [
  {
    id: "hoang-sa-truong-sa",
    sources,
    exhibits: (lang) => exhibits.map((e) => ref(versionId("exhibit", e.id, lang))),
    vi: {
      title: EXHIBITION_TITLE_VI,
      slug: "hoang-sa-truong-sa",
      intro:
        "Giới thiệu triển lãm bản đồ và tư liệu về Hoàng Sa, Trường Sa do Cục Thông tin cơ sở, Bộ Thông tin và Truyền thông phối hợp với các địa phương tổ chức.",
      body: pt(
        "Triển lãm lưu động được tổ chức từ năm 2013 với khoảng 150 bản đồ và tư liệu. Từ năm 2016 có thêm phiên bản triển lãm số 3D, ra mắt lần đầu ngày 4/11/2016 tại Hà Nam.",
        "Nội dung gồm sách cổ, văn bản triều Nguyễn, bản đồ cổ của Việt Nam, phương Tây và Trung Quốc, cùng mô hình 3D bia chủ quyền.",
        "*Bản demo chỉ mô tả các nhóm tư liệu và dẫn nguồn; không đăng lại bản chụp tài liệu.*",
        MERGER.vi,
      ),
    },
    en: {
      title: "Hoàng Sa and Trường Sa of Viet Nam – historical and legal evidence",
      slug: "hoang-sa-truong-sa",
      intro:
        "An introduction to the exhibition of maps and documents on Hoàng Sa (Paracel) and Trường Sa (Spratly), organised by the grassroots information department of the Ministry of Information and Communications with the provinces.",
      body: pt(
        "The touring exhibition has been shown since 2013 with some 150 maps and documents. Since 2016 there has also been a 3D digital version, first shown on 4 November 2016 in Hà Nam.",
        "It brings together ancient books, Nguyễn-dynasty records, old Vietnamese, Western and Chinese maps, and 3D models of sovereignty markers.",
        "*This demo only describes the groups of material and cites its sources; it reproduces no scans.*",
        MERGER.en,
      ),
    },
  },
];
