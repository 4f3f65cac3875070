/**
 * Settings of the inquiry feature from the environment, checked once with zod. The
 * write token stays here, on the server; nothing of it reaches the browser.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { parseContentEnv } from "~/content/env.server";

const schema = z.object({
  /** The embedded database file (created with its folder when missing). */
  INQUIRY_DB: z.string().min(1).default(".data/inquiries.sqlite"),
  /** Signs form tokens; at least 32 characters. Unset: a random one per process (tokens die with it). */
  INQUIRY_SECRET: z.string().min(32, "INQUIRY_SECRET must be at least 32 characters").optional(),
  /** A form sent sooner than this after it was served is refused as automated. */
  INQUIRY_MIN_FILL_MS: z.coerce.number().int().min(0).default(3_000),
  /** How long a served form stays valid. */
  INQUIRY_MAX_AGE_MS: z.coerce.number().int().positive().default(24 * 60 * 60 * 1000),
  /** Submissions per client and window. */
  INQUIRY_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  INQUIRY_RATE_WINDOW_S: z.coerce.number().int().positive().default(600),
  /** Sanity write access (server only); with SANITY_PROJECT_ID it turns the outbox on. */
  SANITY_WRITE_TOKEN: z.string().min(1).optional(),
  /** First retry delay of the outbox; doubles per failure up to INQUIRY_OUTBOX_MAX_MS. */
  INQUIRY_OUTBOX_BASE_MS: z.coerce.number().int().positive().default(5_000),
  INQUIRY_OUTBOX_MAX_MS: z.coerce.number().int().positive().default(60 * 60 * 1000),
  TRUST_PROXY: z.string().optional(),
});

export type InquiryConfig = z.infer<typeof schema> & { secret: string; sanity?: SanityWriteConfig };

export interface SanityWriteConfig {
  projectId: string;
  dataset: string;
  apiVersion: string;
  token: string;
  apiHost?: string;
}

const holder = globalThis as typeof globalThis & { __inquiryConfig?: InquiryConfig };

export function inquiryConfig(): InquiryConfig {
  if (holder.__inquiryConfig) return holder.__inquiryConfig;
  const cleaned = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) throw new Error(`Invalid inquiry settings:\n${z.prettifyError(result.error)}`);
  const env = result.data;
  let secret = env.INQUIRY_SECRET;
  if (!secret) {
    secret = randomBytes(32).toString("base64url");
    console.warn(
      "INQUIRY_SECRET is not set: form tokens are signed with a key made for this process, so forms served before a restart will be refused once (their input is kept). Set INQUIRY_SECRET (32+ characters) in production.",
    );
  }
  const content = parseContentEnv();
  const sanity =
    content.SANITY_PROJECT_ID && env.SANITY_WRITE_TOKEN
      ? {
          projectId: content.SANITY_PROJECT_ID,
          dataset: content.SANITY_DATASET,
          apiVersion: content.SANITY_API_VERSION,
          token: env.SANITY_WRITE_TOKEN,
          apiHost: content.SANITY_API_HOST,
        }
      : undefined;
  holder.__inquiryConfig = { ...env, secret, sanity };
  return holder.__inquiryConfig;
}
