/**
 * Content settings from the environment, checked once with zod. With no
 * SANITY_PROJECT_ID the site answers from the embedded dataset; with one, from the
 * Content Lake. The read token stays on the server: nothing here reaches the browser.
 */
import { z } from "zod";

const contentEnvSchema = z.object({
  SANITY_PROJECT_ID: z
    .string()
    .regex(/^[a-z0-9-]+$/, "a Sanity project id is lower-case letters, digits and dashes")
    .optional(),
  SANITY_DATASET: z.string().regex(/^[a-z0-9_-]{1,64}$/).default("production"),
  SANITY_API_VERSION: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2}|v1|vX)$/)
    .default("2025-02-19"),
  SANITY_READ_TOKEN: z.string().min(1).optional(),
  /** Another API origin (a local stand-in in tests); the project then travels in a header. */
  SANITY_API_HOST: z.url().optional(),
  SANITY_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** The embedded dataset: a folder with data.ndjson, or an .ndjson file with images/ beside it. */
  CONTENT_DATASET: z.string().min(1).default("studio/seed/production.ndjson"),
  NODE_ENV: z.string().default("development"),
});

export type ContentEnv = z.infer<typeof contentEnvSchema>;

export function parseContentEnv(env: Record<string, string | undefined> = process.env): ContentEnv {
  // Empty strings (`SANITY_PROJECT_ID=` in an .env file) mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const result = contentEnvSchema.safeParse(cleaned);
  if (!result.success) {
    throw new Error(`Invalid content settings:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
