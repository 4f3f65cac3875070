/**
 * The Studio's Report tool reads `<store API>/v<date>/site/report/<year>`: the figures of
 * `npm run report` for a logged-in account (here the automation token), 401 for anyone
 * else, 400 for a malformed year.
 */
import { describe, expect, inject, it } from "vitest";
import type { ReportFigures } from "../../app/report/figures";
import { TEST_STORE_TOKEN } from "../support/server";

const baseUrl = inject("baseUrl");
const url = (year: string) => `${baseUrl}/api/store/v2025-02-19/site/report/${year}`;
const auth = { authorization: `Bearer ${TEST_STORE_TOKEN}` };

describe("the report endpoint for the Studio", () => {
  it("gives staff the year's figures, counts only", async () => {
    const res = await fetch(url("2026"), { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const figures = (await res.json()) as ReportFigures;
    expect(figures.year).toBe(2026);
    expect(figures.languages).toEqual(["vi", "en", "ja", "ko", "zh-Hans", "fr"]);
    expect(figures.published.map((p) => p.section)).toContain("news");
    expect(figures.translations.find((t) => t.language === "en")!.total).toBeGreaterThan(0);
    expect(figures.events).toHaveLength(5);
  });

  it("refuses anonymous callers and a malformed year", async () => {
    expect((await fetch(url("2026"))).status).toBe(401);
    expect((await fetch(url("20x6"), { headers: auth })).status).toBe(400);
    expect((await fetch(url("2026"), { method: "POST", headers: auth })).status).toBe(405);
  });
});
