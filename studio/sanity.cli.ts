// Sanity CLI configuration: which project the CLI talks to, build options, and typegen for the site's GROQ queries.
import { defineCliConfig } from "sanity/cli";

const projectId = process.env.SANITY_STUDIO_PROJECT_ID || "demo1234";
const dataset = process.env.SANITY_STUDIO_DATASET || "production";

export default defineCliConfig({
  api: { projectId, dataset },
  // Keep the Studio runtime in our bundle instead of loading it from Sanity's CDN.
  deployment: { autoUpdates: false },
  typegen: {
    path: "../app/content/queries.ts",
    schema: "./schema.json",
    generates: "../app/content/sanity.types.ts",
  },
});
