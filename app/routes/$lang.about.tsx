/** The about page: a `page` document with pageKey "about", in the reader's language or the fallback. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { FixedPage } from "~/components/FixedPage";
import { requireLang } from "~/i18n/locale.server";
import { loadFixedPage } from "~/pages/fixed-page.server";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLang({ params, request });
  const { lang } = locale;
  const { page, languages, stale } = await loadFixedPage(locale, "about");
  return { lang, page, languages, stale };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.page.value.title, data?.page.value.seoDescription ?? data?.page.value.summary);

export default function AboutPage() {
  const { lang, page, stale } = useLoaderData<typeof loader>();
  return <FixedPage lang={lang} page={page} stale={stale} />;
}
