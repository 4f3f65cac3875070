#!/usr/bin/env node
// `npm run translations:status`: where every translation stands (current, stale, missing,
// draft only, identical to source), as tables or JSON, with an exit code for CI. The logic
// is TypeScript (app/translations/status-cli.server.ts), loaded through scripts/lib/load-ts.mjs.
import { loadTs } from "./lib/load-ts.mjs";

const { runStatusCommand } = await loadTs({ runStatusCommand: "app/translations/status-cli.server.ts" });
process.exitCode = await runStatusCommand(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  env: process.env,
});
