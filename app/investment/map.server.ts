/**
 * The locality map: district polygons of the former Hậu Giang province (geoBoundaries),
 * neighbouring provinces as context (Who's On First / Quattroshapes) and the
 * opportunities and industrial parks as points, projected with d3-geo into plain SVG
 * path strings on the server. The boundary file in app/geo/ is kept exactly as
 * published (see app/geo/ATTRIBUTION.md) and read once, at first use; the district
 * seats come from ./district-seats, the table the GeoJSON download uses too.
 *
 * It lives with the investment feature because its one page is /{lang}/invest/map (the
 * economy dashboard only links to it).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { geoArea, geoContains, geoMercator, geoPath, type GeoPermissibleObjects } from "d3-geo";
import type { District } from "~/content/vocabulary";
import type { Lang } from "~/i18n/languages";
import { PLACE_KEYS, placeName, placeNameWithSource, type PlaceKey } from "~/i18n/place-names";
import { DISTRICT_SEATS } from "./district-seats";

/** Read relative to the working directory, like the embedded dataset (CONTENT_DATASET). */
const GEO_DIR = resolve(process.cwd(), "app/geo");

export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 300;
const PADDING = 14;
/** Label font sizes in map units (app/styles/economy.css `.locality-map` text). */
const DISTRICT_FONT = 12;
const NEIGHBOUR_FONT = 11;

/**
 * geoBoundaries shape ids of the districts' polygons, in the order of the boundary file
 * (the map draws and lists them in this order).
 */
export const DISTRICT_SHAPES = {
  viThanh: "81297802B29627750987730",
  ngaBay: "81297802B83257848753409",
  chauThanh: "81297802B83209776142835",
  chauThanhA: "81297802B94036559538482",
  phungHiep: "81297802B32262425524101",
  viThuy: "81297802B65836895267297",
  longMy: "81297802B29776873812270",
} as const satisfies Record<District, string>;
export const DISTRICT_KEYS = Object.keys(DISTRICT_SHAPES) as District[];

interface GeoProps {
  name_vi: string;
  name_en: string;
  type: string;
  level?: string;
  context_only?: boolean;
  geoboundaries_shapeID?: string;
}
type Geometry =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] }
  | { type: "Point"; coordinates: number[] };
interface Feature {
  type: "Feature";
  properties: GeoProps;
  geometry: Geometry;
}
interface FeatureCollection {
  type: "FeatureCollection";
  features: Feature[];
}

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo, working on the sphere,
 * reads such a ring as "everything except this polygon". A part whose spherical area is
 * over a hemisphere is therefore turned round, in memory only.
 */
function forD3(feature: Feature): Feature {
  const g = feature.geometry;
  const fix = (rings: number[][][]) => {
    const part = { type: "Polygon", coordinates: rings } as GeoPermissibleObjects;
    return geoArea(part) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  if (g.type === "Polygon") return { ...feature, geometry: { type: "Polygon", coordinates: fix(g.coordinates) } };
  if (g.type === "MultiPolygon")
    return { ...feature, geometry: { type: "MultiPolygon", coordinates: g.coordinates.map(fix) } };
  return feature;
}

function readCollection(file: string): FeatureCollection {
  return JSON.parse(readFileSync(resolve(GEO_DIR, file), "utf8")) as FeatureCollection;
}

/**
 * A neighbour's name in the reader's language from the glossary (app/i18n/place-names.ts),
 * found by the file's `name_vi`; a place the glossary lacks keeps `name_vi`, the file's
 * name with diacritics (its `name_en` drops them: "Vi Thanh").
 */
function neighbourName(props: Pick<GeoProps, "name_vi">, lang: Lang): { name: string; lang?: Lang } {
  const key = PLACE_KEYS.find((k: PlaceKey) => placeName(k, "vi") === props.name_vi);
  return key ? { name: placeName(key, lang) } : { name: props.name_vi, lang: "vi" };
}

interface BaseMap {
  outline: string;
  districts: {
    key: District;
    feature: Feature;
    props: GeoProps;
    d: string;
    labelX: number;
    labelY: number;
    anchorX: number;
    anchorY: number;
    seat: boolean;
  }[];
  neighbours: { props: GeoProps; d: string; labelX: number; labelY: number }[];
  project: (lng: number, lat: number) => [number, number] | null;
}

let baseMap: BaseMap | undefined;

const round = (n: number) => Math.round(n * 10) / 10;

/** Geometry that does not depend on the reader's language, built once per process. */
export function getBaseMap(): BaseMap {
  if (baseMap) return baseMap;
  const districtsFile = readCollection("hau-giang-districts.geojson");
  const features = districtsFile.features.map(forD3);
  const province = features.find((f) => f.properties.type === "province");
  if (!province) throw new Error("app/geo/hau-giang-districts.geojson has no province outline");

  const projection = geoMercator()
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
      ],
      province as GeoPermissibleObjects,
    )
    // Neighbours reach far beyond the frame; clipping keeps their paths small.
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);
  const draw = (f: Feature) => path(f as GeoPermissibleObjects) ?? "";
  const project = (lng: number, lat: number) => {
    const p = projection([lng, lat]);
    return p ? ([round(p[0]), round(p[1])] as [number, number]) : null;
  };

  const districts = DISTRICT_KEYS.map((key) => {
    const f = features.find((x) => x.properties.geoboundaries_shapeID === DISTRICT_SHAPES[key]);
    if (!f) throw new Error(`app/geo/hau-giang-districts.geojson lacks district ${key}`);
    const [cx, cy] = path.centroid(f as GeoPermissibleObjects);
    // A document with a district but no coordinates is drawn at the district's seat,
    // else just below the label at the centroid; the page marks it approximate.
    const seat = DISTRICT_SEATS[key];
    const seatXY = seat ? project(...seat.coordinates) : null;
    return {
      key,
      feature: f,
      props: f.properties,
      d: draw(f),
      labelX: round(cx),
      labelY: round(cy),
      anchorX: seatXY ? seatXY[0] : round(cx),
      anchorY: seatXY ? seatXY[1] : round(cy + 16),
      seat: !!seatXY,
    };
  });

  const neighbours = features
    .filter((f) => f.properties.context_only)
    .map((f) => {
      const [lx, ly] = path.centroid(f as GeoPermissibleObjects);
      return { props: f.properties, d: draw(f), labelX: round(lx), labelY: round(ly) };
    })
    .filter((n) => n.d !== "");

  baseMap = { outline: draw(province), districts, neighbours, project };
  return baseMap;
}

