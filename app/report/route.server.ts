/**
 * `GET <store API>/v<date>/site/report/<year>` for the Studio's Report tool: the yearly
 * report's figures (the same buildReport as `npm run report`) as JSON, computed from the
 * running store's documents and the inquiry and visitor databases. Counts only, but the
 * inquiry figures are staff information: only a logged-in account (or the automation
 * token) gets them, anonymous callers get 401. Mounted by app/store/mount.server.ts.
 */
import type { StoreRoute } from "../store/http.server";
import type { ContentStore } from "../store/store.server";
import { StoreError } from "../store/types";
import type { StatusDocument } from "../translations/status";
import { buildReport } from "./data.server";

export function reportRoute(options: { store: ContentStore; inquiryDb: string; visitorsDb: string }): StoreRoute {
  return async (ctx) => {
    const match = /^\/site\/report\/([^/]*)$/.exec(ctx.path);
    if (!match) return false;
    if (ctx.method !== "GET") throw new StoreError(405, "methodNotAllowed", "GET only");
    if (!(await ctx.identity())) throw new StoreError(401, "unauthorized", "Log in to see the report");
    if (!/^\d{4}$/.test(match[1]!)) throw new StoreError(400, "badRequest", "The year must have four digits");
    const documents = [...options.store.documents()] as unknown as StatusDocument[];
    const figures = buildReport(
      { documents, inquiryDb: options.inquiryDb, visitorsDb: options.visitorsDb },
      Number(match[1]),
    );
    ctx.send(200, figures, { "cache-control": "private, no-store" });
    return true;
  };
}
