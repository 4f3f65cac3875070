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
};

export const IMAGE_SIZE = { width: W, height: H };

/** The image object for one language version of a document. */
export function illustration(name, lang) {
  const image = IMAGES[name];
  if (!image) throw new Error(`unknown illustration ${name}`);
  if (!image.alt[lang]) throw new Error(`illustration ${name} has no alt text in ${lang}`);
  return figure(name, image.alt[lang], undefined, { crop: image.crop, hotspot: image.hotspot });
}
