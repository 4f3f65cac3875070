/**
 * Structured data (schema.org as JSON-LD). Pure: `meta` functions run in the browser too.
 * Remix's `<Meta>` writes a `script:ld+json` descriptor with `<`, `>`, `&`, U+2028 and
 * U+2029 escaped as \uXXXX, so content cannot close the script element; the hash-based CSP
 * needs no hash for it, since a data block runs nothing (app/utils/csp.server.ts).
 */
import type { SiteSettingsView } from "~/content/views";

interface RootLike {
  settings?: SiteSettingsView;
}

/**
 * The agency behind the site as a GovernmentOrganization, from site settings: only the
 * fields the data has (name, address, telephone, email, url). None without a name.
 */
export function governmentOrganization(root: RootLike | undefined): Record<string, unknown> | undefined {
  const agency = root?.settings?.agency;
  const name = agency?.name?.value;
  if (!agency || !name) return undefined;
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOrganization",
    name,
    ...(agency.address?.value ? { address: agency.address.value } : {}),
    ...(agency.phone ? { telephone: agency.phone } : {}),
    ...(agency.email ? { email: agency.email } : {}),
    ...(agency.website ? { url: agency.website } : {}),
  };
}

/** The root loader's data among a `meta` function's matches. */
export function rootData(matches: readonly { id: string; data: unknown }[]): RootLike | undefined {
  return matches.find((m) => m.id === "root")?.data as RootLike | undefined;
}
