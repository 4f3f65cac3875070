// Investment opportunities and industrial parks over HTTP: filters, sorting, downloads (parsed back) and detail pages.
import { parse } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import en from "../../locales/en/investment.json";
import ja from "../../locales/ja/investment.json";

const baseUrl = inject("baseUrl");
const LIST = "/en/invest/opportunities";

interface Item {
  id: string;
  title: string;
  url: string;
  sector: string;
  location: string | null;
  areaHa: number | null;
  capitalVndBn: number | null;
  investmentForms: string[];
  status: string;
  illustrative: boolean;
}

interface ListJson {
  count: number;
  dataAsOf: string | null;
  publisher: string;
  page: string;
  items: Item[];
}

function get(path: string) {
  return fetch(baseUrl + path, { redirect: "manual" });
}

async function listJson(query = ""): Promise<ListJson> {
  const response = await get(`${LIST}.json${query}`);
  expect(response.status, query).toBe(200);
  return (await response.json()) as ListJson;
}

async function html(path: string, status = 200): Promise<string> {
  const response = await get(path);
  expect(response.status, path).toBe(status);
  return response.text();
}

/** Titles of the result cards, in page order. */
function cardTitles(page: string): string[] {
  return [...page.matchAll(/<h3 class="card__title"><a [^>]*>([^<]*)<\/a>/g)].map((m) => decode(m[1]));
}

function decode(s: string): string {
  return s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF; every row as wide as the header), read by csv-parse. */
const parseCsv = (text: string): string[][] => parse(text);

describe("opportunity filters", () => {
  it.each([
    ["sector=industry", (i: Item) => i.sector === "industry"],
    ["location=chauThanh", (i: Item) => i.location === "chauThanh"],
    ["form=fdi", (i: Item) => i.investmentForms.includes("fdi")],
    ["status=closed", (i: Item) => i.status === "closed"],
    ["minHa=1000", (i: Item) => i.areaHa !== null && i.areaHa >= 1000],
    ["maxHa=250", (i: Item) => i.areaHa !== null && i.areaHa <= 250],
    ["minCapital=200", (i: Item) => i.capitalVndBn !== null && i.capitalVndBn >= 200],
    ["maxCapital=200", (i: Item) => i.capitalVndBn !== null && i.capitalVndBn <= 200],
  ])("%s narrows the list to matching opportunities, on the page and in the download", async (query, matches) => {
    const all = await listJson();
    const filtered = await listJson(`?${query}`);
    expect(filtered.count).toBeGreaterThan(0);
    expect(filtered.count).toBeLessThan(all.count);
    expect(filtered.items.every(matches)).toBe(true);
    // Nothing that matches is left out.
    expect(
      all.items
        .filter(matches)
        .map((i) => i.id)
        .sort(),
    ).toEqual(filtered.items.map((i) => i.id).sort());
    const page = await html(`${LIST}?${query}`);
    expect(cardTitles(page)).toEqual(filtered.items.map((i) => i.title));
  });

  it("combines filters (all must hold)", async () => {
    const both = await listJson("?sector=industry&maxHa=250");
    expect(both.items.map((i) => i.sector)).toEqual(both.items.map(() => "industry"));
    expect(both.items.every((i) => i.areaHa! <= 250)).toBe(true);
    expect(both.count).toBeLessThan((await listJson("?sector=industry")).count);
  });

  it("sorts by capital and by size in the query", async () => {
    const byCapital = (await listJson("?sort=capitalDesc")).items.map((i) => i.capitalVndBn);
    const known = byCapital.filter((c): c is number => c !== null);
    expect(known.length).toBeGreaterThan(1);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    // Unknown capital goes last, never first.
    expect(byCapital.slice(0, known.length)).toEqual(known);
    const bySize = (await listJson("?sort=sizeAsc")).items.map((i) => i.areaHa!);
    expect(bySize).toEqual([...bySize].sort((a, b) => a - b));
  });

  it("gives a shareable canonical URL that shows the same list", async () => {
    const messy = `${LIST}?maxHa=400&junk=1&sector=industry&sort=sizeAsc&location=`;
    const page = await html(messy);
    const csvHref = decode(/href="([^"]*\/opportunities\.csv[^"]*)"/.exec(page)![1]);
    expect(csvHref).toBe(`${LIST}.csv?sector=industry&maxHa=400&sort=sizeAsc`);
    const canonical = csvHref.replace(".csv", "");
    expect(cardTitles(await html(canonical))).toEqual(cardTitles(page));
    // The form shows the filters it was given, so the reader can change them.
    expect(page).toMatch(/<option value="industry" selected="">/);
    expect(page).toMatch(/name="maxHa"[^>]*value="400"/);
  });

  it("says when nothing matches and offers to clear the filters", async () => {
    const page = await html(`${LIST}?form=ppp`);
    expect(cardTitles(page)).toEqual([]);
    expect(page).toContain(en.list.empty);
    expect(page).toContain(`href="${LIST}">${en.filters.clear}</a>`);
  });

  it("answers unreadable filters with a localized 400 that names them, without reflecting markup", async () => {
    const response = await get(`/ja/invest/opportunities?sector=%3Cscript%3Ealert(1)%3C/script%3E&minHa=50&maxHa=10`);
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toMatch(/no-store/);
    const page = await response.text();
    expect(page).toContain(ja.filters.invalidTitle);
    expect(page).toContain(ja.filters.invalid.replace("{{field}}", ja.filters.sector));
    expect(page).toContain(ja.filters.range.replace("{{field}}", ja.filters.minHa));
    expect(page).not.toContain("<script>alert(1)");
    expect(page).toContain(`href="/ja/invest/opportunities">${ja.filters.clear}</a>`);
  });

  it.each(["csv", "json", "geojson"])(
    "answers an unreadable filter on the %s download with a localized 400",
    async (format) => {
      const response = await get(`/ja/invest/opportunities.${format}?status=maybe`);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(ja.filters.status);
    },
  );
});

