/**
 * Image files of the embedded dataset, cut and resized on request (the stand-in for
 * Sanity's image CDN that app/content/images.ts points at when no Sanity project is
 * configured): `rect`, `w`, `h`, `fit=crop`, `fp-x`/`fp-y`, `fm`, `auto=format`, `q`.
 * With Sanity configured, image URLs point at cdn.sanity.io and this route answers 404.
 * `w` and `q` snap to fixed lists (app/content/image-files.server.ts); every request that
 * snaps to one variant gets the same bytes and ETag.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getContentSource } from "~/content/load.server";

function notFound(): Response {
  return new Response("Not Found", {
    status: 404,
    statusText: "Not Found",
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { projectId, dataset, file } = params;
  if (!projectId || !dataset || !file) return notFound();
  // Only a source that serves its own images (embedded) has this capability.
  const variant = await getContentSource().readImage?.({
    projectId,
    dataset,
    file,
    searchParams: new URL(request.url).searchParams,
    accept: request.headers.get("Accept"),
  });
  if (!variant) return notFound();
  const headers = new Headers({
    "Content-Type": variant.contentType,
    // The file name is the SHA-1 of its content: a URL never changes what it shows.
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: variant.etag,
    "X-Content-Type-Options": "nosniff",
  });
  if (variant.negotiated) headers.set("Vary", "Accept");
  const tags = request.headers
    .get("If-None-Match")
    ?.split(",")
    .map((t) => t.trim().replace(/^W\//, ""));
  if (tags?.includes(variant.etag) || tags?.includes("*")) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(variant.body.length));
  return new Response(new Uint8Array(variant.body), { status: 200, headers });
}
