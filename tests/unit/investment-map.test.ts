/**
 * The locality map: the seven district polygons of the former province are projected
 * into the frame (the GeoJSON's RFC 7946 winding must not turn them inside out), and
 * each park or opportunity gets an exact, approximate or no position as its data allow.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { geoContains, type GeoPermissibleObjects } from "d3-geo";
import { describe, expect, it } from "vitest";
import { DISTRICTS, valuesOf } from "../../app/content/vocabulary";
import { LANGUAGE_IDS } from "../../app/i18n/languages";
import { DISTRICT_SEATS } from "../../app/investment/district-seats";
import {
  buildLocalityMap,
  labelWidth,
  DISTRICT_KEYS,
  DISTRICT_SHAPES,
  MAP_HEIGHT,
  MAP_WIDTH,
  type MapItem,
} from "../../app/investment/map.server";

function item(id: string, extra: Partial<MapItem>): MapItem {
  return {
    id,
    kind: "opportunity",
    title: id,
    titleLang: "vi",
    href: `/vi/invest/opportunities/${id}`,
    location: null,
    point: null,
    ...extra,
  };
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
    // Names from the glossary (app/i18n/place-names.ts), never the data's `name_en` without diacritics.
    expect(buildLocalityMap([], "en").districts.find((d) => d.key === "viThanh")!.name).toBe("Vị Thanh");
    expect(buildLocalityMap([], "fr").neighbours.map((n) => n.name)).toContain("Vĩnh Long");
    const ja = buildLocalityMap([], "ja");
    expect(ja.districts.find((d) => d.key === "phungHiep")!.name).toBe("フンヒエップ");
    // The list names a district with its Vietnamese in parentheses where the language needs it.
    expect(ja.districts.find((d) => d.key === "phungHiep")!.fullName).toBe("フンヒエップ（Phụng Hiệp）");
    expect(ja.neighbours.map((n) => n.name)).toEqual(expect.arrayContaining(["カントー", "ヴィンロン"]));
    expect(ja.neighbours.every((n) => n.lang === undefined)).toBe(true);
    expect(map.neighbours.length).toBeGreaterThan(0);
  });

  it.each(LANGUAGE_IDS)("keeps every label inside the frame (%s)", (lang) => {
    // "Vĩnh Long" and "Bạc Liêu" were centred on neighbours' centroids near the edge and cut off.
    const map = buildLocalityMap([], lang);
    const labels = [
      ...map.districts.map((d) => ({ name: d.name, x: d.labelX, y: d.labelY, size: 12 })),
      ...map.neighbours.map((n) => ({ name: n.name, x: n.labelX, y: n.labelY, size: 11 })),
    ];
    for (const l of labels) {
      const half = labelWidth(l.name, l.size) / 2;
      expect(l.x - half, `${l.name} left edge`).toBeGreaterThanOrEqual(0);
      expect(l.x + half, `${l.name} right edge`).toBeLessThanOrEqual(MAP_WIDTH);
      expect(l.y - l.size, `${l.name} top`).toBeGreaterThanOrEqual(0);
      expect(l.y, `${l.name} baseline`).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it("estimates CJK labels wider than Latin ones of as many characters", () => {
    expect(labelWidth("ヴィンロン", 10)).toBe(50);
    expect(labelWidth("Vĩnh Long", 10)).toBeCloseTo(9 * 6.2);
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

describe("district seats (app/investment/district-seats.ts)", () => {
  type Feature = { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };
  const read = (file: string) =>
    (
      JSON.parse(readFileSync(fileURLToPath(new URL(`../../app/geo/${file}`, import.meta.url)), "utf8")) as {
        features: Feature[];
      }
    ).features;
  const places = read("hau-giang-places.geojson");
  const districts = read("hau-giang-districts.geojson");

  it("are the points of the places file, by name and GeoNames id", () => {
    for (const [key, seat] of Object.entries(DISTRICT_SEATS)) {
      const place = places.find((p) => p.properties.name_vi === seat!.name);
      expect(place, key).toBeDefined();
      expect(place!.geometry, key).toEqual({ type: "Point", coordinates: [...seat!.coordinates] });
      expect(String(place!.properties.source), key).toContain(`GeoNames ${seat!.geonamesId} `);
    }
  });

  it("each lie inside their own district's polygon, and only there", () => {
    // The map's raw polygons are RFC 7946 rings, which d3-geo reads inside out; test
    // against every district instead and expect exactly one to claim the seat.
    for (const [key, seat] of Object.entries(DISTRICT_SEATS)) {
      const containing = valuesOf(DISTRICTS).filter((d) => {
        const feature = districts.find((f) => f.properties.geoboundaries_shapeID === DISTRICT_SHAPES[d])!;
        const reversed = {
          ...feature,
          geometry: {
            ...feature.geometry,
            coordinates:
              feature.geometry.type === "Polygon"
                ? (feature.geometry.coordinates as number[][][]).map((ring) => [...ring].reverse())
                : (feature.geometry.coordinates as number[][][][]).map((part) =>
                    part.map((ring) => [...ring].reverse()),
                  ),
          },
        };
        return geoContains(reversed as GeoPermissibleObjects, [...seat!.coordinates]);
      });
      expect(containing, key).toEqual([key]);
    }
  });

  it("cover every district but Phụng Hiệp, whose seat the places file lacks", () => {
    expect(valuesOf(DISTRICTS).filter((d) => !DISTRICT_SEATS[d])).toEqual(["phungHiep"]);
    expect([...DISTRICT_KEYS].sort()).toEqual([...valuesOf(DISTRICTS)].sort());
  });
});
