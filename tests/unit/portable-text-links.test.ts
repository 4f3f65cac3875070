// The Portable Text renderer (bodies are rendered to HTML on the server): a link mark whose href is
// javascript:, data: or another unsafe scheme renders as plain text, never as a link; text is escaped.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PortableTextBody } from "~/components/PortableTextBody";
import { bodyHtml } from "~/content/body-html.server";
import type { BodyBlocks } from "~/content/views";

/** One paragraph whose only span carries a link mark to `href`. */
function linked(href: unknown, text = "the link text"): BodyBlocks {
  return [
    {
      _type: "block",
      _key: "b1",
      style: "normal",
      markDefs: [{ _type: "link", _key: "l1", href }],
      children: [{ _type: "span", _key: "s1", text, marks: ["l1"] }],
    },
  ] as unknown as BodyBlocks;
}

/** What the page sends: the loader's HTML inside the body component. */
const render = (href: unknown, text?: string) =>
  renderToStaticMarkup(createElement(PortableTextBody, { html: bodyHtml(linked(href, text)) }));

describe("Portable Text links in the rendered body", () => {
  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "\u0000javascript:alert(1)",
    "jav&#x61;script:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/",
    "/relative",
    "",
    42,
    null,
  ])("%j renders as text, with no <a>", (href) => {
    const html = render(href);
    expect(html).toContain("the link text");
    expect(html).not.toMatch(/<a\b/);
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
  });

  it.each([
    ["https://example.org/a?b=1", 'href="https://example.org/a?b=1"'],
    ["mailto:invest@example.org", 'href="mailto:invest@example.org"'],
    ["tel:+842933870000", 'href="tel:+842933870000"'],
  ])("%s stays a link", (href, attribute) => {
    expect(render(href)).toContain(attribute);
  });

  it("escapes markup in the text, so a body cannot carry script", () => {
    const html = render("https://example.org/", '<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });

  it("renders nothing for an empty body", () => {
    expect(bodyHtml([])).toBeNull();
    expect(renderToStaticMarkup(createElement(PortableTextBody, { html: bodyHtml(null) }))).toBe("");
  });
});
