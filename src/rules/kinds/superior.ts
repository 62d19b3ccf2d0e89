/**
 * `完成上级规定的考核任务`: meets the target the superior government assigned for that year (the
 * year's own, else the latest assigned before it), given as rule text or as a stated `met`.
 */
import type { SuperiorRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { both, nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { ref } from "../../i18n/message.js";

export default defineRule<SuperiorRule>({
  levels: () => [],
  meta: {
    kind: "superior",
    docs: "rule.superior.docs",
    messages: [
      "rule.superior.none",
      "rule.superior.stated",
      "rule.superior.result",
      "target.superior.stated",
      "target.superior.statedOnly",
      "target.superior.unknown",
      "target.superior.result",
    ],
  },
  evaluate(_node, ctx, _value, engine) {
    const target = ctx.superiorAt(ctx.year);
    if (!target) return outcome("MISSING", "rule.superior.none", { year: ctx.year });
    if (target.stated) {
      return outcome(target.stated === "met" ? "PASS" : "FAIL", "rule.superior.stated", {
        year: ctx.year,
        setIn: target.year,
        met: target.stated === "met" ? ref("superior.met") : ref("superior.notMet"),
      });
    }
    // The superior's change for a year is due in that year.
    const inner = engine.evaluate(target.spec!.rule, { ...ctx, dueYear: target.year });
    return outcome(
      inner.verdict,
      "rule.superior.result",
      { year: ctx.year, setIn: target.year, rule: target.spec!.text },
      [inner],
    );
  },
  guarantee(_node, ctx, engine) {
    const g = { ...nothingGuaranteed(), superior: true };
    const spec = ctx.superiorAt(ctx.year)?.spec;
    return spec ? both(g, engine.guarantee(spec.rule, ctx)) : g;
  },
  judge(_node, g, ctx, engine) {
    if (g.superior) return outcome("PASS", "target.superior.stated", {});
    const target = ctx.superiorAt(ctx.year);
    if (target?.stated) return outcome("REVIEW", "target.superior.statedOnly", { year: ctx.year, setIn: target.year });
    const spec = target?.spec;
    if (!spec) return outcome("REVIEW", "target.superior.unknown", { year: ctx.year });
    const inner = engine.judge(spec.rule, g, { ...ctx, dueYear: target!.year });
    return outcome(inner.verdict, "target.superior.result", { year: ctx.year, rule: spec.text }, [inner]);
  },
});
