// Corporate spread facts (ICE BofA via FRED): percent in the file, printed in basis points.
import { CORPORATE_OAS_FILE, loadOas, type OasDay } from "../corporate-oas.ts";
import type { Fact } from "../fact.ts";
import { withoutFloatNoise } from "../rank.ts";
import { lastWithValue, maxBy, utc, valueOn } from "./lookup.ts";

const source = "corporate-oas" as const;
const file = CORPORATE_OAS_FILE;
const toBp = (pct: number) => withoutFloatNoise(pct * 100);
const bp = (pct: number, signed = false): Fact => ({ kind: "bp", value: toBp(pct), signed, source });

const ig = (iso: string, fact: string) => valueOn(loadOas(), iso, (d) => d.ig, file, fact);
const hy = (iso: string, fact: string) => valueOn(loadOas(), iso, (d) => d.hy, file, fact);

/** Investment-grade spread at its highest in April 2025 (the first day, if several tie). */
const aprilPeak = () => {
  const april = loadOas().filter((d: OasDay) => d.date >= utc("2025-04-01") && d.date < utc("2025-05-01"));
  return maxBy(april, (d) => d.ig, file);
};
const latestIg = () => lastWithValue(loadOas(), (d) => d.ig, file);

export const spreadFacts = {
  "ig-oas-2025-04-02": () => bp(ig("2025-04-02", "ig-oas-2025-04-02")),
  "ig-oas-2025-04-09": () => bp(ig("2025-04-09", "ig-oas-2025-04-09")),
  "ig-oas-change-apr-2-9": (): Fact => ({
    kind: "bp",
    value: toBp(ig("2025-04-09", "ig-oas-change-apr-2-9") - ig("2025-04-02", "ig-oas-change-apr-2-9")),
    signed: true,
    source,
  }),
  "ig-oas-apr-2025-peak": () => bp(aprilPeak().v),
  "ig-oas-apr-2025-peak-date": (): Fact => ({ kind: "day", date: aprilPeak().date, source }),
  "hy-oas-2025-04-02": () => bp(hy("2025-04-02", "hy-oas-2025-04-02")),
  "hy-oas-2025-04-07": () => bp(hy("2025-04-07", "hy-oas-2025-04-07")),
  "ig-oas-latest": () => bp(latestIg().v),
  "ig-oas-latest-date": (): Fact => ({ kind: "day", date: latestIg().date, source }),
} satisfies Record<string, () => Fact>;
