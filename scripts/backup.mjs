#!/usr/bin/env node
// `npm run backup`: see app/backup/cli.server.ts (bundled on the fly by scripts/lib/load-ts.mjs, so it needs no build).
import { loadTs } from "./lib/load-ts.mjs";

const { runBackupCommand } = await loadTs({ runBackupCommand: "app/backup/cli.server.ts" });
process.exitCode = await runBackupCommand(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  env: process.env,
});
