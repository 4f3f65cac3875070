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
import { DISTRICT_SEATS } from "./district-seats";

/** Read relative to the working directory, like the embedded dataset (CONTENT_DATASET). */
const GEO_DIR = resolve(process.cwd(), "app/geo");

export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 300;
const PADDING = 14;

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

/** A name in the reader's language: the files carry Vietnamese and English only. */
export function placeName(props: Pick<GeoProps, "name_vi" | "name_en">, lang: Lang): string {
  return lang === "en" ? props.name_en : props.name_vi;
}

/** "Long Mỹ (huyện Long Mỹ và thị xã Long Mỹ, gộp)" → "Long Mỹ", for a label on the map. */
function shortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, "");
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
  neighbours: { name: string; d: string; labelX: number; labelY: number }[];
  points: MapPoint[];
  /** Items that have neither coordinates nor a district: listed, not drawn. */
  unplaced: MapItem[];
}

/**
 * A district label at its centroid, moved below any point that would cover it (roughly:
 * 7 units a character at the map's 12 px label size).
 */
function labelY(d: { labelX: number; labelY: number }, name: string, points: readonly MapPoint[]): number {
  const halfWidth = (name.length * 7) / 2 + 8;
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
      const name = shortName(placeName(d.props, lang));
      return {
        key: d.key,
        name,
        fullName: placeName(d.props, lang),
        d: d.d,
        labelX: d.labelX,
        labelY: labelY(d, name, points),
      };
    }),
    neighbours: base.neighbours.map((n) => ({
      name: placeName(n.props, lang),
      d: n.d,
      labelX: n.labelX,
      labelY: n.labelY,
    })),
    points,
    unplaced,
  };
}
