// What a fact is: a value computed from content/data at build time, with the kind that decides how it
// prints, and the dataset it comes from.
import type { DatasetId } from "./sources.ts";

interface Sourced {
  /** The dataset (an id in content/data/sources.json) the value was computed from. */
  source: DatasetId;
}

/** busd = billions of USD, musd = millions of USD, usd-per-oz = US dollars per troy ounce. */
export type AmountUnit = "busd" | "musd" | "usd-per-oz";

export type Fact = Sourced &
  (
    | { kind: "amount"; value: number; unit: AmountUnit; digits?: number }
    /** A level in percent, e.g. a yield: 4.48 prints "4.48%". */
    | { kind: "percent"; value: number; digits?: number }
    /** Basis points (1 bp = 0.01 percentage point); `signed` prints "+47 bp" for a change. */
    | { kind: "bp"; value: number; signed: boolean }
    | { kind: "ratio"; value: number }
    /** A part of a whole, 0..1, printed as a percent. */
    | { kind: "share"; value: number }
    /** A relative change in percent, printed with its sign: 11.72 prints "+11.7%". */
    | { kind: "change-pct"; value: number; digits?: number }
    /** A calendar month: the first of the month, 00:00 UTC. */
    | { kind: "month"; date: Date }
    /** A day, 00:00 UTC. */
    | { kind: "day"; date: Date }
    | { kind: "year"; value: number }
    /** 1 = first; `of` is how many were ranked, when that is meaningful. */
    | { kind: "rank"; value: number; of?: number }
    | { kind: "count"; value: number }
  );

export type FactKind = Fact["kind"];
