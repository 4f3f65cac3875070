// The Portable Text renderer: a link mark whose href is javascript:, data: or another unsafe scheme renders as plain text, never as a link.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PortableTextBody } from "~/components/PortableTextBody";
import type { BodyBlocks } from "~/content/views";

/** One paragraph whose only span carries a link mark to `href`. */
function linked(href: unknown): BodyBlocks {
  return [
    {
      _type: "block",
      _key: "b1",
      style: "normal",
      markDefs: [{ _type: "link", _key: "l1", href }],
      children: [{ _type: "span", _key: "s1", text: "the link text", marks: ["l1"] }],
    },
  ] as unknown as BodyBlocks;
}

const render = (href: unknown) => renderToStaticMarkup(createElement(PortableTextBody, { value: linked(href) }));

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
});
