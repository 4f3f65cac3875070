/** Title and description tags for a page, with the site's name from the root loader. */
import type { MetaDescriptor } from "@remix-run/node";

interface MatchLike {
  id: string;
  data: unknown;
}

export function pageMeta(
  matches: readonly MatchLike[],
  title: string | undefined,
  description?: string | null,
): MetaDescriptor[] {
  const root = matches.find((m) => m.id === "root")?.data as { siteName?: string } | undefined;
  const siteName = root?.siteName ?? "Hậu Giang";
  return [
    { title: title ? `${title} · ${siteName}` : siteName },
    ...(description ? [{ name: "description", content: description }] : []),
  ];
}
