/**
 * The investment map: the districts of the former Hậu Giang province with industrial
 * parks and opportunities as linked points, and the same content as a list grouped by
 * district beside it. Server-rendered SVG (d3-geo on the server), so it works with
 * JavaScript off. The boundary data's licences require the attribution shown below it.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { LocalityMap, type MapPointLink } from "~/components/LocalityMap";
import { loadQuery } from "~/content/load.server";
import { MAP_POINTS_QUERY } from "~/content/queries";
import type { MAP_POINTS_QUERY_RESULT } from "~/content/sanity.types";
import { localizeList } from "~/content/translations";
import { DISTRICTS, isValueOf } from "~/content/vocabulary";
import { getFixedT } from "~/i18n/i18next.server";
import { SOURCE_LANG, type Lang } from "~/i18n/languages";
import { href, Link } from "~/i18n/link";
import { requireLang, type RequestLanguage } from "~/i18n/locale.server";
import { everyLanguage } from "~/i18n/page-languages.server";
import { buildLocalityMap, type MapItem } from "~/investment/map.server";
import styles from "~/styles/economy.css";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";
import type { I18nHandle } from "~/i18n/config";

/** UI strings beyond `common` that this page uses (the browser loads only these). */
export const handle: I18nHandle = { i18n: ["economy"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Stands for the title while the sentence around it is formatted (a character no title contains). */
const TITLE_SLOT = "\u0000";

type MapPoint = MAP_POINTS_QUERY_RESULT["opportunities"][number] | MAP_POINTS_QUERY_RESULT["parks"][number];

function toItems(raw: readonly MapPoint[], kind: MapItem["kind"], { lang, chain }: RequestLanguage): MapItem[] {
  const section = kind === "park" ? "industrial-parks" : "opportunities";
  return localizeList(raw, chain).map(({ source, shown }) => {
    // Position comes from the source-language document: translations copy it, and the
    // point must not move with the reader's language.
    const point = source.point;
    return {
      id: source._id,
      kind,
      title: shown.value.title,
      titleLang: shown.lang,
      href: href(lang, `/invest/${section}/${encodeURIComponent(shown.value.slug)}`),
      location: isValueOf(DISTRICTS, source.location) ? source.location : null,
      point:
        point && typeof point.lat === "number" && typeof point.lng === "number"
          ? { lat: point.lat, lng: point.lng }
          : null,
    };
  });
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLang({ params, request });
  const { lang } = locale;
  const data = await loadQuery(MAP_POINTS_QUERY, { source: SOURCE_LANG });
  const items = [...toItems(data.parks, "park", locale), ...toItems(data.opportunities, "opportunity", locale)];
  const map = buildLocalityMap(items, lang);
  const t = getFixedT(lang, "economy");
  const districtName = new Map(map.districts.map((d) => [d.key, d.fullName]));
  const points: MapPointLink[] = map.points.map((p) => {
    const key = p.approximate ? "map.pointApproximate" : "map.point";
    const args = {
      kind: t(p.kind === "park" ? "map.kindPark" : "map.kindOpportunity"),
      district: p.location ? (districtName.get(p.location) ?? "") : "",
    };
    // The sentence around the title, in the page's language; the title may be a fallback.
    const [before = "", after = ""] = t(key, { ...args, title: TITLE_SLOT }).split(TITLE_SLOT);
    return {
      id: p.id,
      kind: p.kind,
      href: p.href,
      x: p.x,
      y: p.y,
      approximate: p.approximate,
      name: t(key, { ...args, title: p.title }),
      label: { before, title: p.title, titleLang: p.titleLang !== lang ? p.titleLang : undefined, after },
    };
  });
  const { points: _drawn, unplaced, ...geometry } = map;
  return {
    lang,
    title: t("map.title"),
    description: t("map.lead"),
    map: geometry,
    points,
    // The list beside the map: every district in map order, each with its items.
    byDistrict: map.districts.map((d) => ({
      key: d.key,
      name: d.fullName,
      items: map.points
        .filter((p) => p.location === d.key)
        .map(({ id, kind, title, titleLang, href, approximate }) => ({
          id,
          kind,
          title,
          titleLang,
          href,
          approximate,
        })),
    })),
    // Exact points outside every district polygon would be lost from the list otherwise.
    elsewhere: map.points
      .filter((p) => !p.location)
      .map(({ id, kind, title, titleLang, href, approximate }) => ({ id, kind, title, titleLang, href, approximate })),
    unplaced: unplaced.map(({ id, kind, title, titleLang, href }) => ({
      id,
      kind,
      title,
      titleLang,
      href,
      approximate: false,
    })),
    languages: everyLanguage(lang, "invest/map"),
  };
}

export const headers = cacheHeaders("list");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.title, data?.description);

interface ListItem {
  id: string;
  kind: "opportunity" | "park";
  title: string;
  titleLang: Lang;
  href: string;
  approximate: boolean;
}

function ItemList({ items, lang }: { items: ListItem[]; lang: Lang }) {
  const { t } = useTranslation("economy");
  return (
    <ul className="map-list__items">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className={`map-list__item map-list__item--${item.kind}`}>
          {/* `href` carries its language already: the map's SVG points link with it too. */}
          <RemixLink to={item.href} lang={item.titleLang !== lang ? item.titleLang : undefined}>
            {item.title}
          </RemixLink>{" "}
          <span className="map-list__kind">
            ({t(item.kind === "park" ? "map.kindPark" : "map.kindOpportunity")}
            {item.approximate ? `, ${t("map.approximate")}` : ""})
          </span>
        </li>
      ))}
    </ul>
  );
}

