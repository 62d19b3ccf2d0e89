// string-width 8 builds a grapheme segmenter and compiles the RGI emoji pattern as it loads, and
// linebreak inflates its Unicode tables (together some 40 ms of every start). src/report/wrap.ts
// measures most text without string-width and breaks lines only for tables and reports, so each
// is loaded here the first time it is called (a class's constructor, with `new`, included).
let real;
module.exports = function lazyDefault(...args) {
  // An ES module's default export, or a CommonJS module's exports (linebreak's main is CommonJS).
  if (!real) {
    const loaded = require(__SHIM_TARGET__);
    real = loaded.default ?? loaded;
  }
  return new.target ? new real(...args) : real(...args);
};
