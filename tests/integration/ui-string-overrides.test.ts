/**
 * Staff's UI-string overrides on the content store, over HTTP against the production
 * build (its own server and store, whose log the test reads): a published override shows
 * on the page in its language only and in the /locales JSON the browser hydrates with,
 * under a new strings version; an invalid one is ignored with a log line; deleting the
 * override brings the base string back.
 */
import type { SanityClient } from "@sanity/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/server";
import { storeClient } from "../support/store-client";

let server: RunningServer;
let editor: SanityClient;

beforeAll(async () => {
  server = await startServer();
  editor = storeClient(server.baseUrl);
});

afterAll(async () => {
  await server?.stop();
});

async function page(path: string): Promise<{ html: string; version: string }> {
  const response = await fetch(server.baseUrl + path);
  expect(response.status, path).toBe(200);
  const html = await response.text();
  const version = /data-strings-version="([^"]+)"/.exec(html)?.[1];
  expect(version, `strings version of ${path}`).toBeTruthy();
  return { html, version: version! };
}

async function strings(lang: string, version: string) {
  const response = await fetch(`${server.baseUrl}/locales/${lang}/common.json?v=${version}`);
  expect(response.status).toBe(200);
  return {
    cacheControl: response.headers.get("Cache-Control"),
    json: (await response.json()) as { a11y: Record<string, string> },
  };
}

const SKIP_EN = "Skip to main content";
const SKIP_JA = "本文へ移動";
const OVERRIDE = "Jump straight to the content";

describe("UI-string overrides from the store", () => {
  it("show in their language only, on the page and in the served strings, and go when deleted", async () => {
    const before = await page("/en");
    expect(before.html).toContain(SKIP_EN);
    expect(before.html).not.toContain(OVERRIDE);
    const jaBefore = await page("/ja");

    await editor.createOrReplace({
      _id: "ui-override-test-skip-en",
      _type: "uiStringOverride",
      language: "en",
      namespace: "common",
      key: "a11y.skipToContent",
      value: OVERRIDE,
    });

    const after = await page("/en");
    expect(after.html).toContain(OVERRIDE);
    expect(after.html).not.toContain(SKIP_EN);
    expect(after.version).not.toBe(before.version);
    const served = await strings("en", after.version);
    expect(served.json.a11y.skipToContent).toBe(OVERRIDE);
    expect(served.json.a11y.mainNav).toBe("Main navigation");
    expect(served.cacheControl).toContain("immutable");

    const ja = await page("/ja");
    expect(ja.html).toContain(SKIP_JA);
    expect(ja.html).not.toContain(OVERRIDE);
    expect((await strings("ja", ja.version)).json.a11y.skipToContent).toBe(SKIP_JA);
    // The old version's URL is no longer the current one: not cached for long.
    expect((await strings("ja", jaBefore.version)).cacheControl).not.toContain("immutable");

    await editor.delete("ui-override-test-skip-en");
    const gone = await page("/en");
    expect(gone.html).toContain(SKIP_EN);
    expect(gone.html).not.toContain(OVERRIDE);
    expect(gone.version).toBe(before.version);
    expect((await strings("en", gone.version)).json.a11y.skipToContent).toBe(SKIP_EN);
  });

  it("are ignored with a log line when the key is unknown or a placeholder is broken", async () => {
    const before = await page("/en");
    await editor
      .transaction()
      .createOrReplace({
        _id: "ui-override-test-bad-placeholder",
        _type: "uiStringOverride",
        language: "en",
        namespace: "common",
        key: "a11y.mainNav",
        value: "Main {{section}} navigation",
      })
      .createOrReplace({
        _id: "ui-override-test-unknown-key",
        _type: "uiStringOverride",
        language: "en",
        namespace: "common",
        key: "a11y.noSuchKey",
        value: "Never shown",
      })
      .commit();

    const after = await page("/en");
    expect(after.html).toContain('aria-label="Main navigation"');
    expect(after.html).not.toContain("{{section}}");
    expect(after.html).not.toContain("Never shown");
    // Nothing valid changed: the browser keeps its cached strings.
    expect(after.version).toBe(before.version);
    expect((await strings("en", after.version)).json.a11y.mainNav).toBe("Main navigation");

    const log = server.output();
    expect(log).toMatch(/\[ui-strings\] override en · common:a11y\.mainNav ignored: .*unknown \{\{section\}\}/);
    expect(log).toMatch(/\[ui-strings\] override en · common:a11y\.noSuchKey ignored: unknown key/);
    // One line each, however many requests read the same content version.
    await page("/en/news");
    expect(server.output().match(/common:a11y\.noSuchKey ignored/g)).toHaveLength(1);
  });
});
