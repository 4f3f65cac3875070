/**
 * The locality map as plain SVG from geometry projected on the server
 * (app/investment/map.server.ts). Districts and neighbours are drawing only (hidden from
 * assistive technology: the list beside the map says the same); each park or opportunity
 * is a link with its own accessible name, reachable by keyboard. Place names come from the
 * glossary in the page's language (app/i18n/place-names.ts), so labels carry no `lang`
 * unless a name is not in it.
 */
import type { Lang } from "~/i18n/languages";

/** The projected drawing (what the map module on the server builds, minus its points). */
export interface MapGeometry {
  width: number;
  height: number;
  outline: string;
  districts: readonly { key: string; name: string; d: string; labelX: number; labelY: number }[];
  neighbours: readonly { name: string; lang?: Lang; d: string; labelX: number; labelY: number }[];
}

export interface MapPointLink {
  id: string;
  kind: "opportunity" | "park";
  href: string;
  x: number;
  y: number;
  approximate: boolean;
  /** Full accessible name: title, kind, district, approximate or not (also the tooltip). */
  name: string;
  /**
   * The same name in parts, so the title can carry its own language when it is a fallback
   * (a Vietnamese title on a Japanese page): `before` + title + `after` equals `name`.
   */
  label: { before: string; title: string; titleLang?: Lang; after: string };
}

export function LocalityMap({
  map,
  points,
  title,
  titleId,
}: {
  map: MapGeometry;
  points: MapPointLink[];
  title: string;
  titleId: string;
}) {
  const labelId = (i: number) => `${titleId}-point-${i}`;
  return (
    <>
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
          <g className="locality-map__neighbour-labels">
            {map.neighbours.map((n) => (
              <text key={n.name} x={n.labelX} y={n.labelY} textAnchor="middle" lang={n.lang}>
                {n.name}
              </text>
            ))}
          </g>
          <g className="locality-map__labels">
            {map.districts.map((d) => (
              <text key={d.key} x={d.labelX} y={d.labelY} textAnchor="middle" dy="0.32em">
                {d.name}
              </text>
            ))}
          </g>
        </g>
        <g className="locality-map__points">
          {points.map((p, i) => (
            <a
              key={`${p.kind}-${p.id}`}
              href={p.href}
              aria-labelledby={labelId(i)}
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
      {/* The points' names, referenced by aria-labelledby: an aria-label is one string in one
        language, while a title shown in another language needs its own `lang`. */}
      <div hidden>
        {points.map((p, i) => (
          <span key={`${p.kind}-${p.id}`} id={labelId(i)}>
            {p.label.before}
            <span lang={p.label.titleLang}>{p.label.title}</span>
            {p.label.after}
          </span>
        ))}
      </div>
    </>
  );
}
