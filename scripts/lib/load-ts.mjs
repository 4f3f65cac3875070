// Loads the app's TypeScript modules into a plain Node script: bundles them with esbuild (installed with Remix), so scripts need neither a build of the site nor a TypeScript runner.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * A bundled module would see the bundle's temporary URL as `import.meta.url`; each of our
 * files gets its own instead, so paths it resolves from it (tests/pages.ts reads the demo
 * dataset beside it) still point into the repository.
 */
const ownImportMetaUrl = {
  name: "own-import-meta-url",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const ext = path.extname(args.path).slice(1).replace(/^[cm]/, "");
      return {
        contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
        loader: ext,
        resolveDir: path.dirname(args.path),
      };
    });
  },
};

/**
 * `await loadTs({ ContentStore: "app/store/store.server.ts", queries: "app/content/queries.ts#*" })`
 * resolves with those exports: `name: "file"` takes the export `name` of that file, and
 * `name: "file#*"` the whole module as a namespace. Paths are relative to the repository.
 * Packages stay external and resolve from the project's node_modules; `~/` is app/.
 */
export async function loadTs(exports) {
  const dir = mkdtempSync(path.join(tmpdir(), "load-ts-"));
  try {
    const lines = Object.entries(exports).map(([name, spec]) => {
      const [file, star] = spec.split("#");
      const from = JSON.stringify(path.join(root, file));
      return star === "*" ? `export * as ${name} from ${from};` : `export { ${name} } from ${from};`;
    });
    const entry = path.join(dir, "entry.ts");
    writeFileSync(entry, lines.join("\n"));
    const outfile = path.join(dir, "bundle.mjs");
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node24",
      packages: "external",
      alias: { "~": path.join(root, "app") },
      nodePaths: [path.join(root, "node_modules")],
      outfile,
      plugins: [ownImportMetaUrl],
      logLevel: "error",
    });
    // External packages resolve from the bundle's folder: point it back at the project.
    symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
    return await import(pathToFileURL(outfile).href);
  } finally {
    // The module is loaded: its file is no longer needed.
    rmSync(dir, { recursive: true, force: true });
  }
}
