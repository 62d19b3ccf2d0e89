// cli-table3 asks string-width for the width of every line of every cell several times over (twice
// per line in its strlen alone), and a batch's tables hold the same texts file after file: names,
// rules, marks, padding. string-width is a pure function of its text; here each answer is kept
// (a bounded map, cleared when full) and the library asked once per distinct text.
const stringWidth = require(__SHIM_TARGET__);
const widths = new Map();
module.exports = (text) => {
  let width = widths.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    if (widths.size >= 100000) widths.clear();
    widths.set(text, width);
  }
  return width;
};
