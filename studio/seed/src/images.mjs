/**
 * The demo's only pictures: abstract identity illustrations drawn as SVG and rendered
 * to PNG by scripts/build-seed.mjs. No photography, nothing fetched, no text in the
 * drawings (fonts differ between machines and would change the bytes).
 */
import { figure } from "./lib.mjs";

const W = 1600;
const H = 900;

const svg = (body, bg) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
  `<rect width="${W}" height="${H}" fill="${bg}"/>${body}</svg>`;

/** Seven waterways meeting in one point: Ngã Bảy and the "Hậu Giang hội tụ" statement. */
function convergence() {
  const cx = 800;
  const cy = 470;
  const ends = [
    [0, 120],
    [0, 520],
    [260, 900],
    [820, 900],
    [1380, 900],
    [1600, 420],
    [1240, 0],
  ];
  const colours = ["#1f6f8b", "#2a9d8f", "#3a86a8", "#52b788", "#1f6f8b", "#2a9d8f", "#3a86a8"];
  const rivers = ends
    .map(([x, y], i) => {
      const mx = (x + cx) / 2 + (i % 2 ? 90 : -90);
      const my = (y + cy) / 2 + (i % 3 ? -60 : 60);
      return `<path d="M${x} ${y} Q${mx} ${my} ${cx} ${cy}" stroke="${colours[i]}" stroke-width="${34 - i * 2}" fill="none" stroke-linecap="round" opacity="0.9"/>`;
    })
    .join("");
  return svg(
    `${rivers}<circle cx="${cx}" cy="${cy}" r="70" fill="#f4c430"/><circle cx="${cx}" cy="${cy}" r="34" fill="#fdf6e3"/>`,
    "#eaf4ef",
  );
}

/** Bands of paddy in the greens and golds of the season, cut by a canal. */
function riceFields() {
  const colours = ["#6a994e", "#a7c957", "#8db255", "#d9c46b", "#6a994e", "#bcd979", "#e0b84f", "#7aa95c"];
  let bands = "";
  for (let i = 0; i < 20; i++) {
    const y = i * 70 - 400;
    bands += `<polygon points="0,${y} ${W},${y + 260} ${W},${y + 330} 0,${y + 70}" fill="${colours[i % colours.length]}"/>`;
  }
  const canal = `<path d="M0 700 C 400 620, 900 760, 1600 560" stroke="#3a86a8" stroke-width="36" fill="none"/>`;
  return svg(bands + canal, "#f1f5e6");
}

/** A repeat of pineapple motifs (Cầu Đúc pineapple, the mascot Bé Khóm's fruit). */
function pineapple() {
  let motifs = "";
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 6; col++) {
      const x = 150 + col * 260 + (row % 2 ? 130 : 0);
      const y = 200 + row * 260;
      if (x > W - 60) continue;
      const leaves = [-40, -15, 15, 40]
        .map(
          (dx, i) =>
            `<path d="M${x} ${y - 70} Q${x + dx} ${y - 130 - (i % 2) * 20} ${x + dx * 1.6} ${y - 150}" stroke="#2d6a4f" stroke-width="14" fill="none" stroke-linecap="round"/>`,
        )
        .join("");
      const body = `<ellipse cx="${x}" cy="${y}" rx="62" ry="82" fill="#f4a81d"/>`;
      const lattice =
        `<path d="M${x - 50} ${y - 40} L${x + 50} ${y + 60} M${x - 60} ${y + 10} L${x + 20} ${y + 80} M${x - 20} ${y - 75} L${x + 60} ${y + 5}` +
        ` M${x + 50} ${y - 40} L${x - 50} ${y + 60} M${x + 60} ${y + 10} L${x - 20} ${y + 80} M${x + 20} ${y - 75} L${x - 60} ${y + 5}" stroke="#c7791a" stroke-width="6"/>`;
      motifs += leaves + body + lattice;
    }
  }
  return svg(motifs, "#fff4d6");
}

