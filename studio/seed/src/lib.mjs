/**
 * Small builders so the demo content reads as prose, not as JSON. Keys (`_key`) on
 * blocks, spans and array items are filled in by scripts/build-seed.mjs from the
 * document id and the path, so they stay stable from run to run; only the keys that
 * carry meaning (link marks) are set here. Field-level values name their language in a
 * `language` field, as sanity-plugin-internationalized-array 5 stores them.
 */

/** Field-level i18n: `{vi: "…", en: "…"}` → internationalizedArrayString values. */
export function i18nString(values) {
  return i18nArray(values, "internationalizedArrayStringValue");
}

export function i18nText(values) {
  return i18nArray(values, "internationalizedArrayTextValue");
}

function i18nArray(values, type) {
  return Object.entries(values).map(([lang, value]) => ({ _type: type, language: lang, value }));
}

/**
 * A citation. `site` is the outlet the fact sheet names (e.g. "cafef.vn"): it becomes
 * the publisher and, as the site's root only, the URL. No page path is ever made up.
 * `language` is the title's language (pages mark the citation with it).
 */
export function source(title, { site, publisher, url, language } = {}) {
  if (!language) throw new Error(`source "${title}": no language`);
  const s = { _type: "source", title, language };
  if (publisher || site) s.publisher = publisher ?? site;
  if (url) s.url = url;
  else if (site) s.url = `https://${site}`;
  return s;
}

/** A figure referring to one of the generated illustrations (see images.mjs) by name, with the editor's crop and hotspot if any. */
export function figure(name, alt, caption, { crop, hotspot } = {}) {
  const f = { _type: "image", _sanityAsset: `@image:${name}`, alt };
  if (caption) f.caption = caption;
  if (crop) f.crop = crop;
  if (hotspot) f.hotspot = hotspot;
  return f;
}

/**
 * Portable Text from short markup, one string per block:
 * "## " h2, "### " h3, "> " blockquote, "- " bullet item, "1. " numbered item;
 * inline **strong**, *em* and [text](https://… | mailto:… | tel:…).
 */
export function pt(...paragraphs) {
  return paragraphs.map(blockFrom);
}

function blockFrom(raw) {
  let text = raw;
  const block = { _type: "block", style: "normal", children: [], markDefs: [] };
  const prefixes = [
    ["## ", { style: "h2" }],
    ["### ", { style: "h3" }],
    ["> ", { style: "blockquote" }],
    ["- ", { listItem: "bullet", level: 1 }],
    ["1. ", { listItem: "number", level: 1 }],
  ];
  for (const [prefix, props] of prefixes) {
    if (text.startsWith(prefix)) {
      Object.assign(block, props);
      text = text.slice(prefix.length);
      break;
    }
  }
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g;
  let last = 0;
  let match;
  const push = (t, marks = []) => {
    if (t) block.children.push({ _type: "span", text: t, marks });
  };
  while ((match = pattern.exec(text))) {
    push(text.slice(last, match.index));
    if (match[1] !== undefined) push(match[1], ["strong"]);
    else if (match[2] !== undefined) push(match[2], ["em"]);
    else {
      const href = match[4];
      if (!/^(https:\/\/|mailto:|tel:)/.test(href)) throw new Error(`link not allowed: ${href}`);
      const key = `link${block.markDefs.length + 1}`;
      block.markDefs.push({ _key: key, _type: "link", href });
      push(match[3], [key]);
    }
    last = pattern.lastIndex;
  }
  push(text.slice(last));
  if (block.children.length === 0) throw new Error(`empty block: ${raw}`);
  return block;
}

/** A reference to another document; `weak` for links that may dangle (e.g. to drafts). */
export function ref(id, { weak = false } = {}) {
  const r = { _type: "reference", _ref: id };
  if (weak) r._weak = true;
  return r;
}

/** The id of one language version of a document group: `<type>-<group>-<lang>`. */
export function versionId(type, group, lang) {
  return `${type}-${group}-${lang}`;
}
