// Escaping for the static pages: text, attributes, URLs and JSON-LD. Post fields are untrusted.

import { escapeHtml } from '../compiler/escape';

export { escapeHtml };

/** Attribute values are always double-quoted; the same escaping covers them. */
export const escapeAttr = escapeHtml;

/** The URL when it is absolute http(s) or mailto, else null (no `javascript:` and friends in hrefs). */
export function safeUrl(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * A `<script type="application/ld+json">` element. `<`, `>` and `&` are written as JSON unicode escapes, so
 * no text inside can close the element (`</script>`) or open a comment, and JSON.parse still reads it.
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}

/** Collapses whitespace and cuts at `max` characters on a character boundary, with an ellipsis. */
export function truncate(value: string, max = 200): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
