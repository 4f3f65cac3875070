/**
 * File assets of the content store (`/files/<projectId>/<dataset>/<sha1>.<ext>`, the `url`
 * of a `sanity.fileAsset`), e.g. the brochures an investment opportunity links to: the
 * bytes with their type when a browser may show it inline, else as a download, always
 * sandboxed (app/store/assets.server.ts decides). With Sanity configured, file URLs point
 * at cdn.sanity.io and this route answers 404.
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
  // Only a source that serves its own files (the store) has this capability.
  const found = await getContentSource().readFile?.({
    projectId,
    dataset,
    file,
    searchParams: new URL(request.url).searchParams,
  });
  if (!found) return notFound();
  return new Response(new Uint8Array(found.body), { status: 200, headers: found.headers });
}
