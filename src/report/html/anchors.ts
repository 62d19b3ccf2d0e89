/**
 * The page's anchors: a region's section, an indicator's detail and a project's row. The same in
 * every run (from the file's name and the row's id, never from an order), and valid as an id and
 * in a `#fragment` whatever the id holds: anything outside [A-Za-z0-9_-] is written as _hex_.
 */

/** A region's section, from the file's name (FNV-1a). */
export function regionAnchor(file: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193) >>> 0;
  return `r-${h.toString(16).padStart(8, "0")}`;
}

const safe = (id: string) => id.replace(/[^A-Za-z0-9_-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`);

export const rowAnchor = (region: string, id: string) => `${region}-i-${safe(id)}`;
export const projectAnchor = (region: string, id: string) => `${region}-p-${safe(id)}`;
