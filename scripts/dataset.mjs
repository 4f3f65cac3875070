#!/usr/bin/env node
// The content store's dataset commands: export (a tarball `sanity dataset import` accepts), import (a tarball, a folder or an .ndjson) and backup (online SQLite copy).
//
//   npm run dataset:export [-- out.tar.gz]
//   npm run dataset:import -- FILE [--replace|--missing]
//   npm run dataset:backup [-- out.sqlite]
//
// The commands live in app/store/dataset-cli.server.ts; the TypeScript is bundled on the
// fly (scripts/lib/load-ts.mjs), so they need neither a build of the site nor a TypeScript
// runner.
import { loadTs } from "./lib/load-ts.mjs";

const { runDatasetCommand } = await loadTs({ runDatasetCommand: "app/store/dataset-cli.server.ts" });
process.exitCode = await runDatasetCommand(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  env: process.env,
});
