/**
 * Build-time changes that keep a self-hosted Studio from calling Sanity's servers: a Vite
 * plugin for `sanity build` (sanity.cli.ts). The rest of the job (bridge.js script tag,
 * Inter fonts) is done on the built index.html by scripts/studio-postbuild.mjs, which also
 * fails the build if any outside URL is left there.
 *
 * The version check: the Studio asks `sanity-cdn.com/v1/modules/sanity/latest/…` for the
 * newest release on its first render and every 15 minutes, whatever `autoUpdates` says,
 * and 5.31.2 has no switch for it. Both fetchers (`fetchLatestAvailableVersionForPackage`,
 * `fetchLatestAutoUpdatingVersion` in sanity's lib/index.js) are made to answer "unknown"
 * (`undefined`, what they answer when the fetch fails) without fetching. If a Sanity
 * upgrade renames them, the build stops here with a message instead of silently calling
 * out again.
 */
import type { Plugin } from "vite";

const FETCHERS = /((?:fetchLatestAutoUpdatingVersion|fetchLatestAvailableVersionForPackage) = async \(\w+\) => \{)/g;

export function withoutVersionCheck(): Plugin {
  let patched = 0;
  return {
    name: "haugiang:without-version-check",
    apply: "build",
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]sanity[\\/]lib[\\/]index\.js$/.test(id)) return null;
      const found = code.match(FETCHERS)?.length ?? 0;
      if (found !== 2) {
        this.error(
          `Expected sanity's two version fetchers in ${id}, found ${found}: the Sanity upgrade changed them; update studio/selfHosted.ts so the built Studio still makes no request to sanity-cdn.com.`,
        );
      }
      patched += found;
      return { code: code.replace(FETCHERS, "$1 return undefined;"), map: null };
    },
    buildEnd(error) {
      if (!error && patched === 0) this.error("sanity's lib/index.js was never bundled: the version check was not removed.");
    },
  };
}
