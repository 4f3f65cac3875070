/**
 * The XLIFF round trip against a running server's content store, through the command
 * line's code and @sanity/client as an agency's file would travel: export French for the
 * industrial parks, fill it with a pseudo-translation, import it (drafts, one
 * transaction), publish one draft through the actions API and read it on the site's
 * French page; a file with any error writes nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SanityClient } from "@sanity/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTranslationsCommand } from "../../app/translations/xliff-cli.server";
import { startServer, TEST_STORE_TOKEN, type RunningServer } from "../support/server";
import { storeClient } from "../support/store-client";
import { pseudo, pseudoTranslate } from "../support/xliff-pseudo";

let server: RunningServer;
let client: SanityClient;
const dir = mkdtempSync(path.join(tmpdir(), "hg-xliff-"));

beforeAll(async () => {
  server = await startServer();
  client = storeClient(server.baseUrl);
});

afterAll(async () => {
  await server?.stop();
});

async function run(...argv: string[]) {
  const errors: string[] = [];
  const code = await runTranslationsCommand(argv, {
    out: () => undefined,
    error: (line) => errors.push(line),
    env: { STORE_URL: server.baseUrl, STORE_API_TOKEN: TEST_STORE_TOKEN },
  });
  return { code, stderr: errors.join("\n") };
}

const snapshot = () =>
  client.fetch<{ _id: string; _rev: string }[]>(
    `*[_type in ["industrialPark", "translation.metadata"]]{_id, _rev}`,
    {},
    { perspective: "raw" },
  );

describe("the XLIFF round trip on the content store", () => {
  it("refuses a file with an altered placeholder or a stale source, writing nothing", async () => {
    const file = path.join(dir, "fr-bad.xlf");
    expect((await run("export", "--lang", "fr", "--type", "industrialPark", "--out", file)).code).toBe(0);
    const before = await snapshot();
    const good = await pseudoTranslate(readFileSync(file, "utf8"));
    // One empty target among many good ones: the whole file is refused.
    const bad = good.replace(/<target>[^<]*<\/target>/, "<target></target>");
    writeFileSync(file, bad);
    const result = await run("import", file, "--by", "Agency");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unit industrialPark-[a-z0-9-]+-vi\/title: empty target/);
    expect(result.stderr).toContain("Nothing was written.");
    writeFileSync(file, "<xliff version='1.2'><file");
    expect((await run("import", file)).stderr).toContain("malformed XML");
    expect(await snapshot()).toEqual(before);
  });

  it("imports a pseudo-translation as drafts that the site shows once published", async () => {
    const file = path.join(dir, "fr.xlf");
    const exported = await run("export", "--lang", "fr", "--type", "industrialPark", "--out", file);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/fr: \d+ units from 8 documents/);
    writeFileSync(file, await pseudoTranslate(readFileSync(file, "utf8")));

    const imported = await run("import", file, "--by", "Pseudo agency");
    expect(imported.stderr).toMatch(/fr: \d+ units, 8 new and 0 updated translations written as drafts/);
    expect(imported.code).toBe(0);

    const source = await client.fetch<{ _id: string; _rev: string; title: string }>(
      `*[_id == "industrialPark-song-hau-vi"][0]{_id, _rev, title}`,
    );
    const draft = await client.fetch<{
      title: string;
      slug: { current: string };
      translation: { sourceRev: string; state: string; translatedBy: string };
    }>(`*[_id == "drafts.industrialPark-song-hau-fr"][0]`, {}, { perspective: "raw" });
    expect(draft.title).toBe(`⟦${pseudo(source.title)}⟧`);
    expect(draft.translation).toMatchObject({
      sourceRev: source._rev,
      state: "needsReview",
      translatedBy: "Pseudo agency",
    });
    const linked = await client.fetch<string[]>(
      `*[_type == "translation.metadata" && references("industrialPark-song-hau-vi")][0].translations[].language`,
    );
    expect(linked).toContain("fr");
    // Drafts are not public.
    expect(await client.withConfig({ token: undefined }).fetch(`*[_id == "industrialPark-song-hau-fr"][0]`)).toBeNull();

    await client.request({
      method: "POST",
      url: "/data/actions/production",
      body: {
        actions: [
          {
            actionType: "sanity.action.document.publish",
            draftId: "drafts.industrialPark-song-hau-fr",
            publishedId: "industrialPark-song-hau-fr",
          },
        ],
      },
    });
    const response = await fetch(`${server.baseUrl}/fr/invest/industrial-parks/${draft.slug.current}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`⟦${pseudo(source.title)}⟧`.replace(/&/g, "&amp;"));
    expect(html).toContain('lang="fr"');
  });
});
