/**
 * A Portable Text body as the loader rendered it (`bodyHtml` in app/content/body-html.server.tsx):
 * the markup comes from React on the server, every text escaped and links filtered there, so the
 * browser needs no renderer and hydration leaves the inserted markup as it is.
 */
export function PortableTextBody({ html }: { html: string | null | undefined }) {
  if (!html) return null;
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
