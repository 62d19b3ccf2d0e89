/** Turns what people write in a value cell into a `Value`; never guesses. */
import type { Status, Value } from "./types.js";

/** Full-width ASCII (ＡＢＣ１２３％．) to half-width, one character for one, so offsets survive. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

const STATUS_WORDS: ReadonlyArray<readonly [RegExp, Status]> = [
  [/^(已)?有效开展$/, "effectively_conducted"],
  [/^(已)?有效保障$/, "effectively_guaranteed"],
  [/^(已)?制定(并)?实施$/, "formulated_implemented"],
  [/^(已)?编制(完成)?$/, "compiled"],
  [/^(已)?建立$/, "established"],
  [/^(已)?开展$/, "conducted"],
];

/** 无数据, 无统计…: the value is unknown, not "none present". */
const NO_DATA = /^(无|暂无)(数据|统计|资料|记录|监测|法统计|值)/;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function normalizeValue(raw: number | string): Value {
  if (typeof raw === "number") return { kind: "number", n: raw };
  const text = raw.trim();
  const half = toHalfWidth(text).replace(/\s+/g, "");
  // "1,234.5" and "1，234.5": thousands separators; "93.5%", "９３．５％": a percentage of the unit %.
  const numeric = half.replace(/%$/, "").replace(/^([+-]?\d{1,3})((?:,\d{3})+)(\.\d+)?$/, (_, a: string, b: string, c = "") => a + b.replace(/,/g, "") + c);
  if (NUMBER.test(numeric)) return { kind: "number", n: Number(numeric) };
  if (half === "不涉及") return { kind: "not_applicable", text };
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(half)) return { kind: "status", status, text };
  if (/^无\S+/.test(half) && !NO_DATA.test(half)) return { kind: "none_present", text };
  return { kind: "text", text };
}
