// ansi-regex 5 and emoji-regex 8 (used by cli-table3's string-width 4 and strip-ansi 6) build a new
// RegExp on every call — ansi-regex from a string, emoji-regex from a very long literal — and
// string-width calls both for every text cli-table3 measures, many times per cell: on a batch's
// tables that was most of the run (26 of 34 s for 1,000 files, almost all of it making the same two
// expressions again). Here each library's own expression is made once and shared; the callers only
// use it with String.prototype.replace, which resets a global expression's lastIndex itself.
const make = require(__SHIM_TARGET__);
const once = make();
module.exports = (options) => {
  if (options?.onlyFirst) return make(options);
  once.lastIndex = 0;
  return once;
};
