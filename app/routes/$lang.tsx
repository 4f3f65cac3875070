/**
 * Every page lives under a language prefix. An unknown or malformed prefix is a 404
 * page; a known one in the wrong case (`/zh-hans`) is redirected to its tag (`/zh-Hans`).
 * Reading a language remembers it for the next visit to `/` (a cookie written in the
 * browser, so that cacheable pages never carry Set-Cookie).
 */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useParams } from "@remix-run/react";
import { useEffect } from "react";
import { LANG_COOKIE } from "~/i18n/routing";
import { matchLang } from "~/i18n/languages";
import { notFound } from "~/utils/responses";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = matchLang(params.lang);
  if (!lang) throw notFound();
  if (lang !== params.lang) {
    const url = new URL(request.url);
    const rest = url.pathname.split("/").slice(2).join("/");
    throw redirect(`/${lang}${rest ? `/${rest}` : ""}${url.search}`, 301);
  }
  return null;
}

export default function LanguageLayout() {
  const { lang } = useParams();
  useEffect(() => {
    if (lang) document.cookie = `${LANG_COOKIE}=${encodeURIComponent(lang)}; Path=/; Max-Age=31536000; SameSite=Lax`;
  }, [lang]);
  return <Outlet />;
}
