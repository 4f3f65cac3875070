/**
 * Server rendering: one i18next clone per request in the URL's language, the whole
 * document rendered before it is sent (onAllReady; server.js then names its inline
 * scripts' hashes in the CSP and may keep it in the page cache),
 * and the closing tags moved after Remix's data scripts so the page is valid HTML.
 */
import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { warmUpContentSource } from "./content/load.server";
import { i18nForRequest } from "./i18n/i18next.server";
import { isProspectusWorker, serveProspectusRenders } from "./prospectus/render-worker.server";
import { langFromPath } from "./i18n/routing";
import { closeDocumentLast } from "./utils/html-stream.server";

export const streamTimeout = 5_000;

// The server build also runs as the prospectus PDF worker (app/prospectus/render-worker.server.ts):
// there it renders PDFs and prepares no content source of its own.
if (isProspectusWorker()) serveProspectusRenders();
else warmUpContentSource();

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  const i18n = i18nForRequest(langFromPath(new URL(request.url).pathname));

  return new Promise<Response>((resolve, reject) => {
    let didError = false;
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} />
      </I18nextProvider>,
      {
        onAllReady() {
          const body = new PassThrough();
          const html = body.pipe(closeDocumentLast());
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(html), {
              headers: responseHeaders,
              status: didError ? 500 : responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          didError = true;
          console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1_000);
  });
}

// For server.js: the page it answers with when Remix cannot (see the module).
export { errorDocument } from "./utils/error-document.server";

// For server.js: the Origin check of form posts, before Remix's own would throw (see the module).
export { originVerdict, keepsInputOnForeignOrigin } from "./utils/origin.server";

// For server.js: every request of the site runs through it (preview reads drafts, never cached).
export { withPreview } from "./content/preview.server";

// For server.js: every request of the site runs with the UI strings (and staff's overrides) of its time.
export { withUiStrings } from "./content/ui-strings.server";

// For server.js: the content store (the default mode, with no SANITY_PROJECT_ID), whose
// HTTP handler it mounts before the site's middleware (see app/store/mount.server.ts).
export { startContentStore, runningStore } from "./store/mount.server";

// For server.js: the built Studio at /studio, and the key pair of the HTTP/2 listener.
export { createStudioHandler } from "./store/studio.server";
export { loadTlsCredentials } from "./store/tls.server";

// For server.js: the response cache of public pages and the hash-based CSP that lets one
// rendered page be shared by every reader (docs/decisions/0010).
export { contentSecurityPolicy, scriptHashes } from "./utils/csp.server";
export { chooseEncoding, isShareable, writeCached } from "./utils/page-cache.server";
export { createPageCache } from "./content/page-cache.server";

// For server.js: visitor counts, recorded before the page cache answers so cached pages count (ADR 0017).
export { countVisits } from "./visitors/counter.server";
