// Text into HTML: every string that comes from a rule file or a data file goes through here.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A stable id fragment from any text: letters, digits, `-` and `_` only. */
export function idFor(prefix: string, text: string): string {
  return `${prefix}-${text.replace(/[^A-Za-z0-9_-]/g, (c) => `-${(c.codePointAt(0) ?? 0).toString(16)}-`)}`;
}
