// Image URLs as loaders resolve them: the editor's crop and hotspot decide what a card shows.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  ALLOWED_QUALITIES,
  ALLOWED_WIDTHS,
  cropWindow,
  renderImageVariant,
  variantQuality,
} from "~/content/image-files.server";
import { bodyView, CARD_ASPECT_RATIO, IMAGE_WIDTHS, imageView, type ImageConfig } from "~/content/images";

const config: ImageConfig = { projectId: "local", dataset: "production", baseUrl: "" };
const ref = "image-d4980592dc83128f2683f2f4ba304d794d7ba043-1600x900-png";
const file = "d4980592dc83128f2683f2f4ba304d794d7ba043-1600x900.png";

/** The lower quarter cropped away: 1600×675, wider than a card, so a card cuts from the sides. */
const crop = { top: 0, bottom: 0.25, left: 0, right: 0 };
const hotspotAt = (x: number) => ({ x, y: 0.5, width: 0.1, height: 0.1 });

function params(url: string): URLSearchParams {
  return new URL(url, "https://site.example").searchParams;
}

describe("image views", () => {
  it("cuts a card around the hotspot: moving the hotspot moves the emitted rect", () => {
    const left = imageView({ asset: { _ref: ref }, crop, hotspot: hotspotAt(0.05) }, config, CARD_ASPECT_RATIO)!;
    const centre = imageView({ asset: { _ref: ref }, crop }, config, CARD_ASPECT_RATIO)!;
    const right = imageView({ asset: { _ref: ref }, crop, hotspot: hotspotAt(0.95) }, config, CARD_ASPECT_RATIO)!;
    // 675 px high at 16:9 is 1200 px wide: the window slides from the left edge to the right edge.
    expect(params(left.src).get("rect")).toBe("0,0,1200,675");
    expect(params(centre.src).get("rect")).toBe("200,0,1200,675");
    expect(params(right.src).get("rect")).toBe("400,0,1200,675");
    expect(params(right.src).get("fit")).toBe("crop");
    expect([params(right.src).get("w"), params(right.src).get("h")]).toEqual(["800", "450"]);
    expect([right.width, right.height]).toEqual([800, 450]);
  });

  it("shows a figure's crop whole, at the crop's own aspect ratio", () => {
    const figure = imageView(
      { asset: { _ref: ref }, crop, hotspot: hotspotAt(0.95), alt: "Rivers", caption: null },
      config,
      "natural",
    )!;
    expect(params(figure.src).get("rect")).toBe("0,0,1600,675");
    expect([figure.width, figure.height]).toEqual([800, 338]);
    expect(figure.alt).toBe("Rivers");
  });

  it("leaves an uncropped image whole (no rect) and lists every srcset width", () => {
    const view = imageView({ asset: { _ref: ref }, crop: null, hotspot: null }, config, CARD_ASPECT_RATIO)!;
    expect(view.src).toBe(`/images/local/production/${file}?w=800&h=450&fit=crop&auto=format`);
    expect(view.srcSet.split(", ").map((s) => s.split(" ")[1])).toEqual(["480w", "800w", "1200w", "1600w"]);
  });

  it("has no view for an image without an asset", () => {
    expect(imageView({ alt: "x", asset: null }, config, "natural")).toBeNull();
    expect(imageView(null, config, "natural")).toBeNull();
  });

  it("resolves the image blocks of a body and leaves text blocks as they are", () => {
    const text = { _type: "block", _key: "a", children: [] };
    const body = bodyView([text, { _type: "image", _key: "b", asset: { _ref: ref }, alt: "Rivers" }], config);
    expect(body?.[0]).toBe(text);
    expect(body?.[1]).toMatchObject({ _type: "image", _key: "b", image: { alt: "Rivers", width: 800, height: 450 } });
    expect(bodyView(null, config)).toBeNull();
  });
});

describe("the embedded image route's crop", () => {
  it("keeps the largest window of the asked ratio, centred on the focal point inside the region", () => {
    const region = { left: 0, top: 0, width: 1600, height: 900 };
    expect(cropWindow(region, 1, { x: 1500, y: 450 })).toEqual({ left: 700, top: 0, width: 900, height: 900 });
    expect(cropWindow(region, 1, { x: 100, y: 450 })).toEqual({ left: 0, top: 0, width: 900, height: 900 });
    expect(cropWindow({ left: 100, top: 0, width: 400, height: 900 }, 2, { x: 0, y: 0 })).toEqual({
      left: 100,
      top: 0,
      width: 400,
      height: 200,
    });
  });

  it("serves fit=crop at the requested size, cut around fp-x/fp-y", async () => {
    // 1600×900: red on the left quarter, blue on the right quarter, white between.
    const dir = await mkdtemp(path.join(tmpdir(), "images-"));
    const name = `${"0".repeat(40)}-1600x900.png`;
    const band = (colour: string, x: number) => `<rect x="${x}" width="400" height="900" fill="${colour}"/>`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#fff"/>${band("#f00", 0)}${band("#00f", 1200)}</svg>`;
    await writeFile(path.join(dir, name), await sharp(Buffer.from(svg)).png().toBuffer());
    const render = (query: string) =>
      renderImageVariant(dir, { file: name, searchParams: new URLSearchParams(query), accept: null });
    const centreOf = async (body: Buffer) => {
      const { data } = await sharp(body)
        .extract({ left: 10, top: 100, width: 20, height: 20 })
        .raw()
        .toBuffer({ resolveWithObject: true });
      return [data[0], data[1], data[2]];
    };

    const right = (await render("w=480&h=480&fit=crop&fp-x=0.95&fp-y=0.5&fm=png"))!;
    const meta = await sharp(right.body).metadata();
    expect([meta.width, meta.height]).toEqual([480, 480]);
    // The square window (900×900) slides to the right edge: its left side is white, its right side blue.
    expect(await centreOf(right.body)).toEqual([255, 255, 255]);
    const left = (await render("w=480&h=480&fit=crop&fp-x=0.05&fp-y=0.5&fm=png"))!;
    expect(await centreOf(left.body)).toEqual([255, 0, 0]);
    // rect first, then the focal window inside it: only the blue quarter is left.
    const rect = (await render("rect=1200,0,400,900&w=320&h=320&fit=crop&fm=png"))!;
    expect(await centreOf(rect.body)).toEqual([0, 0, 255]);
    expect((await sharp(rect.body).metadata()).width).toBe(320);
    await rm(dir, { recursive: true });
  });
});

describe("variant parameters", () => {
  it("snaps q to the nearest allowed quality", () => {
    expect(variantQuality(undefined)).toBe(75);
    expect(variantQuality(1)).toBe(ALLOWED_QUALITIES[0]);
    expect(variantQuality(70)).toBe(75);
    expect(variantQuality(83)).toBe(90);
    expect(variantQuality(100)).toBe(ALLOWED_QUALITIES.at(-1));
  });

  it("the URL builder asks only for widths the image route serves as they are", () => {
    for (const w of IMAGE_WIDTHS) expect(ALLOWED_WIDTHS).toContain(w);
    const view = imageView({ asset: { _ref: ref }, crop, hotspot: hotspotAt(0.5) }, config, CARD_ASPECT_RATIO)!;
    for (const url of [view.src, ...view.srcSet.split(", ").map((s) => s.split(" ")[0])]) {
      const w = Number(params(url).get("w"));
      expect(ALLOWED_WIDTHS).toContain(w);
      expect(params(url).get("q")).toBeNull();
    }
  });
});
