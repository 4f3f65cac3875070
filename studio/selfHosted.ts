/**
 * Build-time changes that keep a self-hosted Studio from calling Sanity's servers: a Vite
 * plugin for `sanity build` (sanity.cli.ts) that rewrites a few lines of sanity's own
 * bundle (lib/index.js). The rest (the bridge.js script tag, the Inter fonts) is done on
 * the built index.html by scripts/studio-postbuild.mjs, which also fails the build if any
 * outside URL is left there; the Studio's CSP (app/store/studio.server.ts) refuses
 * anything else at run time, and the browser test fails on it.
 *
 * Each rewrite names how often its pattern must occur. If a Sanity upgrade changes the
 * code, the build stops with a message naming the rewrite instead of silently calling
 * out again: look the function up in the new release and adjust the pattern.
 */

/**
 * The part of a Vite (Rollup) plugin used here. Declared, not imported from "vite": the
 * CLI bundles its own copy of Vite, whose types differ from the one at the root.
 */
interface BuildPlugin {
  name: string;
  apply: "build";
  transform: (
    this: { error: (message: string) => never },
    code: string,
    id: string,
  ) => { code: string; map: null } | null;
  buildEnd: (this: { error: (message: string) => never }, error?: Error) => void;
}

interface Rewrite {
  why: string;
  pattern: RegExp;
  replacement: string;
  count: number;
}

const REWRITES: Rewrite[] = [
  {
    // PackageVersionStatusProvider asks sanity-cdn.com/v1/modules/sanity/latest/… on its first
    // render and every 15 minutes, whatever `autoUpdates` says; 5.31.2 has no switch. Both
    // fetchers answer `undefined` ("unknown", what they answer when the fetch fails).
    why: "the version check (sanity-cdn.com)",
    pattern: /((?:fetchLatestAutoUpdatingVersion|fetchLatestAvailableVersionForPackage) = async \(\w+\) => \{)/g,
    replacement: "$1 return undefined;",
    count: 2,
  },
  {
    // useFeedbackAvailable probes the feedback tunnel (api.sanity.io/vX/intake/feedback) on
    // load; a rejected probe is "feedback unavailable", so the Studio offers no feedback form.
    why: "the feedback tunnel probe (api.sanity.io/vX/intake/feedback)",
    pattern: /\bfetch\(FEEDBACK_TUNNEL_URL, \{/g,
    replacement: "Promise.reject(FEEDBACK_TUNNEL_URL, {",
    count: 1,
  },
];

export function withoutSanityServers(): BuildPlugin {
  let patched = false;
  return {
    name: "haugiang:without-sanity-servers",
    apply: "build",
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]sanity[\\/]lib[\\/]index\.js$/.test(id)) return null;
      let out = code;
      for (const rewrite of REWRITES) {
        const found = out.match(rewrite.pattern)?.length ?? 0;
        if (found !== rewrite.count) {
          this.error(
            `studio/selfHosted.ts: expected ${rewrite.count} match(es) for ${rewrite.why} in ${id}, found ${found}. The Sanity upgrade changed this code: update the rewrite so the built Studio still calls no Sanity server.`,
          );
        }
        out = out.replace(rewrite.pattern, rewrite.replacement);
      }
      patched = true;
      return { code: out, map: null };
    },
    buildEnd(error) {
      if (!error && !patched)
        this.error("sanity's lib/index.js was never bundled: studio/selfHosted.ts changed nothing.");
    },
  };
}
