/**
 * The command line of `npm run translations:export` and `npm run translations:import`
 * (scripts/translations.mjs bundles and runs it). Both talk to the content through
 * @sanity/client, so they work the same on our content store (its API under
 * STORE_PATH_PREFIX of a running server, with STORE_API_TOKEN) and on a Sanity project
 * (SANITY_PROJECT_ID with SANITY_WRITE_TOKEN). Results on stdout or in the named file,
 * progress and problems on stderr.
 */
import { readFile, writeFile } from "node:fs/promises";
import { createClient, type Mutation, type SanityClient } from "@sanity/client";
import { z } from "zod";
import { LANGUAGE_IDS, SOURCE_LANG, type Lang } from "../i18n/languages";
import { TRANSLATABLE_FIELDS, isTranslatableType } from "./fields";
import { XliffImportError, exportXliff, planImport, type SanityDoc } from "./xliff.server";

const USAGE = `Usage:
  npm run translations:export -- --lang ja [--stale] [--missing] [--type investmentOpportunity,event] [--xliff2] [--out FILE]
      XLIFF 1.2 (2.0 with --xliff2) of the Vietnamese sources' translatable text; with --stale only documents
      whose translation is out of date, with --missing only those with none (both: either). Existing
      translations are included as targets. Without --out the file goes to stdout.
  npm run translations:import -- FILE [--lang ja] [--by "Agency name"] [--dry-run]
      checks the file against the current sources and, if everything fits, writes the translations as
      drafts (one transaction), recording the source version; --by names the translator (default
      "Translation agency").

Content: a Sanity project with SANITY_PROJECT_ID (SANITY_DATASET, SANITY_WRITE_TOKEN to import), else the
content store of the server at STORE_URL (default http://localhost:$PORT, PORT 3000) with STORE_API_TOKEN.`;

export interface CliIo {
  out: (text: string) => void;
  error: (line: string) => void;
  env: Record<string, string | undefined>;
  now?: () => Date;
  /** For tests: a client of their own instead of one made from the environment. */
  client?: SanityClient;
}

const langSchema = z.enum(LANGUAGE_IDS.filter((l) => l !== SOURCE_LANG) as [Lang, ...Lang[]]);
const typeSchema = z
  .string()
  .transform((s) => s.split(",").map((t) => t.trim()))
  .pipe(
    z.array(
      z.string().refine(isTranslatableType, {
        message: `not a translatable document type (${Object.keys(TRANSLATABLE_FIELDS).join(", ")})`,
      }),
    ),
  );

const exportArgs = z.object({
  lang: langSchema,
  stale: z.boolean(),
  missing: z.boolean(),
  type: typeSchema.optional(),
  xliff2: z.boolean(),
  out: z.string().min(1).optional(),
});
const importArgs = z.object({
  file: z.string().min(1),
  lang: langSchema.optional(),
  by: z.string().trim().min(1).max(200).default("Translation agency"),
  dryRun: z.boolean(),
});

/** `--name value`, `--name=value` and bare `--flag`s; the rest are positional. */
function parseArgs(argv: readonly string[], valued: readonly string[]) {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const camel = name.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
    if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      flags[camel] = value;
    } else flags[camel] = true;
  }
  return { flags, positional };
}

function clientFrom(env: Record<string, string | undefined>, write: boolean): SanityClient {
  const apiVersion = env.SANITY_API_VERSION || "2025-02-19";
  const dataset = env.SANITY_DATASET || "production";
  if (env.SANITY_PROJECT_ID) {
    const token = write ? env.SANITY_WRITE_TOKEN : env.SANITY_WRITE_TOKEN || env.SANITY_READ_TOKEN;
    if (!token) throw new Error(`SANITY_${write ? "WRITE" : "READ"}_TOKEN is needed (drafts and writes need a token)`);
    return createClient({
      projectId: env.SANITY_PROJECT_ID,
      dataset,
      apiVersion,
      token,
      useCdn: false,
      ...(env.SANITY_API_HOST ? { apiHost: env.SANITY_API_HOST, useProjectHostname: false } : {}),
    });
  }
  const token = env.STORE_API_TOKEN;
  if (!token) throw new Error("STORE_API_TOKEN is needed to read drafts from and write to the content store");
  const origin = (env.STORE_URL || `http://localhost:${env.PORT || "3000"}`).replace(/\/$/, "");
  return createClient({
    projectId: env.STORE_PROJECT_ID || "demo1234",
    dataset,
    apiVersion,
    token,
    useCdn: false,
    apiHost: `${origin}${env.STORE_PATH_PREFIX || "/api/store"}`,
    useProjectHostname: false,
  });
}

