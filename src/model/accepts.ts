/**
 * A quick yes for values a schema accepts as they are, compiled once from the zod schema itself.
 *
 * zod's generic machinery costs about as much as parsing the YAML, and a nationwide batch
 * validates tens of thousands of rows that are nearly all valid. `accepts(schema)` walks the
 * schema's definition once and returns a plain predicate: true means zod would accept the value
 * and return it unchanged; false means "ask zod", which then finds and words every problem. Any
 * part of a schema it does not know (a transform, a default, a check kind not listed below)
 * compiles to "ask zod", so the schema stays the only statement of what a file may hold.
 */
import type { core } from "zod/mini";

type Accepts = (value: unknown) => boolean;
type Schema = core.$ZodType;

const NO: Accepts = () => false;

/** The predicate for `schema`; a test holds it to zod's own answer over fuzzed input. */
export function accepts(schema: Schema): Accepts {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const checks = ((def.checks as Schema[] | undefined) ?? []).map((c) =>
    check(c._zod.def as unknown as Record<string, unknown>),
  );
  if (checks.includes(NO)) return NO;
  const base = shape(def);
  if (base === NO) return NO;
  if (checks.length === 0) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const c of checks) if (!c(v)) return false;
    return true;
  };
}

function shape(def: Record<string, unknown> & { type: string }): Accepts {
  if (def.coerce) return NO;
  switch (def.type) {
    case "string":
      return def.format === undefined ? (v) => typeof v === "string" : NO;
    case "number":
      if (def.format === "safeint") return (v) => Number.isSafeInteger(v);
      return def.format === undefined ? (v) => typeof v === "number" && Number.isFinite(v) : NO;
    case "boolean":
      return (v) => typeof v === "boolean";
    case "unknown":
      return () => true;
    case "enum": {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => values.has(v);
    }
    case "optional": {
      const inner = accepts(def.innerType as Schema);
      return (v) => v === undefined || inner(v);
    }
    case "nullable": {
      const inner = accepts(def.innerType as Schema);
      return (v) => v === null || inner(v);
    }
    case "union": {
      const options = (def.options as Schema[]).map(accepts).filter((o) => o !== NO);
      return (v) => {
        for (const o of options) if (o(v)) return true;
        return false;
      };
    }
    case "array": {
      const element = accepts(def.element as Schema);
      return (v) => Array.isArray(v) && v.every((x) => element(x));
    }
    case "record": {
      // Keys drawn from a list (an enum) make a record demand each of them: zod's to judge.
      if ((def.keyType as Schema)._zod.values) return NO;
      const key = accepts(def.keyType as Schema);
      const value = accepts(def.valueType as Schema);
      return (v) => {
        if (!isPlainObject(v)) return false;
        const o = v as Record<string, unknown>;
        for (const k in o) if (!key(k) || !value(o[k])) return false;
        return true;
      };
    }
    case "object":
      return object(def);
    default:
      return NO;
  }
}

/**
 * A strict or loose object: every field it has accepted (and, if strict, known), every required
 * field there. One pass over the value's own fields, which are fewer than the schema's.
 */
function object(def: Record<string, unknown>): Accepts {
  const fields = new Map(
    Object.entries(def.shape as Record<string, Schema>).map(([name, schema]) => [name, accepts(schema)] as const),
  );
  const required = new Set([...fields].filter(([, field]) => !field(undefined)).map(([name]) => name));
  const catchall = def.catchall as Schema | undefined;
  const strict = catchall?._zod.def.type === "never";
  if (catchall && !strict && catchall._zod.def.type !== "unknown") return NO;
  return (v) => {
    if (!isPlainObject(v)) return false;
    const o = v as Record<string, unknown>;
    let requiredSeen = 0;
    for (const name in o) {
      const field = fields.get(name);
      if (!field) {
        if (strict) return false;
        continue;
      }
      const x = o[name];
      if (!field(x)) return false;
      if (required.has(name)) requiredSeen++;
    }
    return requiredSeen === required.size;
  };
}

function check(def: Record<string, unknown>): Accepts {
  // A check that may stop others (`abort`) or applies only sometimes (`when`) is zod's to judge,
  // except a length check's own guard (the value has a length), which the type before it ensures.
  if ((def.when !== undefined && def.check !== "min_length" && def.check !== "max_length") || def.abort) return NO;
  switch (def.check) {
    case "string_format":
      return def.format === "regex" ? regex(def.pattern as RegExp) : NO;
    case "min_length":
      return (v) => (v as { length: number }).length >= (def.minimum as number);
    case "max_length":
      return (v) => (v as { length: number }).length <= (def.maximum as number);
    case "greater_than":
      return def.inclusive
        ? (v) => (v as number) >= (def.value as number)
        : (v) => (v as number) > (def.value as number);
    case "less_than":
      return def.inclusive
        ? (v) => (v as number) <= (def.value as number)
        : (v) => (v as number) < (def.value as number);
    case "custom": {
      const fn = def.fn as (v: unknown) => unknown;
      return (v) => fn(v) === true;
    }
    default:
      return NO;
  }
}

function regex(pattern: RegExp): Accepts {
  const fresh = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""));
  return (v) => fresh.test(v as string);
}

function isPlainObject(v: unknown): boolean {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
