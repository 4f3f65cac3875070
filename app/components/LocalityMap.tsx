/**
 * The locality map as plain SVG from geometry projected on the server
 * (app/investment/map.server.ts). Districts and neighbours are drawing only (hidden from
 * assistive technology: the list beside the map says the same); each park or opportunity
 * is a link with its own accessible name, reachable by keyboard.
 */
import type { Lang } from "~/i18n/languages";

/** The projected drawing (what the map module on the server builds, minus its points). */
export interface MapGeometry {
  width: number;
  height: number;
  outline: string;
  districts: readonly { key: string; name: string; d: string; labelX: number; labelY: number }[];
  neighbours: readonly { name: string; d: string; labelX: number; labelY: number }[];
}

export interface MapPointLink {
  id: string;
  kind: "opportunity" | "park";
  href: string;
  x: number;
  y: number;
  approximate: boolean;
  /** Full accessible name: title, kind, district, approximate or not. */
  name: string;
}

export function LocalityMap({
  map,
  points,
  title,
  titleId,
  placeNamesLang,
}: {
  map: MapGeometry;
  points: MapPointLink[];
  title: string;
  titleId: string;
  /** Language of the district names (Vietnamese on pages the data has no names for). */
  placeNamesLang: Lang;
}) {
  return (
    <svg className="locality-map" viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      <g aria-hidden="true">
        <rect className="locality-map__water" width={map.width} height={map.height} />
        <g className="locality-map__neighbours">
          {map.neighbours.map((n) => (
            <path key={n.name} d={n.d} />
          ))}
        </g>
        <g className="locality-map__districts">
          {map.districts.map((d) => (
            <path key={d.key} d={d.d} data-district={d.key} />
          ))}
        </g>
        <path className="locality-map__outline" d={map.outline} />
        <g className="locality-map__neighbour-labels" lang={placeNamesLang}>
          {map.neighbours.map((n) => (
            <text key={n.name} x={n.labelX} y={n.labelY} textAnchor="middle">
              {n.name}
            </text>
          ))}
        </g>
        <g className="locality-map__labels" lang={placeNamesLang}>
          {map.districts.map((d) => (
            <text key={d.key} x={d.labelX} y={d.labelY} textAnchor="middle" dy="0.32em">
              {d.name}
            </text>
          ))}
        </g>
      </g>
      <g className="locality-map__points">
        {points.map((p) => (
          <a
            key={`${p.kind}-${p.id}`}
            href={p.href}
            aria-label={p.name}
            className={`map-point map-point--${p.kind}${p.approximate ? " map-point--approximate" : ""}`}
          >
            <title>{p.name}</title>
            {p.kind === "park" ? (
              <rect x={p.x - 6} y={p.y - 6} width={12} height={12} rx={2} />
            ) : (
              <circle cx={p.x} cy={p.y} r={6.5} />
            )}
          </a>
        ))}
      </g>
    </svg>
  );
}
