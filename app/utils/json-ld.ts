/**
 * Structured data for `<script type="application/ld+json">`. The browser runs nothing in
 * such a script (so the CSP needs no hash for it, app/utils/csp.server.ts), but the HTML
 * parser still ends it at the first `</script`: every `<`, `>` and `&` is written as a JSON
 * escape, so text from the content (a title with "</script>") cannot close the element
 * or open a comment, and the JSON reads back the same.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
