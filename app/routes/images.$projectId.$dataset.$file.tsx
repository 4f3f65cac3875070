/**
 * Image files of the embedded dataset, resized on request (the stand-in for Sanity's
 * image CDN that app/content/images.ts points at when no Sanity project is configured).
 * With Sanity configured, image URLs point at cdn.sanity.io and this route answers 404.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { EmbeddedSource } from "~/content/embedded.server";
import { renderImageVariant } from "~/content/image-files.server";
import { getContentSource } from "~/content/load.server";

function notFound(): Response {
  return new Response("Not Found", {
    status: 404,
    statusText: "Not Found",
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const source = getContentSource();
  if (!(source instanceof EmbeddedSource)) return notFound();
  const { projectId, dataset, file } = params;
  if (projectId !== source.imageConfig.projectId || dataset !== source.imageConfig.dataset || !file) return notFound();
  await source.load();
  const imagesDir = source.imagesDir;
  if (!imagesDir) return notFound();
  const variant = await renderImageVariant(imagesDir, {
    file,
    searchParams: new URL(request.url).searchParams,
    accept: request.headers.get("Accept"),
  });
  if (!variant) return notFound();
  const headers = new Headers({
    "Content-Type": variant.contentType,
    "Content-Length": String(variant.body.length),
    // The file name is the SHA-1 of its content: a URL never changes what it shows.
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  });
  if (variant.negotiated) headers.set("Vary", "Accept");
  return new Response(new Uint8Array(variant.body), { status: 200, headers });
}
