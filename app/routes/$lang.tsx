/**
 * Every page lives under a language prefix. An unknown or malformed prefix is a 404
 * page; a known one in the wrong case (`/zh-hans`) is redirected to its tag (`/zh-Hans`).
 * Reading a language remembers it for the next visit to `/` (a cookie written in the
 * browser, so that cacheable pages never carry Set-Cookie).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useParams } from "@remix-run/react";
import { useEffect } from "react";
import { requireLang } from "~/i18n/locale.server";
import { LANG_COOKIE } from "~/i18n/routing";

/** Pages read the language again (loaders run in parallel); this covers URLs with no page loader. */
export function loader(args: LoaderFunctionArgs) {
  requireLang(args);
  return null;
}

export default function LanguageLayout() {
  const { lang } = useParams();
  useEffect(() => {
    if (lang) document.cookie = `${LANG_COOKIE}=${encodeURIComponent(lang)}; Path=/; Max-Age=31536000; SameSite=Lax`;
  }, [lang]);
  return <Outlet />;
}
