#!/usr/bin/env node
// `npm run report -- --year 2026 [--out DIR]`: see app/report/cli.server.ts (bundled on the fly by scripts/lib/load-ts.mjs, so it needs no build).
import { loadTs } from "./lib/load-ts.mjs";

const { runReportCommand } = await loadTs({ runReportCommand: "app/report/cli.server.ts" });
process.exitCode = await runReportCommand(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  env: process.env,
});
