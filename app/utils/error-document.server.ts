/**
 * The page server.js answers with when Remix cannot: a request the adapter cannot turn
 * into a fetch Request (a malformed Host header), a method the site does not serve, or
 * an error no route caught. A whole HTML document built from the UI strings, in the
 * language of the path when the path names one, else in Vietnamese and English; never a
 * stack trace or an error message. It reaches server.js through the server build
 * (re-exported by app/entry.server.tsx), so it uses the same strings as the pages.
 */
import { getFixedT } from "~/i18n/i18next.server";
import { languageDir, matchLang, SOURCE_LANG, type Lang } from "~/i18n/languages";

/** The statuses with their own words; any other status reads as a server error (500). */
const WORDS: Record<number, [title: string, text: string]> = {
  400: ["error.badRequestTitle", "error.badRequestText"],
  403: ["error.originRefusedTitle", "error.originRefusedText"],
  404: ["error.notFoundTitle", "error.notFoundText"],
  405: ["error.methodNotAllowedTitle", "error.methodNotAllowedText"],
  413: ["error.payloadTooLargeTitle", "error.payloadTooLargeText"],
  503: ["error.unavailableTitle", "error.unavailableText"],
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The language a raw request path names in its first segment, if any. */
function pathLang(pathname: string): Lang | undefined {
  const first = pathname.split(/[/?#]/)[1];
  try {
    return matchLang(first ? decodeURIComponent(first) : undefined);
  } catch {
    return undefined;
  }
}

function section(lang: Lang, status: number): { title: string; html: string } {
  const t = getFixedT(lang);
  const [titleKey, textKey] = WORDS[status] ?? ["error.errorTitle", "error.errorText"];
  const title = t(titleKey);
  return {
    title,
    html: `<section lang="${lang}">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t(textKey))}</p>
<p><a href="/${lang}">${escapeHtml(t("error.goHome"))}</a></p>
</section>`,
  };
}

/** The error page for `status` at `pathname` (the request's path, possibly malformed). */
export function errorDocument(status: number, pathname: string): string {
  const lang = pathLang(pathname);
  const langs: Lang[] = lang ? [lang] : [SOURCE_LANG, "en"];
  const parts = langs.map((l) => section(l, status));
  const siteName = getFixedT(langs[0])("meta.siteName");
  return `<!DOCTYPE html>
<html lang="${langs[0]}" dir="${languageDir(langs[0])}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${parts.map((p) => p.title).join(" / ")} · ${siteName}`)}</title>
</head>
<body>
<main>
<p>${status}</p>
${parts.map((p) => p.html).join("\n<hr>\n")}
</main>
</body>
</html>
`;
}
