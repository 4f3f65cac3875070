/**
 * Settings of the inquiry feature, derived from the one checked environment
 * (app/utils/env.server.js). The write token stays here, on the server; nothing of it
 * reaches the browser.
 */
import { randomBytes } from "node:crypto";
import { env, type Env } from "~/utils/env.server";

type InquiryEnv = Pick<
  Env,
  | "INQUIRY_DB"
  | "INQUIRY_MIN_FILL_MS"
  | "INQUIRY_MAX_AGE_MS"
  | "INQUIRY_RATE_LIMIT"
  | "INQUIRY_RATE_WINDOW_S"
  | "INQUIRY_OUTBOX_BASE_MS"
  | "INQUIRY_OUTBOX_MAX_MS"
  | "TRUST_PROXY"
  | "PUBLIC_URL"
>;

export type InquiryConfig = InquiryEnv & {
  /** INQUIRY_SECRET, or a key made for this process when it is unset. */
  secret: string;
  /** Sanity writes: set when both SANITY_PROJECT_ID and SANITY_WRITE_TOKEN are. */
  sanity?: SanityWriteConfig;
  /** No SANITY_PROJECT_ID: the site runs the content store, and inquiries are written into it. */
  contentStore: boolean;
};

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
  const e = env();
  let secret = e.INQUIRY_SECRET;
  if (!secret) {
    secret = randomBytes(32).toString("base64url");
    console.warn(
      "INQUIRY_SECRET is not set: form tokens are signed with a key made for this process, so forms served before a restart will be refused once (their input is kept). Set INQUIRY_SECRET (32+ characters) in production.",
    );
  }
  const sanity =
    e.SANITY_PROJECT_ID && e.SANITY_WRITE_TOKEN
      ? {
          projectId: e.SANITY_PROJECT_ID,
          dataset: e.SANITY_DATASET,
          apiVersion: e.SANITY_API_VERSION,
          token: e.SANITY_WRITE_TOKEN,
          apiHost: e.SANITY_API_HOST,
        }
      : undefined;
  holder.__inquiryConfig = {
    INQUIRY_DB: e.INQUIRY_DB,
    INQUIRY_MIN_FILL_MS: e.INQUIRY_MIN_FILL_MS,
    INQUIRY_MAX_AGE_MS: e.INQUIRY_MAX_AGE_MS,
    INQUIRY_RATE_LIMIT: e.INQUIRY_RATE_LIMIT,
    INQUIRY_RATE_WINDOW_S: e.INQUIRY_RATE_WINDOW_S,
    INQUIRY_OUTBOX_BASE_MS: e.INQUIRY_OUTBOX_BASE_MS,
    INQUIRY_OUTBOX_MAX_MS: e.INQUIRY_OUTBOX_MAX_MS,
    TRUST_PROXY: e.TRUST_PROXY,
    PUBLIC_URL: e.PUBLIC_URL,
    secret,
    sanity,
    contentStore: !e.SANITY_PROJECT_ID,
  };
  return holder.__inquiryConfig;
}
