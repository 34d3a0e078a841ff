// Fed balance-sheet facts (H.4.1 via FRED): millions of USD in the file, printed in trillions.
import type { Fact } from "../fact.ts";
import {
  FED_BALANCE_SHEET_FILE,
  loadFedBalanceSheet,
  type FedBalanceSheetWeek,
} from "../fed-balance-sheet.ts";
import { changePct, maxBy, rowOn } from "./lookup.ts";

const source = "fed-balance-sheet" as const;
const musd = (value: number): Fact => ({ kind: "amount", value, unit: "musd", source });

const week = (iso: string, fact: string) => rowOn(loadFedBalanceSheet(), iso, FED_BALANCE_SHEET_FILE, fact);
const latest = () => {
  const weeks = loadFedBalanceSheet();
  return weeks[weeks.length - 1] as FedBalanceSheetWeek; // the loader rejects a file without rows
};
const peak = () => maxBy(loadFedBalanceSheet(), (w) => w.totalAssets, FED_BALANCE_SHEET_FILE);

export const fedFacts = {
  /** The last H.4.1 week before Lehman Brothers failed (15 September 2008): the pre-QE size. */
  "fed-total-2008-09-10": () => musd(week("2008-09-10", "fed-total-2008-09-10").totalAssets),
  "fed-total-peak": () => musd(peak().v),
  "fed-total-peak-date": (): Fact => ({ kind: "day", date: peak().date, source }),
  "fed-treasuries-2025-04-09": () => musd(week("2025-04-09", "fed-treasuries-2025-04-09").treasuries),
  "fed-treasuries-latest": () => musd(latest().treasuries),
  "fed-treasuries-latest-date": (): Fact => ({ kind: "day", date: latest().date, source }),
  "fed-treasuries-change-since-apr-2025": (): Fact => ({
    kind: "change-pct",
    value: changePct(
      week("2025-04-09", "fed-treasuries-change-since-apr-2025").treasuries,
      latest().treasuries,
    ),
    source,
  }),
  "fed-total-2025-04-09": () => musd(week("2025-04-09", "fed-total-2025-04-09").totalAssets),
  "fed-total-latest": () => musd(latest().totalAssets),
} satisfies Record<string, () => Fact>;
