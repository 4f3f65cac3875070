/**
 * Reads back the text of a PDF the way a viewer's search does: through each font's
 * ToUnicode map. Enough for what pdfkit writes (Flate streams, Type0 fonts with
 * Identity-H encoding, text in `Tj`/`TJ`), so the tests need no PDF library or
 * poppler. If a PDF's text could not be selected or searched, this finds no text.
 */
import { inflateSync } from "node:zlib";

export interface PdfObject {
  id: number;
  dict: string;
  stream?: Buffer;
}

/** Every indirect object, with its stream decoded when it is Flate-compressed. */
export function pdfObjects(pdf: Buffer): PdfObject[] {
  const text = pdf.toString("latin1");
  const objects: PdfObject[] = [];
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.indexOf("stream");
    const object: PdfObject = { id: Number(match[1]), dict: streamAt >= 0 ? body.slice(0, streamAt) : body };
    if (streamAt >= 0) {
      let dataStart = start + streamAt + "stream".length;
      if (text[dataStart] === "\r") dataStart++;
      if (text[dataStart] === "\n") dataStart++;
      // The dictionary's /Length says where the data ends (pdfkit writes it directly);
      // compressed data may itself end in bytes that look like an end of line.
      const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(object.dict);
      const raw = pdf.subarray(dataStart, length ? dataStart + Number(length[1]) : text.lastIndexOf("endstream", end));
      object.stream = /\/Filter\s*\/FlateDecode/.test(object.dict) ? inflateSync(raw) : raw;
    }
    objects.push(object);
    header.lastIndex = end;
  }
  return objects;
}

function utf16(hex: string): string {
  const clean = hex.replace(/\s+/g, "");
  const units: number[] = [];
  for (let i = 0; i + 4 <= clean.length; i += 4) units.push(parseInt(clean.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

/** A ToUnicode CMap as glyph code → text (bfchar and bfrange, both forms). */
function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g))
      map.set(parseInt(code, 16), utf16(value));
  }
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, list, first] of block.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F\s]+)>)/g,
    )) {
      const from = parseInt(lo, 16);
      const to = parseInt(hi, 16);
      if (list !== undefined) {
        const values = [...list.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((m) => utf16(m[1]));
        for (let code = from; code <= to; code++) map.set(code, values[code - from] ?? "");
      } else {
        const base = utf16(first);
        const last = base.charCodeAt(base.length - 1);
        for (let code = from; code <= to; code++)
          map.set(code, base.slice(0, -1) + String.fromCharCode(last + code - from));
      }
    }
  }
  return map;
}

/** The text of every page, one line per text object, decoded through the fonts' ToUnicode maps. */
export function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  const byId = new Map(objects.map((o) => [o.id, o]));
  // Resource names (`/F1`) → ToUnicode maps, from every font dictionary a page names.
  const fonts = new Map<string, Map<number, string>>();
  for (const o of objects) {
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(o.dict);
    if (!fontDict) continue;
    for (const [, name, ref] of fontDict[1].matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) {
      const font = byId.get(Number(ref));
      const toUnicode = font && /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font.dict);
      const cmap = toUnicode && byId.get(Number(toUnicode[1]))?.stream;
      if (cmap) fonts.set(name, parseCmap(cmap.toString("latin1")));
    }
  }
  const lines: string[] = [];
  for (const o of objects) {
    if (!o.stream || !/\bBT\b/.test(o.stream.toString("latin1"))) continue;
    const content = o.stream.toString("latin1");
    for (const [, block] of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let current: Map<number, string> | undefined;
      let line = "";
      for (const [, fontName, strings] of block.matchAll(
        /\/([^\s/]+)\s+[\d.]+\s+Tf|(\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g,
      )) {
        if (fontName) {
          current = fonts.get(fontName);
          continue;
        }
        for (const [, hex] of strings.matchAll(/<([0-9a-fA-F]*)>/g)) {
          for (let i = 0; i + 4 <= hex.length; i += 4)
            line += current?.get(parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
        }
      }
      lines.push(line);
    }
  }
  return lines.join("\n");
}
