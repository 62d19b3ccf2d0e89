/**
 * Money a project's 建设内容 writes (总投资约8000万元, 投资3000万—5000万元, 约1亿元), in 万元.
 * Amounts of other units (15万m3, 30万千瓦) are not money and are left alone.
 */

export interface StatedAmount {
  /** As written, e.g. "约8000万元". */
  text: string;
  low: number;
  high: number;
  /** Written as the project's total (总投资…). */
  total: boolean;
}

// A range's first number may carry its own unit (3000万—5000万元); a lone number takes the last one.
const MONEY = /(总投资|投资)?\s*(?:约|预计约|预计|计划)?\s*(\d+(?:\.\d+)?)\s*(?:(万|亿)?\s*[—–~～至到-]\s*(\d+(?:\.\d+)?)\s*)?(万元|亿元|元)/g;
const SCALE: Record<string, number> = { 万元: 1, 万: 1, 亿元: 10000, 亿: 10000, 元: 0.0001 };

export function amountsIn(content: string): StatedAmount[] {
  const found: StatedAmount[] = [];
  for (const m of content.matchAll(MONEY)) {
    const [text, label, first, firstUnit, second, unit] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined, string];
    const scale = SCALE[unit]!;
    const low = Number(first) * (second !== undefined && firstUnit ? SCALE[firstUnit]! : scale);
    const high = second !== undefined ? Number(second) * scale : low;
    found.push({ text: text.trim(), low: round(low), high: round(high), total: label === "总投资" });
  }
  return found;
}

const round = (n: number) => Math.round(n * 10000) / 10000;

/**
 * The amount a content states for the whole project: its 总投资 where it names one, else what its
 * amounts add up to (phases: 一期…, 二期…), as a range when one is written as a range.
 */
export function statedInvestment(content: string): { low: number; high: number; texts: string[] } | undefined {
  const all = amountsIn(content);
  const totals = all.filter((a) => a.total);
  const used = totals.length > 0 ? totals.slice(0, 1) : all;
  if (used.length === 0) return undefined;
  return { low: round(used.reduce((s, a) => s + a.low, 0)), high: round(used.reduce((s, a) => s + a.high, 0)), texts: used.map((a) => a.text) };
}
