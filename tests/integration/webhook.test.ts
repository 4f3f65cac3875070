/**
 * The Sanity webhook on a server reading a (stand-in) Content Lake with a long result
 * cache: a publish does not show while cached; a forged, stale, replayed or malformed
 * webhook changes nothing; a valid one makes the next request show it.
 */
import { encodeSignatureHeader } from "@sanity/webhook";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataset, type SanityDocument } from "../../app/content/dataset.server";
import { ARTICLE_WITHOUT_JA } from "../pages";
import { startFakeSanity, type FakeSanity } from "../support/fake-sanity";
import { DEMO_DATASET } from "../support/sample-params";
import { startServer, type RunningServer } from "../support/server";

const SECRET = "webhook-secret-for-tests-0123456789";
const PROJECT_ID = "webhooktest";

let fake: FakeSanity;
let server: RunningServer;
let article: SanityDocument;

beforeAll(async () => {
  fake = await startFakeSanity({ datasetPath: DEMO_DATASET, projectId: PROJECT_ID, dataset: "production" });
  const { documents } = await readDataset(DEMO_DATASET, { projectId: PROJECT_ID, dataset: "production", baseUrl: "" });
  article = documents.find((d) => d._id === ARTICLE_WITHOUT_JA.get("en")!._id)!;
  server = await startServer({
    SANITY_PROJECT_ID: PROJECT_ID,
    SANITY_API_HOST: fake.url,
    SANITY_CACHE_TTL_S: "3600",
    SANITY_WEBHOOK_SECRET: SECRET,
  });
});

afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

const path = () => `/en/news/${ARTICLE_WITHOUT_JA.get("en")!.slug}`;

async function title(): Promise<string> {
  const response = await fetch(server.baseUrl + path());
  expect(response.status, server.output()).toBe(200);
  const html = await response.text();
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
}

async function hook(body: string, signature?: string) {
  return fetch(`${server.baseUrl}/api/webhooks/sanity`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(signature ? { "sanity-webhook-signature": signature } : {}) },
    body,
  });
}

describe("POST /api/webhooks/sanity", () => {
  it("purges the content caches on a valid call, and only then", async () => {
    const before = await title();
    expect(before).toBe(article.title);
    const edited = `${article.title} (published after the cache)`;
    fake.setDocument({ ...article, title: edited });
    expect(await title(), "cached for SANITY_CACHE_TTL_S").toBe(before);

    const body = JSON.stringify({ _id: article._id, _type: "article" });
    const forged = await hook(body, await encodeSignatureHeader(body, Date.now(), "another-secret-0123456789abc"));
    expect(forged.status).toBe(401);
    expect((await hook(body)).status).toBe(401);
    const stale = await hook(body, await encodeSignatureHeader(body, Date.now() - 10 * 60_000, SECRET));
    expect(stale.status).toBe(401);
    expect((await hook(body, "t=abc,v1=")).status).toBe(400);
    expect((await hook("{not json", await encodeSignatureHeader("{not json", Date.now(), SECRET))).status).toBe(400);
    expect(await title(), "a refused call changes nothing").toBe(before);

    const signature = await encodeSignatureHeader(body, Date.now(), SECRET);
    const started = performance.now();
    const valid = await hook(body, signature);
    expect(valid.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(valid.headers.get("cache-control")).toMatch(/no-store/);
    expect(await title()).toBe(edited);

    // The same call again is a replay: refused, and nothing is purged.
    fake.setDocument({ ...article, title: `${edited}, twice` });
    expect((await hook(body, signature)).status).toBe(401);
    expect(await title()).toBe(edited);
    expect(server.output()).toMatch(/\[webhook\] refused \(401\): replayed signature/);
  });
});
