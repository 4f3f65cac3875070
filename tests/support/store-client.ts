/**
 * Clients of a test server's content store: @sanity/client pointed at its `/api/store`
 * prefix (as a script or a Sanity-path test would talk to it), and a raw GROQ query with the
 * automation token for checking what the store holds, drafts included.
 */
import { createClient, type SanityClient } from "@sanity/client";
import { expect } from "vitest";
import { TEST_STORE_TOKEN } from "./server";

/** @sanity/client on the store of the server at `baseUrl`, as the automation token or (null) anonymous. */
export function storeClient(baseUrl: string, token: string | null = TEST_STORE_TOKEN): SanityClient {
  return createClient({
    projectId: "demo1234",
    dataset: "production",
    apiVersion: "2025-02-19",
    apiHost: `${baseUrl}/api/store`,
    useProjectHostname: false,
    useCdn: false,
    ...(token ? { token } : {}),
  });
}

/** GROQ against the store with the automation token, in the raw perspective (drafts too). */
export async function queryStore<T>(baseUrl: string, groq: string, params: Record<string, unknown> = {}): Promise<T> {
  const url = new URL(`${baseUrl}/api/store/v2025-02-19/data/query/production`);
  url.searchParams.set("query", groq);
  url.searchParams.set("perspective", "raw");
  for (const [key, value] of Object.entries(params)) url.searchParams.set(`$${key}`, JSON.stringify(value));
  const res = await fetch(url, { headers: { authorization: `Bearer ${TEST_STORE_TOKEN}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { result: T }).result;
}
