/**
 * A library's source with exact fixes applied as the bundle is built (see cli-table3.patches.mjs and
 * js-yaml.patches.mjs). Each fix's text must stand exactly once, or the build fails naming it: a
 * library is never bundled half-patched, and a new release is looked at before it is.
 */
export function applyPatches(text, patches, file, list) {
  for (const { find, replace } of patches) {
    const at = text.indexOf(find);
    if (at < 0 || text.indexOf(find, at + 1) >= 0)
      throw new Error(
        `${file}: the text to patch is not there exactly once (a new release? see scripts/shims/${list}):\n${find}`,
      );
    text = text.slice(0, at) + replace + text.slice(at + find.length);
  }
  return text;
}