export default function InvestMap() {
  const { lang, map, points, byDistrict, elsewhere, unplaced } = useLoaderData<typeof loader>();
  const { t } = useTranslation("economy");
  return (
    <>
      <header className="page-header">
        <div className="container">
          <h1>{t("map.title")}</h1>
          <p className="lead">{t("map.lead")}</p>
          <p className="notice economy-merger">{t("merger.note")}</p>
        </div>
      </header>
      <div className="container">
        <div className="map-layout">
          <figure className="map-figure">
            <LocalityMap map={map} points={points} title={t("map.svgTitle")} titleId="map-title" />
            <figcaption>
              <p>{t("map.units")}</p>
              <ul className="map-legend" aria-label={t("map.legendTitle")}>
                <li>
                  <span className="map-legend__swatch map-legend__swatch--park" aria-hidden="true" />{" "}
                  {t("map.legendPark")}
                </li>
                <li>
                  <span className="map-legend__swatch map-legend__swatch--opportunity" aria-hidden="true" />{" "}
                  {t("map.legendOpportunity")}
                </li>
                <li>
                  <span className="map-legend__swatch map-legend__swatch--approximate" aria-hidden="true" />{" "}
                  {t("map.legendApproximate")}
                </li>
                <li>
                  <span className="map-legend__swatch map-legend__swatch--neighbour" aria-hidden="true" />{" "}
                  {t("map.legendNeighbour")}
                </li>
              </ul>
            </figcaption>
          </figure>
          <section className="map-list" aria-labelledby="map-list-title">
            <h2 id="map-list-title">{t("map.listTitle")}</h2>
            {byDistrict.map((d) => (
              <section key={d.key} aria-labelledby={`district-${d.key}`} className="map-list__district">
                <h3 id={`district-${d.key}`}>{d.name}</h3>
                {d.items.length ? (
                  <ItemList items={d.items} lang={lang} />
                ) : (
                  <p className="map-list__empty">{t("map.districtEmpty")}</p>
                )}
              </section>
            ))}
            {elsewhere.length ? <ItemList items={elsewhere} lang={lang} /> : null}
            {unplaced.length ? (
              <section aria-labelledby="district-unplaced" className="map-list__district">
                <h3 id="district-unplaced">{t("map.unplacedTitle")}</h3>
                <p className="map-list__empty">{t("map.unplacedNote")}</p>
                <ItemList items={unplaced} lang={lang} />
              </section>
            ) : null}
          </section>
        </div>
        <section className="map-attribution" aria-labelledby="map-attribution-title" data-attribution="">
          <h2 id="map-attribution-title">{t("map.attributionTitle")}</h2>
          <ul>
            <li>
              {t("map.attributionBoundaries")} (
              <a href="https://creativecommons.org/licenses/by/3.0/igo/" rel="license noopener noreferrer">
                CC BY 3.0 IGO
              </a>
              ,{" "}
              <a href="https://www.geoboundaries.org" rel="noopener noreferrer">
                geoBoundaries
              </a>
              )
            </li>
            <li>
              {t("map.attributionNeighbours")} (
              <a href="https://whosonfirst.org/docs/licenses/" rel="license noopener noreferrer">
                {t("map.licenceLink")}
              </a>
              ,{" "}
              <a href="https://creativecommons.org/licenses/by/2.0/" rel="license noopener noreferrer">
                CC BY 2.0
              </a>
              )
            </li>
            <li>
              {t("map.attributionPlaces")} (
              <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">
                CC BY 4.0
              </a>
              )
            </li>
          </ul>
          <p>
            <Link to="/economy">{t("map.economyLink")}</Link>
          </p>
        </section>
      </div>
    </>
  );
}
