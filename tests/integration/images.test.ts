// Images over HTTP on the embedded source: the editor's crop and hotspot from the demo
// dataset reach the page's URLs, and the image route cuts exactly what those URLs ask.
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, inject, it } from "vitest";
import { DATASET_PATH } from "../pages";

const baseUrl = inject("baseUrl");

interface SeedArticle {
  _id: string;
  _type: string;
  language: string;
  slug: { current: string };
  mainImage?: { asset?: { _ref: string }; _sanityAsset?: string; hotspot?: { x: number }; crop?: { bottom: number } };
}

/** A published article whose main image has a hotspot (the demo gives one to the river illustration). */
const article = readFileSync(DATASET_PATH, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as SeedArticle)
  .find(
    (d) =>
      d._type === "article" &&
      !d._id.startsWith("drafts.") &&
      d.language === "en" &&
      d.mainImage?.hotspot &&
      d.mainImage.crop,
  );

/** `src` of every <img> in the page, resolved against the site. */
async function imageSources(path: string): Promise<URL[]> {
  const html = await (await fetch(baseUrl + path)).text();
  return [...html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((m) => new URL(m[1].replace(/&amp;/g, "&"), baseUrl));
}

async function image(url: URL | string) {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body, meta: await sharp(body).metadata() };
}

describe("images on the embedded source", () => {
  it("the demo has an article image with an editor's crop and hotspot", () => {
    expect(article).toBeDefined();
  });

  it("cuts a news card around the hotspot, at the card's size", async () => {
    let card: URL | undefined;
    for (let page = 1; page <= 10 && !card; page++) {
      const html = await (await fetch(`${baseUrl}/en/news?page=${page}`)).text();
      const item = html.split('<li class="card">').find((c) => c.includes(`/en/news/${article!.slug.current}"`));
      const src = item && /<img\b[^>]*\bsrc="([^"]+)"/.exec(item)?.[1];
      if (src) card = new URL(src.replace(/&amp;/g, "&"), baseUrl);
    }
    expect(card).toBeDefined();
    // 1600×900 cropped to 1600×675, cut to 16:9 (1200×675) as far right as the hotspot (the sun) asks.
    expect(card!.searchParams.get("rect")).toBe("400,0,1200,675");
    expect(card!.searchParams.get("fit")).toBe("crop");
    const { meta } = await image(card!);
    expect([meta.width, meta.height]).toEqual([800, 450]);
  });

  it("shows the article's own image whole within the crop", async () => {
    const [main] = (await imageSources(`/en/news/${article!.slug.current}`)).filter((u) =>
      u.pathname.startsWith("/images/"),
    );
    expect(main.searchParams.get("rect")).toBe("0,0,1600,675");
    const { meta } = await image(main);
    expect([meta.width, meta.height]).toEqual([800, 338]);
  });

  it("honours rect, w, h and fit=crop as the URL builder writes them", async () => {
    const [main] = (await imageSources(`/en/news/${article!.slug.current}`)).filter((u) =>
      u.pathname.startsWith("/images/"),
    );
    const file = main.pathname;
    // The river illustration's sun: a yellow disc at (1300, 170) on a pale blue ground.
    const sun = await image(`${baseUrl}${file}?rect=1260,130,80,80&w=320&h=320&fit=crop&fm=png`);
    expect(sun.response.headers.get("content-type")).toBe("image/png");
    expect([sun.meta.width, sun.meta.height]).toEqual([80, 80]);
    const ground = await image(`${baseUrl}${file}?rect=0,0,80,80&w=320&h=320&fit=crop&fm=png`);
    const mean = async (body: Buffer) => (await sharp(body).stats()).channels.map((c) => Math.round(c.mean));
    const [sr, , sb] = await mean(sun.body);
    const [gr, , gb] = await mean(ground.body);
    expect(sr).toBeGreaterThan(sb + 80);
    expect(gb).toBeGreaterThan(gr);
    const wide = await image(`${baseUrl}${file}?rect=0,0,1600,450&w=800&h=200&fit=crop&fm=png`);
    expect([wide.meta.width, wide.meta.height]).toEqual([800, 200]);
  });
});