/** Every translatable document (drafts too) and the translation metadata. */
async function readDataset(client: SanityClient): Promise<SanityDoc[]> {
  return client.fetch<SanityDoc[]>(
    `*[_type in $types || _type == "translation.metadata"]`,
    { types: Object.keys(TRANSLATABLE_FIELDS) },
    { perspective: "raw" },
  );
}

const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(2)} s`;

/** Runs one command; resolves to the process exit code. */
export async function runTranslationsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || rest.includes("--help")) {
    io.error(USAGE);
    return command ? 0 : 2;
  }
  const start = performance.now();
  try {
    if (command === "export") {
      const { flags } = parseArgs(rest, ["lang", "type", "out"]);
      const parsed = exportArgs.safeParse({
        stale: false,
        missing: false,
        xliff2: false,
        ...flags,
      });
      if (!parsed.success) return usageError(io, parsed.error);
      const args = parsed.data;
      const client = io.client ?? clientFrom(io.env, false);
      io.error(`Reading the documents…`);
      const docs = await readDataset(client);
      const result = await exportXliff(docs, {
        lang: args.lang,
        version: args.xliff2 ? "2.0" : "1.2",
        stale: args.stale,
        missing: args.missing,
        types: args.type,
      });
      if (args.out) await writeFile(args.out, result.xml);
      else io.out(result.xml);
      io.error(
        `${args.lang}: ${result.units} units from ${result.documents} documents (${Buffer.byteLength(result.xml)} bytes, XLIFF ${args.xliff2 ? "2.0" : "1.2"})` +
          `${args.out ? ` written to ${args.out}` : ""} in ${seconds(start)}`,
      );
      return 0;
    }
    if (command === "import") {
      const { flags, positional } = parseArgs(rest, ["lang", "by"]);
      const parsed = importArgs.safeParse({ dryRun: false, ...flags, file: positional[0] });
      if (!parsed.success) return usageError(io, parsed.error);
      const args = parsed.data;
      const xml = await readFile(args.file, "utf8");
      const client = io.client ?? clientFrom(io.env, true);
      io.error(`Reading the documents…`);
      const docs = await readDataset(client);
      io.error(`Checking ${args.file} against ${docs.length} documents…`);
      const plan = await planImport(xml, docs, {
        translatedBy: args.by,
        now: (io.now?.() ?? new Date()).toISOString(),
        lang: args.lang,
        state: "needsReview",
      });
      for (const warning of plan.warnings) io.error(`warning: ${warning}`);
      const summary = `${plan.lang}: ${plan.units} units, ${plan.created.length} new and ${plan.updated.length} updated translations`;
      if (args.dryRun) {
        io.error(`${summary} would be written as drafts (dry run, nothing written).`);
        return 0;
      }
      io.error(`Writing ${plan.mutations.length} mutations in one transaction…`);
      await client.mutate(plan.mutations as unknown as Mutation[], { visibility: "sync" });
      io.error(`${summary} written as drafts in ${seconds(start)}; review and publish them in the Studio.`);
      return 0;
    }
    io.error(`Unknown command "${command}".\n${USAGE}`);
    return 2;
  } catch (error) {
    if (error instanceof XliffImportError) {
      io.error(error.message);
      io.error("Nothing was written.");
      return 1;
    }
    io.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function usageError(io: CliIo, error: z.ZodError): number {
  for (const issue of error.issues) io.error(`--${issue.path.join(".") || "?"}: ${issue.message}`);
  io.error(USAGE);
  return 2;
}