/** River lines and the floating-market boats' wake: calm horizontal currents. */
function river() {
  let lines = "";
  const colours = ["#1f6f8b", "#3a86a8", "#6fb1c8", "#a9d6e5", "#2a9d8f"];
  for (let i = 0; i < 12; i++) {
    const y = 120 + i * 60;
    const a = 40 + (i % 4) * 12;
    lines += `<path d="M-20 ${y} C 300 ${y - a}, 500 ${y + a}, 800 ${y} S 1300 ${y - a}, 1620 ${y}" stroke="${colours[i % colours.length]}" stroke-width="${10 + (i % 3) * 6}" fill="none" stroke-linecap="round"/>`;
  }
  return svg(lines + `<circle cx="1300" cy="170" r="80" fill="#f4c430" opacity="0.85"/>`, "#eef7fa");
}

// ─── Exhibition illustrations ──────────────────────────────────────────────────
// Drawn for the digital exhibition, which ships no scans: each shows the kind of
// material (a book, a record, a map, a marker), never an item. The site labels them
// as illustrations (the exhibit's `image.illustration`).

/** A stack of bound books with cloth ties: "ancient books". */
function exhibitBooks() {
  const books = [
    [420, 600, 760, 120, "#8c5a3c"],
    [460, 480, 700, 120, "#6b3f2a"],
    [500, 360, 640, 120, "#a0522d"],
  ]
    .map(
      ([x, y, w, h, c]) =>
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${c}"/>` +
        `<rect x="${x + 20}" y="${y + 14}" width="${w - 40}" height="${h - 28}" fill="#f3e6c8"/>` +
        `<rect x="${x + w * 0.3}" y="${y}" width="26" height="${h}" fill="#2d6a4f"/>` +
        `<rect x="${x + w * 0.7}" y="${y}" width="26" height="${h}" fill="#2d6a4f"/>`,
    )
    .join("");
  return svg(`<rect x="300" y="720" width="1000" height="40" fill="#c9b79c"/>${books}`, "#f6f0e4");
}

/** An unrolled record with ruled columns and a square seal: "Nguyễn-dynasty records". */
function exhibitRecords() {
  let columns = "";
  for (let i = 0; i < 12; i++) {
    const x = 470 + i * 56;
    columns += `<line x1="${x}" y1="230" x2="${x}" y2="${600 - (i % 3) * 60}" stroke="#5b4636" stroke-width="10" stroke-linecap="round" stroke-dasharray="26 18"/>`;
  }
  return svg(
    `<rect x="380" y="160" width="840" height="580" fill="#efdfb8" stroke="#b08d57" stroke-width="8"/>` +
      `<rect x="330" y="140" width="50" height="620" rx="20" fill="#7a4b2a"/><rect x="1220" y="140" width="50" height="620" rx="20" fill="#7a4b2a"/>` +
      columns +
      `<rect x="1070" y="600" width="110" height="110" fill="none" stroke="#b22222" stroke-width="14"/><rect x="1098" y="628" width="54" height="54" fill="#b22222"/>`,
    "#f7f1e3",
  );
}