export interface MapItem {
  id: string;
  kind: "opportunity" | "park";
  title: string;
  /** Language of the title (differs from the page when a translation is missing). */
  titleLang: Lang;
  href: string;
  location: District | null;
  point: { lat: number; lng: number } | null;
}

export interface MapPoint extends MapItem {
  x: number;
  y: number;
  approximate: boolean;
}

export interface LocalityMap {
  width: number;
  height: number;
  outline: string;
  districts: { key: District; name: string; fullName: string; d: string; labelX: number; labelY: number }[];
  /** `lang` only where the name is not in the reader's language (a place the glossary lacks). */
  neighbours: { name: string; lang?: Lang; d: string; labelX: number; labelY: number }[];
  points: MapPoint[];
  /** Items that have neither coordinates nor a district: listed, not drawn. */
  unplaced: MapItem[];
}

/**
 * Estimated width of a label in map units: CJK and Hangul glyphs are about 1 em wide,
 * Latin ones about 0.62 em (bold, with Vietnamese marks). Used to keep labels inside the
 * frame and clear of the points; an estimate is enough because of the margins.
 */
export function labelWidth(name: string, fontSize: number): number {
  let em = 0;
  for (const ch of name) em += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(ch) ? 1 : 0.62;
  return em * fontSize;
}

/**
 * Moves a label centred at (x, y) so that all of it lies inside the map: a neighbour's
 * centroid sits near the frame's edge, where a centred "Vĩnh Long" or "Bạc Liêu" was cut off.
 */
export function keepInside(x: number, y: number, name: string, fontSize: number): { x: number; y: number } {
  const half = labelWidth(name, fontSize) / 2 + 3;
  const clampedX = Math.min(Math.max(x, half), MAP_WIDTH - half);
  const clampedY = Math.min(Math.max(y, fontSize + 2), MAP_HEIGHT - 4);
  return { x: round(clampedX), y: round(clampedY) };
}

/** A district label at its centroid, moved below any point that would cover it. */
function labelY(d: { labelX: number; labelY: number }, name: string, points: readonly MapPoint[]): number {
  const halfWidth = labelWidth(name, DISTRICT_FONT) / 2 + 8;
  const covering = points.filter((p) => Math.abs(p.x - d.labelX) < halfWidth && Math.abs(p.y - d.labelY) < 14);
  return covering.length ? Math.max(...covering.map((p) => p.y)) + 18 : d.labelY;
}

/** Points spread on a small ring when several share one approximate anchor, so each stays clickable. */
const SPREAD = 11;

export function buildLocalityMap(items: readonly MapItem[], lang: Lang): LocalityMap {
  const base = getBaseMap();
  const points: MapPoint[] = [];
  const unplaced: MapItem[] = [];
  const byAnchor = new Map<District, MapItem[]>();

  for (const item of items) {
    const exact = item.point ? base.project(item.point.lng, item.point.lat) : null;
    if (exact && exact[0] >= 0 && exact[0] <= MAP_WIDTH && exact[1] >= 0 && exact[1] <= MAP_HEIGHT) {
      // A point without a district is listed under the district that contains it.
      const location =
        item.location ??
        base.districts.find((d) => geoContains(d.feature as GeoPermissibleObjects, [item.point!.lng, item.point!.lat]))
          ?.key ??
        null;
      points.push({ ...item, location, x: exact[0], y: exact[1], approximate: false });
    } else if (item.location) {
      byAnchor.set(item.location, [...(byAnchor.get(item.location) ?? []), item]);
    } else {
      unplaced.push(item);
    }
  }
  for (const [key, group] of byAnchor) {
    const d = base.districts.find((x) => x.key === key)!;
    group.forEach((item, i) => {
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      const r = group.length > 1 ? SPREAD : 0;
      points.push({
        ...item,
        x: round(d.anchorX + r * Math.cos(angle)),
        y: round(d.anchorY + r * Math.sin(angle)),
        approximate: true,
      });
    });
  }

  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    outline: base.outline,
    districts: base.districts.map((d) => {
      // Map labels are short (the name alone); the list and the points' names add the
      // Vietnamese where the language needs it (ja, ko, zh-Hans).
      const name = placeName(d.key, lang);
      const at = keepInside(d.labelX, labelY(d, name, points), name, DISTRICT_FONT);
      return {
        key: d.key,
        name,
        fullName: placeNameWithSource(d.key, lang),
        d: d.d,
        labelX: at.x,
        labelY: at.y,
      };
    }),
    neighbours: base.neighbours.map((n) => {
      const { name, lang: nameLang } = neighbourName(n.props, lang);
      const at = keepInside(n.labelX, n.labelY, name, NEIGHBOUR_FONT);
      return { name, ...(nameLang && nameLang !== lang ? { lang: nameLang } : {}), d: n.d, labelX: at.x, labelY: at.y };
    }),
    points,
    unplaced,
  };
}
