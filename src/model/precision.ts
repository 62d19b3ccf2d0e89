/**
 * Whether a numeral's digits are more than a number holds (15 significant digits): 84.99999999999999999
 * would be read as 85 and pass ≥85, though it is below it. Such a numeral is text, whether a value
 * cell or the YAML file (both parsers read it as a string) holds it. An exponent does not count.
 */
export const tooPrecise = (numeral: string): boolean =>
  // Fifteen characters hold at most fifteen digits (most numerals, asked for every number read).
  numeral.length > 15 && significantDigits(numeral) > 15;

/** A decimal numeral's significant digits: less its sign, leading zeros and a fraction's trailing zeros; an exponent does not count. */
export const significantDigits = (numeral: string): number =>
  numeral
    .replace(/[eE].*$/, "")
    .replace(/^[+-]?0*/, "")
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(".", "")
    .replace(/^0+/, "").length;