/** A sheet with a grid, an abstract coast and a compass rose: "old maps" (no real geography). */
function exhibitMaps() {
  let grid = "";
  for (let x = 360; x <= 1240; x += 110)
    grid += `<line x1="${x}" y1="180" x2="${x}" y2="720" stroke="#b8a27a" stroke-width="3"/>`;
  for (let y = 180; y <= 720; y += 90)
    grid += `<line x1="360" y1="${y}" x2="1240" y2="${y}" stroke="#b8a27a" stroke-width="3"/>`;
  const coast = `<path d="M360 300 C 500 340, 520 460, 620 520 S 760 700, 820 720 L360 720 Z" fill="#d9c7a0" stroke="#8a6d3b" stroke-width="6"/>`;
  const dots = [
    [980, 300],
    [1030, 330],
    [1080, 290],
    [1010, 560],
    [1090, 600],
    [1140, 540],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="12" fill="#8a6d3b"/>`)
    .join("");
  const rose =
    `<g transform="translate(720 290)"><circle r="70" fill="none" stroke="#1f6f8b" stroke-width="6"/>` +
    `<polygon points="0,-90 16,0 0,90 -16,0" fill="#1f6f8b"/><polygon points="-90,0 0,16 90,0 0,-16" fill="#3a86a8"/></g>`;
  return svg(
    `<rect x="340" y="160" width="920" height="580" fill="#f3e8cc" stroke="#8a6d3b" stroke-width="10"/>${grid}${coast}${dots}${rose}`,
    "#eef3f4",
  );
}

/** A stone marker on a plinth, drawn in three quarters: "3D models of sovereignty markers". */
function exhibitMarker() {
  return svg(
    `<ellipse cx="800" cy="760" rx="420" ry="60" fill="#cfd8dc"/>` +
      `<polygon points="560,700 1040,700 1100,760 500,760" fill="#90a4ae"/>` +
      `<path d="M640 700 L640 300 Q640 220 720 200 L880 200 Q960 220 960 300 L960 700 Z" fill="#b0bec5"/>` +
      `<path d="M960 300 L1010 330 L1010 700 L960 700 Z" fill="#78909c"/>` +
      `<rect x="700" y="290" width="200" height="340" fill="none" stroke="#607d8b" stroke-width="10"/>` +
      `<line x1="740" y1="350" x2="860" y2="350" stroke="#607d8b" stroke-width="10"/><line x1="740" y1="420" x2="860" y2="420" stroke="#607d8b" stroke-width="10"/><line x1="740" y1="490" x2="860" y2="490" stroke="#607d8b" stroke-width="10"/><line x1="740" y1="560" x2="830" y2="560" stroke="#607d8b" stroke-width="10"/>`,
    "#eceff1",
  );
}

export const IMAGES = {
  convergence: {
    svg: convergence,
    alt: {
      vi: "Hình minh họa trừu tượng: bảy dòng sông cùng đổ về một điểm, gợi hình ảnh “Hậu Giang hội tụ”",
      en: "Abstract illustration: seven rivers flowing into one point, evoking “Hậu Giang, where things converge”",
      ja: "抽象イラスト：七つの川が一点に集まる様子。「ハウザン・合流の地」を表す",
      ko: "추상 일러스트: 일곱 갈래 강이 한 점으로 모이는 모습, '허우장 회합'을 상징",
      "zh-Hans": "抽象插图：七条河流汇聚于一点，寓意“后江汇聚”",
      fr: "Illustration abstraite : sept rivières qui se rejoignent en un point, image de « Hậu Giang, lieu de convergence »",
    },
  },
  riceFields: {
    svg: riceFields,
    alt: {
      vi: "Hình minh họa trừu tượng: những dải ruộng lúa xanh và vàng cắt ngang bởi một con kênh",
      en: "Abstract illustration: green and golden bands of rice fields crossed by a canal",
      ja: "抽象イラスト：緑と金色の田んぼの帯を一本の運河が横切る",
      ko: "추상 일러스트: 초록과 황금빛 논이 띠를 이루고 운하가 가로지르는 모습",
      "zh-Hans": "抽象插图：绿色与金色的稻田条带，一条运河横穿其间",
      fr: "Illustration abstraite : bandes de rizières vertes et dorées traversées par un canal",
    },
  },
  pineapple: {
    svg: pineapple,
    alt: {
      vi: "Hình minh họa trừu tượng: họa tiết trái khóm lặp lại trên nền vàng nhạt",
      en: "Abstract illustration: a repeating pineapple motif on a pale yellow ground",
      ja: "抽象イラスト：淡い黄色の地に繰り返されるパイナップル模様",
      ko: "추상 일러스트: 연노랑 바탕에 반복되는 파인애플 무늬",
      "zh-Hans": "抽象插图：浅黄色底上重复的菠萝图案",
      fr: "Illustration abstraite : motif d’ananas répété sur fond jaune pâle",
    },
  },
  river: {
    svg: river,
    // An editor's crop (the lower currents cut away) and hotspot (the sun, top right), as
    // the Studio stores them: the site's cards cut around the hotspot, inside the crop.
    crop: { _type: "sanity.imageCrop", top: 0, bottom: 0.25, left: 0, right: 0 },
    hotspot: { _type: "sanity.imageHotspot", x: 0.8125, y: 0.19, width: 0.15, height: 0.25 },
    alt: {
      vi: "Hình minh họa trừu tượng: những đường sóng nước xanh trải dài như dòng sông",
      en: "Abstract illustration: long blue wave lines like a river’s currents",
      ja: "抽象イラスト：川の流れのように伸びる青い波線",
      ko: "추상 일러스트: 강물처럼 길게 이어지는 푸른 물결선",
      "zh-Hans": "抽象插图：如河水般延展的蓝色波浪线",
      fr: "Illustration abstraite : longues lignes bleues ondulées comme les courants d’un fleuve",
    },
  },
  exhibitBooks: {
    svg: exhibitBooks,
    alt: {
      vi: "Hình minh họa: một chồng sách đóng bìa vải có dây buộc, tượng trưng cho nhóm sách cổ (không phải ảnh chụp hiện vật)",
      en: "Illustration: a stack of cloth-bound books with ties, standing for the group of ancient books (not a photograph of an item)",
      ja: "イラスト：ひもで綴じた布装の本の山。古書の資料群を表す（実物の写真ではありません）",
      ko: "일러스트: 끈으로 묶은 천 표지 책 더미, 고서 자료군을 상징(실물 사진 아님)",
      "zh-Hans": "插图：一摞用布带系扎的布面书籍，代表古籍类资料（并非实物照片）",
      fr: "Illustration : une pile de livres reliés de toile, avec leurs liens, pour le groupe des livres anciens (pas une photographie d’un objet)",
    },
  },
  exhibitRecords: {
    svg: exhibitRecords,
    alt: {
      vi: "Hình minh họa: một cuộn văn bản mở ra với các cột kẻ và một con dấu vuông màu đỏ, tượng trưng cho văn bản triều Nguyễn (không phải bản chụp)",
      en: "Illustration: an unrolled document with ruled columns and a square red seal, standing for Nguyễn-dynasty records (not a scan)",
      ja: "イラスト：罫線の列と赤い角印のある広げた巻物。阮朝の文書を表す（スキャン画像ではありません）",
      ko: "일러스트: 세로줄과 붉은 사각 인장이 있는 펼친 두루마리, 응우옌 왕조 문서를 상징(스캔 아님)",
      "zh-Hans": "插图：展开的卷轴，上有竖行格线和红色方印，代表阮朝文献（并非扫描件）",
      fr: "Illustration : un rouleau déroulé aux colonnes réglées, avec un sceau carré rouge, pour les archives de la dynastie Nguyễn (pas une numérisation)",
    },
  },
  exhibitMaps: {
    svg: exhibitMaps,
    alt: {
      vi: "Hình minh họa: một tờ bản đồ có lưới kẻ, đường bờ biển giả định, các chấm đảo và hoa gió, tượng trưng cho bản đồ cổ (không thể hiện địa lý thật)",
      en: "Illustration: a map sheet with a grid, an imaginary coastline, island dots and a compass rose, standing for old maps (no real geography)",
      ja: "イラスト：格子、架空の海岸線、島を示す点、方位図のある地図。古地図を表す（実際の地理ではありません）",
      ko: "일러스트: 격자, 가상의 해안선, 섬을 나타내는 점, 나침반 장미가 있는 지도, 고지도를 상징(실제 지리 아님)",
      "zh-Hans": "插图：带网格、虚构海岸线、岛屿圆点和罗盘玫瑰的地图，代表古地图（并非真实地理）",
      fr: "Illustration : une carte quadrillée avec une côte imaginaire, des points pour des îles et une rose des vents, pour les cartes anciennes (aucune géographie réelle)",
    },
  },
  exhibitMarker: {
    svg: exhibitMarker,
    alt: {
      vi: "Hình minh họa: một tấm bia đá trên bệ, vẽ theo góc ba phần tư, tượng trưng cho mô hình 3D bia chủ quyền (không phải ảnh chụp mô hình)",
      en: "Illustration: a stone marker on a plinth, drawn in three-quarter view, standing for the 3D models of sovereignty markers (not a picture of a model)",
      ja: "イラスト：台座の上の石碑を斜めから描いたもの。主権碑の3Dモデルを表す（モデルの画像ではありません）",
      ko: "일러스트: 받침대 위의 비석을 비스듬히 그린 그림, 주권비 3D 모형을 상징(모형 사진 아님)",
      "zh-Hans": "插图：底座上的石碑（斜侧视角），代表主权碑三维模型（并非模型图像）",
      fr: "Illustration : une stèle de pierre sur un socle, vue de trois quarts, pour les modèles 3D des stèles de souveraineté (pas une image d’un modèle)",
    },
  },
};

export const IMAGE_SIZE = { width: W, height: H };

/** The image object for one language version of a document. */
export function illustration(name, lang) {
  const image = IMAGES[name];
  if (!image) throw new Error(`unknown illustration ${name}`);
  if (!image.alt[lang]) throw new Error(`illustration ${name} has no alt text in ${lang}`);
  return figure(name, image.alt[lang], undefined, { crop: image.crop, hotspot: image.hotspot });
}
