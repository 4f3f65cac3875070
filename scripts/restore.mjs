#!/usr/bin/env node
// `npm run restore`: see app/backup/cli.server.ts (bundled on the fly by scripts/lib/load-ts.mjs, so it needs no build).
import { loadTs } from "./lib/load-ts.mjs";

const { runRestoreCommand } = await loadTs({ runRestoreCommand: "app/backup/cli.server.ts" });
process.exitCode = await runRestoreCommand(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  env: process.env,
});
