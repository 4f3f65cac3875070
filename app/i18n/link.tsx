/**
 * Links that stay in the reader's language (after Hydrogen's `Link.tsx`): `to` is a path
 * of the site without its language, `<Link to="/news">` leads to `/ja/news` on a Japanese
 * page. The language is the document's, the one the root loader read from the URL, so
 * the 404 page of an unknown prefix links to pages that exist. A path that already
 * carries its language (the switcher's) takes Remix's own `Link`.
 */
import {
  Link as RemixLink,
  NavLink as RemixNavLink,
  useRouteLoaderData,
  type LinkProps,
  type NavLinkProps,
} from "@remix-run/react";
import { forwardRef } from "react";
import { useTranslation } from "./use-translation";
import { isLang, SOURCE_LANG, type Lang } from "./languages";
import { href } from "./routing";

export { href };

/**
 * The document's language: the root loader's, else (when the root loader itself failed,
 * e.g. the content source is down) the language the UI strings are in.
 */
export function useLang(): Lang {
  const root = useRouteLoaderData("root") as { lang?: Lang } | undefined;
  const { i18n } = useTranslation();
  return root?.lang ?? (isLang(i18n.language) ? i18n.language : SOURCE_LANG);
}

export const Link = forwardRef<HTMLAnchorElement, Omit<LinkProps, "to"> & { to: string }>(function Link(
  { to, ...props },
  ref,
) {
  return <RemixLink ref={ref} to={href(useLang(), to)} {...props} />;
});

export const NavLink = forwardRef<HTMLAnchorElement, Omit<NavLinkProps, "to"> & { to: string }>(function NavLink(
  { to, ...props },
  ref,
) {
  return <RemixNavLink ref={ref} to={href(useLang(), to)} {...props} />;
});
