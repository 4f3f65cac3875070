/** The accessibility statement (WCAG 2.1 AA target, how it is tested, known limitations, a contact): a `page` document with pageKey "accessibility", edited in the Studio. */
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
  const { page, languages, stale } = await loadFixedPage(locale, "accessibility");
  return { lang, page, languages, stale };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.page.value.title, data?.page.value.seoDescription ?? data?.page.value.summary);

export default function AccessibilityPage() {
  const { lang, page, stale } = useLoaderData<typeof loader>();
  return <FixedPage lang={lang} page={page} stale={stale} />;
}
