/**
 * Whether a numeral's digits are more than a number holds: more than 15 significant digits
 * (84.99999999999999999 would be read as 85 and pass ≥85, though it is below it), or a magnitude
 * beyond what a number holds and is measured with (1e-400 would be read as 0, 1e400 as infinite;
 * past 10^300, see beyondRange). Such a numeral is text,
 * whether a value cell or the YAML file (both parsers read it as a string) holds it. An exponent
 * does not count as digits.
 */
export const tooPrecise = (numeral: string): boolean =>
  // Fifteen characters hold at most fifteen digits and no magnitude past a number's (most numerals, asked for every number read).
  (numeral.length > 15 && significantDigits(numeral) > 15) || beyondRange(numeral);

/**
 * A numeral whose magnitude a number cannot hold, or cannot be measured with: infinite, not zero
 * yet read as zero, or past 10^300, where a change between two values or a pace over a century
 * would be infinite (1e308 and -1e308 changed by "Infinity").
 */
function beyondRange(numeral: string): boolean {
  if (numeral.length <= 15 && !/[eE]/.test(numeral)) return false;
  const n = Number(numeral);
  return !(Math.abs(n) <= 1e300) || (n === 0 && /[1-9]/.test(numeral.replace(/[eE].*$/, "")));
}

/** A decimal numeral's significant digits: less its sign, leading zeros and a fraction's trailing zeros; an exponent does not count. */
export const significantDigits = (numeral: string): number =>
  numeral
    .replace(/[eE].*$/, "")
    .replace(/^[+-]?0*/, "")
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(".", "")
    .replace(/^0+/, "").length;
