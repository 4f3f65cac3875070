// The prospectus worker (app/prospectus/render-worker.server.ts) renders the same PDF as the
// main thread would, with the request's UI-string overrides, and survives a failed render.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedSource } from "~/content/embedded.server";
import { PROSPECTUS_QUERY } from "~/content/queries";
import { fallbackChain } from "~/i18n/languages";
import type { ValidOverride } from "~/i18n/overrides";
import { runWithUiStrings, uiStringsWith } from "~/i18n/i18next.server";
import { chosenOpportunities, figureViews, parkViews, settingsView } from "~/prospectus/model.server";
import { renderProspectus, type ProspectusInput } from "~/prospectus/pdf.server";
import { ProspectusRenderer } from "~/prospectus/render-worker.server";
import { pdfText } from "../support/pdf-text";

const root = path.resolve(import.meta.dirname, "../..");
let dir: string;
let renderer: ProspectusRenderer;
let input: ProspectusInput;

beforeAll(async () => {
  // The worker runs JavaScript: the module bundled the way the server build bundles it, with
  // an entry that does what entry.server.tsx does in the worker.
  dir = mkdtempSync(path.join(tmpdir(), "prospectus-worker-"));
  const entry = path.join(dir, "entry.ts");
  writeFileSync(
    entry,
    `import { isProspectusWorker, serveProspectusRenders } from ${JSON.stringify(path.join(root, "app/prospectus/render-worker.server.ts"))};\n` +
      `if (isProspectusWorker()) serveProspectusRenders();\n`,
  );
  const outfile = path.join(dir, "worker.mjs");
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    packages: "external",
    alias: { "~": path.join(root, "app") },
    outfile,
    logLevel: "error",
  });
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  renderer = new ProspectusRenderer(pathToFileURL(outfile));

  const source = new EmbeddedSource({ datasetPath: path.join(root, "studio/seed/production.ndjson") });
  const data = await source.fetch<Parameters<typeof settingsView>[0]>(PROSPECTUS_QUERY, { source: "vi" });
  const chain = fallbackChain("fr");
  input = {
    lang: "fr",
    generatedAt: new Date("2026-03-02T03:00:00Z"),
    settings: settingsView(data, chain),
    figures: figureViews(data, chain),
    opportunities: chosenOpportunities(data, [], "industry", chain),
    parks: parkViews(data, chain),
    sector: "industry",
  };
}, 60_000);

afterAll(async () => {
  await renderer?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the prospectus worker", () => {
  it("renders the PDF the main thread renders, text for text", async () => {
    const [inWorker, here] = await Promise.all([renderer.render(input, []), renderProspectus(input)]);
    expect(inWorker.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(inWorker);
    expect(text).toContain("Projets d’investissement");
    expect(text).toContain("Parcs industriels");
    expect(text).toBe(pdfText(here));
  }, 60_000);

  it("uses the request's UI-string overrides", async () => {
    const overrides: ValidOverride[] = [
      {
        language: "fr",
        namespace: "prospectus",
        key: "pdf.parksTitle",
        value: "Zones industrielles (texte du personnel)",
      },
    ];
    const [inWorker, here] = await Promise.all([
      renderer.render(input, overrides),
      runWithUiStrings(uiStringsWith(overrides), () => renderProspectus(input)),
    ]);
    expect(pdfText(inWorker)).toContain("Zones industrielles (texte du personnel)");
    expect(pdfText(inWorker)).toBe(pdfText(here));
  }, 60_000);

  it("refuses a render that fails with its error, and renders the next one", async () => {
    const broken = { ...input, figures: null } as unknown as ProspectusInput;
    await expect(renderer.render(broken, [])).rejects.toThrow(/prospectus worker failed/);
    expect(pdfText(await renderer.render(input, []))).toBe(pdfText(await renderProspectus(input)));
  }, 60_000);
});
