// Parsers for single CSV cells, as zod schemas from the raw string to a typed value. Each failure
// carries a reason that quotes the cell, so the file's author can find and fix it.
import { z } from "astro/zod";

type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A zod schema that reads one CSV cell (always a string) into a `T`. */
export type Cell<T> = z.ZodType<T, string>;

function cell<T>(read: (raw: string) => CellResult<T>): Cell<T> {
  return z.string().transform((raw, ctx) => {
    const result = read(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  });
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function readDay(raw: string): CellResult<Date> {
  const match = ISO_DAY.exec(raw);
  if (!match) return { ok: false, reason: `"${raw}" is not a date written as YYYY-MM-DD` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over into March; a round trip catches days that do not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: `"${raw}" is not a real calendar date` };
  }
  return { ok: true, value: date };
}

/** `YYYY-MM-DD` to a Date at 00:00 UTC. */
export function isoDay(): Cell<Date> {
  return cell(readDay);
}

/** An optional `YYYY-MM-DD` date: an empty cell becomes null. */
export function optionalDay(): Cell<Date | null> {
  return cell<Date | null>((raw) => (raw.trim() === "" ? { ok: true, value: null } : readDay(raw)));
}

/** A monthly observation, dated on the first of its month (`2025-03-01` = March 2025). */
export function firstOfMonth(): Cell<Date> {
  return cell((raw) => {
    const day = readDay(raw);
    if (day.ok && day.value.getUTCDate() !== 1) {
      return {
        ok: false,
        reason: `"${raw}" should be the first day of a month (monthly rows are dated YYYY-MM-01)`,
      };
    }
    return day;
  });
}

// Plain decimals as the sources print them: "4.06", "719542.0", "-0.54", ".5". No thousands separators,
// no decimal commas, no "NaN" or "Infinity": anything else is a typing error in the file.
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** What a value may not be, and how to say so. */
export interface Bounds {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Words for the reader when the value is below `min`, e.g. "holdings cannot be negative". */
  why?: string;
}

function readNumber(raw: string, bounds: Bounds): CellResult<number> {
  const text = raw.trim();
  if (!DECIMAL.test(text)) return { ok: false, reason: `"${raw}" is not a number` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: `"${raw}" is too large to be a real value` };
  if (bounds.min !== undefined && value < bounds.min) {
    return { ok: false, reason: `${text} is below ${bounds.min}${bounds.why ? `; ${bounds.why}` : ""}` };
  }
  return { ok: true, value };
}

/** A number that must be present. */
export function requiredNumber(bounds: Bounds = {}): Cell<number> {
  return cell((raw) =>
    raw.trim() === ""
      ? { ok: false, reason: "is empty, but this column needs a value" }
      : readNumber(raw, bounds),
  );
}

/** A number that may be missing: an empty cell becomes null (never 0 or NaN). */
export function optionalNumber(bounds: Bounds = {}): Cell<number | null> {
  return cell<number | null>((raw) =>
    raw.trim() === "" ? { ok: true, value: null } : readNumber(raw, bounds),
  );
}

/** A number that must be present, with the decimal places it was written with ("759.0" has 1). */
export function writtenNumber(bounds: Bounds = {}): Cell<{ value: number; decimals: number }> {
  return cell((raw) => {
    if (raw.trim() === "") return { ok: false, reason: "is empty, but this column needs a value" };
    const parsed = readNumber(raw, bounds);
    if (!parsed.ok) return parsed;
    const decimals = /\.(\d+)/.exec(raw.trim())?.[1]?.length ?? 0;
    return { ok: true, value: { value: parsed.value, decimals } };
  });
}

/** One of a fixed set of words, spelled exactly. */
export function oneOf<const T extends string>(allowed: readonly T[]): Cell<T> {
  return cell((raw) =>
    (allowed as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, reason: `"${raw}" is not one of ${allowed.map((a) => `"${a}"`).join(", ")}` },
  );
}

/** Free text that must be present. */
export function requiredText(): Cell<string> {
  return cell((raw) =>
    raw.trim() === ""
      ? { ok: false, reason: "is empty, but this column needs a value" }
      : { ok: true, value: raw },
  );
}

/** Free text that may be empty (null). */
export function optionalText(): Cell<string | null> {
  return cell<string | null>((raw) => ({ ok: true, value: raw.trim() === "" ? null : raw }));
}
