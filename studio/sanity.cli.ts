// Sanity CLI configuration: which project the CLI talks to, build options, and typegen for the site's GROQ queries.
import { defineCliConfig } from "sanity/cli";
import { withoutSanityServers } from "./selfHosted";

const projectId = process.env.SANITY_STUDIO_PROJECT_ID || "demo1234";
const dataset = process.env.SANITY_STUDIO_DATASET || "production";

export default defineCliConfig({
  api: { projectId, dataset },
  // Keep the Studio runtime in our bundle instead of loading it from Sanity's CDN.
  deployment: { autoUpdates: false },
  // Served by our own server under /studio (the build reads SANITY_STUDIO_BASEPATH, which
  // the build script sets; `sanity dev` reads this).
  project: { basePath: "/studio" },
  // Nothing from Sanity's servers at run time (see selfHosted.ts and scripts/studio-postbuild.mjs).
  vite: { plugins: [withoutSanityServers()] },
  typegen: {
    path: "../app/content/queries.ts",
    schema: "./schema.json",
    generates: "../app/content/sanity.types.ts",
  },
});
