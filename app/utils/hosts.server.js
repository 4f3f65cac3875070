// @ts-check
/**
 * Which Host headers the site answers (docs/decisions/0020). With PUBLIC_URL unset the
 * request's origin goes into canonical, hreflang, sitemap, robots, feed and share URLs of
 * publicly cacheable pages, so a forged Host must never reach a route: server.js answers
 * any Host outside this list with the 400 page. The list is never empty and never a
 * wildcard: localhost on PORT (so `npm start` works with no configuration), PUBLIC_URL's
 * host, and ALLOWED_HOSTS.
 *
 * Plain JavaScript for the same reason as env.server.js: server.js imports it directly.
 */

/**
 * A Host value as compared: lower case, without the scheme's default port.
 * @param {string} authority e.g. "Example.org:443"
 * @param {string} protocol "http" or "https" (with or without the colon)
 */
export function normalizeAuthority(authority, protocol) {
  const lower = authority.trim().toLowerCase();
  const defaultPort = protocol.replace(/:$/, "") === "https" ? ":443" : ":80";
  return lower.endsWith(defaultPort) ? lower.slice(0, -defaultPort.length) : lower;
}

/**
 * The allowed authorities for an environment, each in both schemes' normal forms.
 * @param {Pick<import("./env.server.js").Env, "PORT" | "PUBLIC_URL" | "ALLOWED_HOSTS" | "STORE_TLS_PORT">} env
 * @returns {Set<string>}
 */
export function allowedHosts(env) {
  const hosts = new Set();
  const add = (/** @type {string} */ authority) => {
    hosts.add(normalizeAuthority(authority, "http"));
    hosts.add(normalizeAuthority(authority, "https"));
  };
  for (const port of [env.PORT, env.STORE_TLS_PORT]) {
    if (port) for (const name of ["localhost", "127.0.0.1", "[::1]"]) add(`${name}:${port}`);
  }
  if (env.PUBLIC_URL) add(new URL(env.PUBLIC_URL).host);
  for (const host of env.ALLOWED_HOSTS ?? []) add(host);
  return hosts;
}

/**
 * One line for the start-up log: what the site answers to and where its URLs point.
 * @param {Pick<import("./env.server.js").Env, "PORT" | "PUBLIC_URL" | "ALLOWED_HOSTS">} env
 */
export function hostPolicyNote(env) {
  const extra = env.ALLOWED_HOSTS?.length ? `, ${env.ALLOWED_HOSTS.join(", ")}` : "";
  if (env.PUBLIC_URL)
    return `Public URL ${env.PUBLIC_URL}; answering Host ${new URL(env.PUBLIC_URL).host}${extra} and localhost:${env.PORT}`;
  return `PUBLIC_URL unset: URLs use the request's host, answered only for localhost:${env.PORT}${extra} (any other Host gets 400; set PUBLIC_URL in production, docs/decisions/0020)`;
}
