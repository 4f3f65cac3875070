/**
 * The news list's pagination over HTTP on a dataset with many pages (scripts/generate-dataset.mjs,
 * a few hundred documents): a window of page links (first, last, current, neighbours) with
 * rel prev/next and aria-current, never a link to every page, in every language.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGE_IDS } from "../../app/i18n/languages";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "hg-news-pages-"));
  execFileSync(process.execPath, ["scripts/generate-dataset.mjs", "--count", "1000", "--out", dir], {
    stdio: "ignore",
  });
  server = await startServer({ CONTENT_DATASET: dir });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The pagination nav of a news page: its links (href → text, rel) and the current page. */
async function pagination(pathname: string) {
  const response = await fetch(server.baseUrl + pathname);
  expect(response.status, pathname).toBe(200);
  const html = await response.text();
  const nav = /<nav class="pagination"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
  const links = [...nav.matchAll(/<a([^>]*)href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({
    href: m[2].replaceAll("&amp;", "&"),
    text: m[3],
    rel: /rel="(\w+)"/.exec(m[1])?.[1],
  }));
  const current = /<span aria-current="page">(\d+)<\/span>/.exec(nav)?.[1];
  // The last page is always shown: the highest number in the nav.
  const pages = Math.max(Number(current), ...links.filter((l) => !l.rel).map((l) => Number(l.text)));
  return {
    links,
    current: Number(current),
    pages,
    label: /<nav class="pagination" aria-label="([^"]+)"/.exec(html)?.[1],
  };
}

describe("news pagination", () => {
  it("links a window of pages, not every page", async () => {
    const { pages } = await pagination("/vi/news");
    expect(pages, "the generated dataset makes enough pages").toBeGreaterThan(12);
    const middle = Math.floor(pages / 2);
    const { links, current } = await pagination(`/vi/news?page=${middle}`);
    expect(current).toBe(middle);
    const numbered = links.filter((l) => !l.rel).map((l) => Number(l.text));
    expect(numbered).toEqual([1, middle - 2, middle - 1, middle + 1, middle + 2, pages]);
    expect(links.find((l) => l.rel === "prev")?.href).toBe(`/vi/news?page=${middle - 1}`);
    expect(links.find((l) => l.rel === "next")?.href).toBe(`/vi/news?page=${middle + 1}`);
    // A far page is not linked.
    expect(links.some((l) => l.href === `/vi/news?page=${middle + 5}`)).toBe(false);
  });

  it("works at the last page: no next link, first page linked without ?page", async () => {
    const { pages } = await pagination("/vi/news");
    const { links, current } = await pagination(`/vi/news?page=${pages}`);
    expect(current).toBe(pages);
    expect(links.some((l) => l.rel === "next")).toBe(false);
    expect(links.find((l) => l.rel === "prev")?.href).toBe(`/vi/news?page=${pages - 1}`);
    expect(links.find((l) => l.text === "1")?.href).toBe("/vi/news");
    expect(links.filter((l) => !l.rel).map((l) => Number(l.text))).toEqual([1, pages - 2, pages - 1]);
  });

  it.each([...LANGUAGE_IDS])("is a labelled nav with the current page in %s", async (lang) => {
    const { links, current, label } = await pagination(`/${lang}/news?page=2`);
    expect(current).toBe(2);
    expect(label).toBeTruthy();
    expect(links.find((l) => l.rel === "prev")?.href).toBe(`/${lang}/news`);
    expect(links.find((l) => l.rel === "next")?.href).toBe(`/${lang}/news?page=3`);
  });
});
