/**
 * The press kit's downloadable files (`/media-kit/hau-giang-mark.svg`, `…-512.png`,
 * `…-1024.png`): the same in every language, so outside the language prefix. Linked
 * from the press room (`/{lang}/press`).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { markPng, markSvg, mediaKitFile, mediaKitFileName } from "~/press/media-kit.server";
import { CACHE } from "~/utils/cache";
import { notFound } from "~/utils/responses";

export async function loader({ params }: LoaderFunctionArgs) {
  const file = mediaKitFile(params.file);
  if (!file) throw notFound();
  const body = file.kind === "svg" ? markSvg() : new Uint8Array(await markPng(file.size));
  return new Response(body, {
    headers: {
      "Content-Type": file.kind === "svg" ? "image/svg+xml; charset=utf-8" : "image/png",
      "Content-Disposition": `inline; filename="${mediaKitFileName(file)}"`,
      "Cache-Control": CACHE.page,
    },
  });
}
