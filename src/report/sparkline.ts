/** A Unicode sparkline of a numeric series: ▁ for its lowest value, █ for its highest. */
const BARS = "▁▂▃▄▅▆▇█";

export function sparkline(values: ReadonlyArray<number | undefined>): string {
  const numbers = values.filter((v): v is number => v !== undefined);
  if (numbers.length === 0) return "";
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  return values
    .map((v) =>
      v === undefined ? " " : hi === lo ? BARS[3]! : BARS[Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))]!,
    )
    .join("");
}
