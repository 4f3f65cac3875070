// The contact page links to the investor inquiry form in every language (it used to say "use the inquiry form on
// this page" and had none), and its text no longer claims a form on the page.
import { describe, expect, inject, it } from "vitest";
import { LANGUAGE_IDS } from "../../app/i18n/languages";
import { PAGE_TYPES } from "../pages";

const baseUrl = inject("baseUrl");
const contact = PAGE_TYPES.find((t) => t.name === "contact")!;

describe("contact page", () => {
  it.each(LANGUAGE_IDS)("links to the inquiry form (%s)", async (lang) => {
    const response = await fetch(baseUrl + contact.path(lang));
    expect(response.status).toBe(200);
    const html = await response.text();
    const aside = html.slice(html.indexOf('class="contact-card"'));
    expect(aside).toMatch(new RegExp(`<a[^>]+href="/${lang}/invest/inquiry"[^>]*>[^<]+</a>`));
    expect(html).not.toContain("inquiry form on this page");
    expect(html).not.toContain("biểu mẫu liên hệ trên trang");
  });

  it("the form it links to answers", async () => {
    const response = await fetch(`${baseUrl}/fr/invest/inquiry`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<form");
  });
});
