/**
 * Limits of the prospectus that the page (in the browser too) and the PDF builder share.
 * Not in model.server.ts: a value imported from a `.server` module is undefined in the
 * browser bundle, so the page's hint lost its number when it hydrated.
 */

/** More than any reader needs (the demo has 7), few enough to keep one PDF quick to make. */
export const MAX_OPPORTUNITIES = 20;
