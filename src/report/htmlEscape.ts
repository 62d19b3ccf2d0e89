/** Text for HTML (element content and quoted attributes): markup characters as entities, control characters shown visibly. */
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[&<>"']|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => ENTITY[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
