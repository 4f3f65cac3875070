/**
 * Every page lives under a language prefix. An unknown or malformed prefix is a 404
 * page; a known one in the wrong case (`/zh-hans`) is redirected to its tag (`/zh-Hans`).
 * Visiting a language remembers it for the next visit to `/`.
 */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
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
  return <Outlet />;
}
