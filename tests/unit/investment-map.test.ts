/**
 * The locality map: the seven district polygons of the former province are projected
 * into the frame (the GeoJSON's RFC 7946 winding must not turn them inside out), and
 * each park or opportunity gets an exact, approximate or no position as its data allow.
 */
import { describe, expect, it } from "vitest";
import { buildLocalityMap, DISTRICT_KEYS, MAP_HEIGHT, MAP_WIDTH, type MapItem } from "../../app/investment/map.server";

function item(id: string, extra: Partial<MapItem>): MapItem {
  return { id, kind: "opportunity", title: id, titleLang: "vi", href: `/vi/invest/opportunities/${id}`, location: null, point: null, ...extra };
}

/** Every coordinate pair of an SVG path string made by d3-geo (M/L/Z commands). */
function coordinates(d: string): [number, number][] {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe("buildLocalityMap", () => {
  it("draws the seven districts inside the frame, named in the reader's language", () => {
    const map = buildLocalityMap([], "vi");
    expect(map.districts.map((d) => d.key)).toEqual(DISTRICT_KEYS);
    expect(map.districts).toHaveLength(7);
    for (const d of map.districts) {
      const xy = coordinates(d.d);
      expect(xy.length, d.key).toBeGreaterThan(10);
      // Inside-out polygons would span the whole frame (the clip rectangle).
      const xs = xy.map(([x]) => x);
      const ys = xy.map(([, y]) => y);
      expect(Math.max(...xs) - Math.min(...xs), d.key).toBeLessThan(MAP_WIDTH * 0.8);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_HEIGHT);
    }
    expect(map.districts.find((d) => d.key === "viThanh")!.name).toBe("Vị Thanh");
    expect(buildLocalityMap([], "en").districts.find((d) => d.key === "viThanh")!.name).toBe("Vi Thanh");
    // Languages the data has no names for use the Vietnamese ones.
    expect(buildLocalityMap([], "ja").districts.find((d) => d.key === "phungHiep")!.name).toBe("Phụng Hiệp");
    expect(map.neighbours.length).toBeGreaterThan(0);
  });

  it("places exact points exactly, district-only items approximately, and lists the rest", () => {
    const map = buildLocalityMap(
      [
        item("exact", { point: { lat: 9.716667, lng: 105.683333 } }),
        item("a", { location: "chauThanh" }),
        item("b", { location: "chauThanh", kind: "park" }),
        item("nowhere", {}),
      ],
      "vi",
    );
    const byId = new Map(map.points.map((p) => [p.id, p]));
    expect(byId.get("exact")!.approximate).toBe(false);
    // A point without a district is filed under the polygon that contains it.
    expect(byId.get("exact")!.location).toBe("phungHiep");
    expect(byId.get("a")!.approximate).toBe(true);
    expect(byId.get("b")!.approximate).toBe(true);
    // Two items in one district are not drawn on top of each other.
    expect([byId.get("a")!.x, byId.get("a")!.y]).not.toEqual([byId.get("b")!.x, byId.get("b")!.y]);
    expect(map.unplaced.map((i) => i.id)).toEqual(["nowhere"]);
    for (const p of map.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(MAP_WIDTH);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(MAP_HEIGHT);
    }
  });
});