describe("opportunity downloads", () => {
  it("CSV: UTF-8 with BOM, headers in the reader's language, the filtered rows", async () => {
    const response = await get("/ja/invest/opportunities.csv?sector=industry&sort=sizeDesc");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="opportunities-ja\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3)));
    const [header, ...records] = rows;
    expect(header).toEqual(Object.values(ja.download.columns));
    const expected = await listJson("?sector=industry&sort=sizeDesc");
    expect(records.map((r) => r[header.indexOf(ja.download.columns.areaHa)])).toEqual(
      expected.items.map((i) => String(i.areaHa)),
    );
    expect(records.every((r) => r[header.indexOf(ja.download.columns.sector)] === ja.sector.industry)).toBe(true);
    // Each row carries its sources and the date of the data.
    const asOf = records.map((r) => r[header.indexOf(ja.download.columns.dataAsOf)]);
    expect(asOf.every((d) => /^\d{4}-\d{2}-\d{2}T/.test(d))).toBe(true);
    expect(records.every((r) => r[header.indexOf(ja.download.columns.sources)].length > 0)).toBe(true);
  });

  it("JSON: the same rows as the page, with its source and the date of the data", async () => {
    const data = await listJson("?status=open");
    expect(data.publisher).toBeTruthy();
    expect(data.page).toBe(`${baseUrl}${LIST}?status=open`);
    expect(data.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(data.count).toBe(data.items.length);
    expect(data.items.every((i) => i.url.startsWith(`${baseUrl}/en/invest/opportunities/`))).toBe(true);
  });

  it("GeoJSON: a FeatureCollection whose features are the filtered list, with RFC 7946 geometry", async () => {
    const response = await get(`${LIST}.geojson?sort=capitalDesc`);
    expect(response.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    const geo = (await response.json()) as {
      type: string;
      dataAsOf: string;
      publisher: string;
      features: {
        type: string;
        id: string;
        geometry: { type: string; coordinates: number[] } | null;
        properties: Item & { approximate: boolean | null };
      }[];
    };
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.dataAsOf).toBeTruthy();
    expect(geo.publisher).toBeTruthy();
    const list = await listJson("?sort=capitalDesc");
    expect(geo.features.map((f) => f.id)).toEqual(list.items.map((i) => i.id));
    expect(geo.features.map((f) => f.properties.title)).toEqual(list.items.map((i) => i.title));
    for (const f of geo.features) {
      expect(f.type).toBe("Feature");
      if (f.geometry === null) continue;
      expect(f.geometry.type).toBe("Point");
      const [lng, lat] = f.geometry.coordinates;
      // Hậu Giang lies around 105.3–106.0 E, 9.5–10.1 N: [lng, lat] order, not swapped.
      expect(lng).toBeGreaterThan(105);
      expect(lng).toBeLessThan(106.1);
      expect(lat).toBeGreaterThan(9.4);
      expect(lat).toBeLessThan(10.2);
      expect(typeof f.properties.approximate).toBe("boolean");
    }
    // An opportunity with only a district has the district seat, marked approximate.
    const mekong = geo.features.find((f) => f.properties.location === "chauThanh")!;
    expect(mekong.geometry).not.toBeNull();
    expect(mekong.properties.approximate).toBe(true);
  });
});

describe("opportunity detail", () => {
  const CLOSED = "/en/invest/opportunities/sample-rice-straw-processing-plant";

  it("keeps a closed opportunity readable, marked closed, with its dated history", async () => {
    const page = await html(CLOSED);
    expect(page).toContain(en.detail.closedNotice);
    expect(page).toContain(`badge badge--closed">${en.status.closed}</span>`);
    expect(page).toContain(en.illustrative.notice);
    expect(page).toMatch(/<time dateTime="2025-03">March 2025<\/time>/i);
    expect(page).toContain(
      `href="/en/invest/inquiry?opportunity=investmentOpportunity-sample-rice-straw-processing-vi"`,
    );
  });

  it("shows capital in VND and in the reader's currency with the rate's date, source and the illustrative label", async () => {
    // The Japanese version's own slug: the source's with the language (its title is not in Latin script).
    const page = await html("/ja/invest/opportunities/du-lich-sinh-thai-lung-ngoc-hoang-ja");
    expect(page).toContain("5260億ドン");
    expect(page).toMatch(/≈ ￥\d/);
    expect(page).toContain(ja.detail.rateIllustrative);
    expect(page).toContain("2025年11月20日");
    // Vietnamese readers get VND only.
    const vi = await html("/vi/invest/opportunities/du-lich-sinh-thai-lung-ngoc-hoang");
    expect(vi).not.toContain("≈");
  });

  it("says a status date was not published instead of inventing one", async () => {
    const page = await html("/en/invest/opportunities/mekong-resort-city-chau-thanh");
    expect(page).toContain(en.detail.dateNotPublished);
    expect(page).toContain(en.detail.noIncentives);
  });

  it("answers an unknown opportunity with 404", async () => {
    await html("/en/invest/opportunities/no-such-opportunity", 404);
  });
});

describe("industrial parks", () => {
  it("lists operating and planned parks with area, occupancy, as-of date and source", async () => {
    const page = await html("/en/invest/industrial-parks");
    expect(page).toContain("Sông Hậu Industrial Park (phase 1)");
    expect(page).toContain("Tân Phú Thạnh Industrial Park (phase 1)");
    expect(page).toContain("Tân Bình Industrial Park (planned)");
    expect(page).toContain("June 2023");
    expect(page).toContain("kinhdoanhvaphattrien.vn");
  });

  it("derives land still available from area and occupancy and says so", async () => {
    const page = await html("/en/invest/industrial-parks/tan-phu-thanh-industrial-park");
    // 201 ha × (100 − 86) % = 28.14 ha
    expect(page).toContain("28.1 ha");
    expect(page).toContain(en.parks.calculatedNote);
    expect(page).toContain(
      // The source's name carries its own language (a Vietnamese outlet on an English page).
      en.parks.figureNote
        .replace("{{date}}", "June 2023")
        .replace("{{source}}", '<span lang="vi">kinhdoanhvaphattrien.vn</span>'),
    );
  });

  it("links a planned park to its opportunity", async () => {
    const page = await html("/en/invest/industrial-parks/tan-hoa-industrial-park-planned");
    expect(page).toContain('href="/en/invest/opportunities/tan-hoa-industrial-park"');
  });
});
