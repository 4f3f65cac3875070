// Reading the prospectus choice from the query string: only real opportunities and known sectors get through.
import { describe, expect, it } from "vitest";
import { MAX_OPPORTUNITIES } from "../../app/prospectus/limits";
import { chosenOpportunities, parseSelection, type ProspectusData } from "../../app/prospectus/model.server";

type Opportunity = ProspectusData["opportunities"][number];

function opportunity(id: string, sector: Opportunity["sector"], titles: Record<string, string>): Opportunity {
  const versions = Object.entries(titles).map(([language, title]) => ({
    _id: `${id}-${language}`,
    language,
    title,
    sector,
    location: null,
    areaHa: null,
    capitalVndBn: null,
    investmentForms: null,
    status: "open" as const,
    summary: null,
    illustrative: null,
    sources: null,
  }));
  return { ...versions[0], _id: id, translations: versions };
}

const data = {
  settings: null,
  indicators: [],
  parks: [],
  opportunities: [
    opportunity("opp-a", "industry", { vi: "Khu công nghiệp A", en: "Industrial park A" }),
    opportunity("opp-b", "tourism", { vi: "Du lịch B" }),
    opportunity("opp-c", "industry", { vi: "Khu công nghiệp C", ja: "工業団地C" }),
  ],
} as unknown as ProspectusData;

const parse = (query: string) => parseSelection(new URLSearchParams(query), data);

describe("parseSelection", () => {
  it("accepts known opportunities, once each", () => {
    expect(parse("opportunity=opp-a&opportunity=opp-b&opportunity=opp-a")).toEqual({
      ok: true,
      ids: ["opp-a", "opp-b"],
      sector: null,
    });
  });
  it("accepts a known sector, alone or with opportunities", () => {
    expect(parse("sector=tourism")).toEqual({ ok: true, ids: [], sector: "tourism" });
    expect(parse("opportunity=opp-a&sector=tourism")).toEqual({ ok: true, ids: ["opp-a"], sector: "tourism" });
  });
  it("treats an empty sector as no sector", () => {
    expect(parse("opportunity=opp-a&sector=")).toEqual({ ok: true, ids: ["opp-a"], sector: null });
    expect(parse("sector=")).toEqual({ ok: false, error: "empty" });
  });
  it("refuses an empty choice", () => expect(parse("")).toEqual({ ok: false, error: "empty" }));
  it("refuses ids that name no opportunity, including a translation's id", () => {
    expect(parse("opportunity=nope")).toEqual({ ok: false, error: "unknownOpportunity" });
    expect(parse("opportunity=opp-a-en")).toEqual({ ok: false, error: "unknownOpportunity" });
    expect(parse(`opportunity=${encodeURIComponent("<script>")}`)).toEqual({ ok: false, error: "unknownOpportunity" });
  });
  it("refuses unknown or repeated sectors", () => {
    expect(parse("sector=mining")).toEqual({ ok: false, error: "unknownSector" });
    expect(parse("sector=industry&sector=tourism")).toEqual({ ok: false, error: "unknownSector" });
  });
  it("refuses more ids than the limit before looking them up", () => {
    const query = Array.from({ length: MAX_OPPORTUNITIES + 1 }, (_, i) => `opportunity=x${i}`).join("&");
    expect(parse(query)).toEqual({ ok: false, error: "tooMany" });
  });
});

describe("chosenOpportunities", () => {
  it("joins the ids and the sector and picks each title along the fallback chain", () => {
    const chosen = chosenOpportunities(data, ["opp-b"], "industry", ["ja", "en", "vi"]);
    expect(chosen.map((c) => [c.id, c.shown.value.title, c.shown.lang, c.shown.isFallback])).toEqual([
      ["opp-a", "Industrial park A", "en", true],
      ["opp-b", "Du lịch B", "vi", true],
      ["opp-c", "工業団地C", "ja", false],
    ]);
  });
});
