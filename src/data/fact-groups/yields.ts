// 10-year yield facts (FRED DGS10): the 4 -> 11 April 2025 week and how it ranks against every week since 1962.
import type { Fact } from "../fact.ts";
import { rankOf, withoutFloatNoise } from "../rank.ts";
import { DGS10_FILE, loadDgs10 } from "../treasury-yields.ts";
import { weeklyChanges, type WeeklyChange } from "../weekly-changes.ts";
import { DataError } from "../data-error.ts";
import { displayPath } from "../paths.ts";
import { lastWithValue, utc, valueOn } from "./lookup.ts";

const source = "dgs10" as const;
const file = DGS10_FILE.file;
const percent = (value: number): Fact => ({ kind: "percent", value, source });
const day = (date: Date): Fact => ({ kind: "day", date, source });

/** The week of the article: it ends on Friday 11 April 2025 and is compared with Friday 4 April. */
const WEEK_END = "2025-04-11";

let changes: WeeklyChange[] | undefined;
const allWeeks = () => (changes ??= weeklyChanges(loadDgs10()));

function spikeWeek(): WeeklyChange {
  const t = utc(WEEK_END).getTime();
  const week = allWeeks().find((w) => w.weekEnd.getTime() === t);
  if (!week) {
    throw new DataError(
      { file: displayPath(file) },
      `has no week closing on ${WEEK_END}, which the weekly-change facts need`,
    );
  }
  return week;
}

const latest = () => lastWithValue(loadDgs10(), (p) => p.value, file);

export const yieldFacts = {
  "dgs10-2025-04-04": () =>
    percent(valueOn(loadDgs10(), "2025-04-04", (p) => p.value, file, "dgs10-2025-04-04")),
  "dgs10-2025-04-11": () =>
    percent(valueOn(loadDgs10(), "2025-04-11", (p) => p.value, file, "dgs10-2025-04-11")),
  "dgs10-week-change-bp": (): Fact => ({
    kind: "bp",
    value: withoutFloatNoise(spikeWeek().change * 100),
    signed: true,
    source,
  }),
  "dgs10-week-change-pct": (): Fact => ({
    kind: "change-pct",
    value: (spikeWeek().change / spikeWeek().previousClose) * 100,
    source,
  }),
  "dgs10-week-rank": (): Fact => ({
    kind: "rank",
    value: rankOf(
      allWeeks().map((w) => w.change),
      spikeWeek().change,
      "largest",
    ),
    of: allWeeks().length,
    source,
  }),
  "dgs10-weeks-count": (): Fact => ({ kind: "count", value: allWeeks().length, source }),
  "dgs10-week-larger-last": () => {
    const spike = spikeWeek();
    const larger = allWeeks().filter((w) => w.weekEnd < spike.weekEnd && w.change > spike.change);
    const last = larger[larger.length - 1];
    if (!last) throw new Error(`fact "dgs10-week-larger-last": no earlier week in ${file} rose more`);
    return day(last.weekEnd);
  },
  "dgs10-series-start": (): Fact => {
    const first = loadDgs10().find((p) => p.value !== null);
    return { kind: "year", value: (first ?? latest()).date.getUTCFullYear(), source };
  },
  "dgs10-latest": () => percent(latest().v),
  "dgs10-latest-date": () => day(latest().date),
} satisfies Record<string, () => Fact>;
