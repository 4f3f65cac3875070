/**
 * The loader of both feed routes (`/{lang}/news/feed.rss`, `/{lang}/news/feed.atom`,
 * each with `?section=news|press`). An unknown section is a localized plain-text 400
 * (a feed reader shows the text; nothing from the query string is echoed back).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadQuery } from "~/content/load.server";
import { FEED_QUERY } from "~/content/queries";
import { getFixedT } from "~/i18n/i18next.server";
import { publicOrigin, requireLang } from "~/i18n/locale.server";
import { CACHE } from "~/utils/cache";
import { buildFeed, FEED_LIMIT } from "./feeds.server";
import { FEED_FORMATS, kindOf, parseSection, type FeedFormat } from "./sections";

export function feedLoader(format: FeedFormat) {
  return async function loader({ params, request }: LoaderFunctionArgs) {
    const { lang } = requireLang({ params, request });
    const t = getFixedT(lang, "press");
    const choice = parseSection(new URL(request.url).searchParams.get("section"));
    if (!choice.ok) {
      return new Response(`${t("feed.invalidSection")}\n`, {
        status: 400,
        statusText: "Bad Request",
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE.none },
      });
    }
    const { section } = choice;
    const articles = await loadQuery(FEED_QUERY, { lang, kind: kindOf(section), limit: FEED_LIMIT });
    const common = getFixedT(lang);
    const site = common("meta.siteName");
    const xml = buildFeed({
      format,
      origin: publicOrigin(request),
      lang,
      section,
      articles,
      text: {
        // Named like the list page it mirrors ("Press releases · site name").
        title: t("feed.title", { site, section: section ? t(`section.${section}.title`) : common("news.title") }),
        description: t(section ? `feed.description.${section}` : "feed.description.all"),
        copyright: t("feed.copyright", { site }),
        kindLabel: (kind) => common(`news.kind.${kind}`),
      },
    });
    return new Response(xml, {
      headers: { "Content-Type": `${FEED_FORMATS[format].type}; charset=utf-8`, "Cache-Control": CACHE.list },
    });
  };
}
