#!/usr/bin/env node
// The translation commands for agencies: export (XLIFF of the Vietnamese sources for one language) and import (translated XLIFF back as draft translations).
//
//   npm run translations:export -- --lang ja [--stale] [--missing] [--type …] [--xliff2] [--out FILE]
//   npm run translations:import -- FILE [--lang ja] [--by NAME] [--dry-run]
//
// The commands live in app/translations/xliff-cli.server.ts; the TypeScript is bundled on
// the fly (scripts/lib/load-ts.mjs), so they need neither a build of the site nor a
// TypeScript runner.
import { loadTs } from "./lib/load-ts.mjs";

const [command, ...rest] = process.argv.slice(2);
if (command === "export" || command === "import") {
  const { runTranslationsCommand } = await loadTs({ runTranslationsCommand: "app/translations/xliff-cli.server.ts" });
  process.exitCode = await runTranslationsCommand([command, ...rest], {
    out: (text) => process.stdout.write(text),
    error: (line) => console.error(line),
    env: process.env,
  });
} else {
  console.error(`Unknown command "${command ?? ""}": use export or import.`);
  process.exitCode = 2;
}
