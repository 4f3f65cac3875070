/**
 * The fonts the prospectus PDF is set in, per language. They come from npm packages
 * (Google's Noto Sans families as packaged by @expo-google-fonts, SIL Open Font
 * Licence 1.1), so the PDF needs nothing installed on the machine: the base-14 PDF
 * fonts have no Vietnamese or CJK glyphs, and system fonts differ between machines.
 *
 * One family per language is enough: each CJK family also covers Latin with every
 * Vietnamese letter (checked against the demo dataset and all locale files), which is
 * all a Japanese, Korean or Chinese prospectus can contain besides its own script
 * (fallback text is English or Vietnamese). The Han glyphs of the Japanese and
 * Chinese families differ, so each CJK language gets its own.
 *
 * TrueType outlines (.ttf), not CFF: pdfkit (fontkit) subsets glyf fonts reliably and
 * embeds only the glyphs used, so a PDF stays small however large the font file.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Lang } from "~/i18n/languages";

export interface FontFamily {
  /** npm package that ships the files. */
  pkg: string;
  regular: string;
  bold: string;
}

const LATIN: FontFamily = {
  pkg: "@expo-google-fonts/noto-sans",
  regular: "400Regular/NotoSans_400Regular.ttf",
  bold: "700Bold/NotoSans_700Bold.ttf",
};

export const FONT_FAMILIES: Record<Lang, FontFamily> = {
  vi: LATIN,
  en: LATIN,
  fr: LATIN,
  ja: {
    pkg: "@expo-google-fonts/noto-sans-jp",
    regular: "400Regular/NotoSansJP_400Regular.ttf",
    bold: "700Bold/NotoSansJP_700Bold.ttf",
  },
  ko: {
    pkg: "@expo-google-fonts/noto-sans-kr",
    regular: "400Regular/NotoSansKR_400Regular.ttf",
    bold: "700Bold/NotoSansKR_700Bold.ttf",
  },
  "zh-Hans": {
    pkg: "@expo-google-fonts/noto-sans-sc",
    regular: "400Regular/NotoSansSC_400Regular.ttf",
    bold: "700Bold/NotoSansSC_700Bold.ttf",
  },
};

// Resolved from the server build's own location, so the files are found in whichever
// node_modules the server runs with (never a path on the build machine).
const require = createRequire(import.meta.url);

// The files are read once per process: CJK fonts are 5–11 MB, and reading them per
// request would cost more than laying out the PDF. At most 8 files (≈ 45 MB) are held.
const buffers = new Map<string, Buffer>();

function load(pkg: string, file: string): Buffer {
  const id = `${pkg}/${file}`;
  let buffer = buffers.get(id);
  if (!buffer) {
    let path: string;
    try {
      path = require.resolve(id);
    } catch (error) {
      throw new Error(`The prospectus font ${id} is missing: is the npm package ${pkg} installed?`, { cause: error });
    }
    buffer = readFileSync(path);
    buffers.set(id, buffer);
  }
  return buffer;
}

export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
}

/** The regular and bold faces for a prospectus in `lang`; throws if the package is missing. */
export function fontsFor(lang: Lang): PdfFonts {
  const family = FONT_FAMILIES[lang];
  return { regular: load(family.pkg, family.regular), bold: load(family.pkg, family.bold) };
}
