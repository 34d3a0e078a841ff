// Gold facts (World Bank monthly averages, USD per troy ounce).
import type { Fact } from "../fact.ts";
import { GOLD_FILE, loadGold, type GoldMonth } from "../gold.ts";
import { changePct, rowOn } from "./lookup.ts";

const source = "gold" as const;
const perOz = (value: number): Fact => ({ kind: "amount", value, unit: "usd-per-oz", source });

const month = (iso: string, fact: string) => rowOn(loadGold(), iso, GOLD_FILE, fact).usdPerOz;
const latest = () => {
  const months = loadGold();
  return months[months.length - 1] as GoldMonth; // the loader rejects a file without rows
};

export const goldFacts = {
  "gold-2024-12": () => perOz(month("2024-12-01", "gold-2024-12")),
  "gold-2025-04": () => perOz(month("2025-04-01", "gold-2025-04")),
  "gold-latest": () => perOz(latest().usdPerOz),
  "gold-latest-month": (): Fact => ({ kind: "month", date: latest().date, source }),
  "gold-change-dec-2024-to-latest": (): Fact => ({
    kind: "change-pct",
    value: changePct(month("2024-12-01", "gold-change-dec-2024-to-latest"), latest().usdPerOz),
    source,
  }),
} satisfies Record<string, () => Fact>;
