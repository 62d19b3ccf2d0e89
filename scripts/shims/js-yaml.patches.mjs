import { applyPatches } from "./patch.mjs";

/**
 * Fixes to js-yaml 4's loader (dist/js-yaml.mjs) applied as the bundle is built, each an exact text
 * and its replacement, as for cli-table3. None changes what a file reads as, or which error is
 * thrown where (test/load/js-yaml-patches.test.ts): each removes work whose result lingling-check
 * never uses. Drop a fix here once a release of js-yaml has it.
 */
export const JS_YAML_PATCHES = [
  {
    why: "every error js-yaml throws made a snippet of the lines around it, running a regular expression over the whole file to list every line's start (1.6 s for an error at the end of a file of five million lines); lingling-check shows neither js-yaml's message nor its snippet (it reads the error's reason and position and words the error itself), so none is made",
    find: "    mark.snippet = makeSnippet(mark);\n",
    replace: "",
  },
];

/** js-yaml's dist/js-yaml.mjs patched, or an error naming what is missing. */
export function patchJsYaml(text) {
  return applyPatches(text, JS_YAML_PATCHES, "js-yaml/dist/js-yaml.mjs", "js-yaml.patches.mjs");
}
