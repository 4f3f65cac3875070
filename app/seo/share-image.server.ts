/**
 * The Open Graph / Twitter share image: a 1200×630 PNG per language, the site's name, its
 * place line and the merger note on the site's colours. The background is an SVG; the text
 * is set by sharp (Pango) in the prospectus's font files (npm packages, app/prospectus/
 * fonts.server.ts), so every language renders the same on any machine, whatever fonts it
 * has installed, and Pango wraps long lines.
 *
 * Made on first request and kept in memory per language and UI-strings version (a
 * resource route, not a build step: staff can reword the site's name in the Studio and the
 * image follows, and there is no generated file to commit or forget). Concurrent first
 * requests share one render.
 */
import { createRequire } from "node:module";
import sharp from "sharp";
import { currentUiStrings, getFixedT } from "~/i18n/i18next.server";
import type { Lang } from "~/i18n/languages";
import { FONT_FAMILIES } from "~/prospectus/fonts.server";

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
const MARGIN = 80;

const require = createRequire(import.meta.url);

/** Pango's family name of a package's font: `@expo-google-fonts/noto-sans-jp` → `Noto Sans JP`. */
function familyName(pkg: string): string {
  return pkg
    .replace(/^.*\//, "")
    .split("-")
    .map((word) => (word.length === 2 ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1)))
    .join(" ");
}

const escapeMarkup = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One block of text as an RGBA PNG at most `width` wide (Pango wraps it). */
async function textLayer(
  lang: Lang,
  text: string,
  {
    size,
    bold,
    colour,
    width = SHARE_IMAGE.width - 2 * MARGIN,
  }: { size: number; bold: boolean; colour: string; width?: number },
) {
  const family = FONT_FAMILIES[lang];
  const fontfile = require.resolve(`${family.pkg}/${bold ? family.bold : family.regular}`);
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${colour}">${escapeMarkup(text)}</span>`,
      font: `${familyName(family.pkg)} ${bold ? "Bold" : "Regular"} ${size}`,
      fontfile,
      width,
      dpi: 72,
      rgba: true,
      wrap: "word-char",
      spacing: Math.round(size * 0.25),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data, height: info.height };
}

/** The background: river blue, the seven stripes of Ngã Bảy along the top, seven converging river lines. */
function background(): Buffer {
  // The site's --seven stripes (app/styles/site.css).
  const stripes = ["#0b3b4a", "#0b6377", "#2a8fa0", "#5a9e4b", "#2e6b34", "#f6c343", "#e08a1e"];
  const w = SHARE_IMAGE.width / stripes.length;
  const rivers = [0, 1, 2, 3, 4, 5, 6]
    .map((i) => {
      const angle = (Math.PI * 2 * i) / 7;
      const x = 1060 + Math.cos(angle) * 260;
      const y = 520 + Math.sin(angle) * 260;
      return `<path d="M${x.toFixed(0)} ${y.toFixed(0)}Q${(1060 + Math.cos(angle + 0.5) * 120).toFixed(0)} ${(520 + Math.sin(angle + 0.5) * 120).toFixed(0)} 1060 520" stroke="${i % 2 ? "#2a8fa0" : "#9fd38a"}" stroke-width="10" stroke-linecap="round" fill="none" opacity="0.35"/>`;
    })
    .join("");
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#072a35"/><stop offset="1" stop-color="#0b4f60"/></linearGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/>${rivers}` +
      `<circle cx="1060" cy="520" r="34" fill="#f6c343"/>` +
      stripes
        .map((c, i) => `<rect x="${(i * w).toFixed(2)}" y="0" width="${(w + 1).toFixed(2)}" height="16" fill="${c}"/>`)
        .join("") +
      `</svg>`,
  );
}

/** The words on the image, in the request's UI strings; also its alt text. */
export function shareImageText(lang: Lang): { title: string; place: string; note: string; alt: string } {
  const t = getFixedT(lang);
  const title = t("meta.siteName");
  const place = t("brand.sub");
  const note = t("status.banner");
  return { title, place, note, alt: `${title}. ${place}. ${note}` };
}

async function render(lang: Lang): Promise<Buffer> {
  const { title, place, note } = shareImageText(lang);
  const [titleLayer, placeLayer, noteLayer] = await Promise.all([
    textLayer(lang, title, { size: 64, bold: true, colour: "#ffffff" }),
    textLayer(lang, place, { size: 36, bold: false, colour: "#c0d5da" }),
    // Narrower, so a long note wraps before the rivers' meeting point at the lower right.
    textLayer(lang, note, { size: 30, bold: false, colour: "#f6c343", width: 860 }),
  ]);
  const top = 120;
  return sharp(background())
    .composite([
      { input: titleLayer.data, left: MARGIN, top },
      { input: placeLayer.data, left: MARGIN, top: top + titleLayer.height + 28 },
      { input: noteLayer.data, left: MARGIN, top: SHARE_IMAGE.height - MARGIN - noteLayer.height },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** Renders are few (one per language and strings version): the latest per language is kept. */
const rendered = new Map<Lang, { version: string; png: Promise<Buffer> }>();

export function shareImage(lang: Lang): { version: string; png: Promise<Buffer> } {
  const version = currentUiStrings().version;
  const kept = rendered.get(lang);
  if (kept?.version === version) return kept;
  const entry = { version, png: render(lang) };
  // A failed render is not kept: the next request tries again.
  entry.png.catch(() => rendered.get(lang) === entry && rendered.delete(lang));
  rendered.set(lang, entry);
  return entry;
}
