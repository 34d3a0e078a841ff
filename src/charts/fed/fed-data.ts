// What the Fed chart's browser code receives, and the pure look-ups the scene, the words and the table share.
import { bisectRight } from "d3-array";
import type { Localized } from "../../i18n/locales";

/** The programmes the chart labels, in the order they began. `rmp`: bill purchases to keep reserves ample. */
export const programmeIds = ["qe1", "qe2", "qe3", "qt1", "covid", "qt2", "rmp"] as const;
export type ProgrammeId = (typeof programmeIds)[number];

/** What a decision did: open a programme, enlarge it, slow its purchases or its run-off, or close it. */
export const eventKinds = ["start", "expand", "taper", "slow", "end"] as const;
export type EventKind = (typeof eventKinds)[number];

/** One Fed decision, from content/data/fed_programmes.csv; days as UTC milliseconds. */
export interface ProgrammeEvent {
  id: string;
  programme: ProgrammeId;
  event: EventKind;
  announced: number;
  /** The day it took effect where the release names one; otherwise null (it took effect on announcement). */
  effective: number | null;
  label: Localized;
  sourceTitle: string;
  sourceUrl: string;
  note: string;
}

/** Compact JSON: parallel arrays of H.4.1 Wednesdays (UTC ms) and levels in millions of USD. */
export interface FedData {
  weeks: number[];
  /** WALCL, total assets. */
  total: number[];
  /** TREAST, U.S. Treasury securities held outright. */
  treasuries: number[];
  /** The first day from which every week is drawn; before it the chart draws every second week. */
  everyWeekFrom: number;
  /** The largest one-week rise in Treasury holdings since 2003, from every week: the scale of emergency buying. */
  largestTreasuryRise: { week: number; change: number };
  events: ProgrammeEvent[];
}

export type Series = "total" | "treasuries";

/** A programme as a span of time: from the day it started to the day it ended (null: still running). */
export interface ProgrammeBand {
  id: ProgrammeId;
  start: number;
  end: number | null;
  events: ProgrammeEvent[];
}

export const takesEffect = (e: ProgrammeEvent): number => e.effective ?? e.announced;

export function programmeBands(events: readonly ProgrammeEvent[]): ProgrammeBand[] {
  return programmeIds.flatMap((id): ProgrammeBand[] => {
    const own = events.filter((e) => e.programme === id);
    const start = own.find((e) => e.event === "start");
    if (!start) return [];
    const end = own.find((e) => e.event === "end");
    return [{ id, start: takesEffect(start), end: end ? takesEffect(end) : null, events: own }];
  });
}

export function bandOf(data: FedData, id: ProgrammeId): ProgrammeBand {
  const band = programmeBands(data.events).find((b) => b.id === id);
  if (!band) throw new Error(`fed chart: content/data/fed_programmes.csv has no programme "${id}"`);
  return band;
}

/** A week of the drawn series: its Wednesday and both levels. */
export interface Week {
  index: number;
  date: number;
  total: number;
  treasuries: number;
}

export function weekAt(data: FedData, index: number): Week {
  const date = data.weeks[index];
  const total = data.total[index];
  const treasuries = data.treasuries[index];
  if (date === undefined || total === undefined || treasuries === undefined) {
    throw new Error(`fed chart: no week at index ${index}`);
  }
  return { index, date, total, treasuries };
}

export const firstWeek = (data: FedData): Week => weekAt(data, 0);
export const latestWeek = (data: FedData): Week => weekAt(data, data.weeks.length - 1);

/** The last drawn week on or before `t` (the first week when `t` comes before the data). */
export function weekOnOrBefore(data: FedData, t: number): Week {
  return weekAt(data, Math.max(0, bisectRight(data.weeks, t) - 1));
}

/** The last drawn week strictly before `t`: the size of the balance sheet just before a decision. */
export function weekBefore(data: FedData, t: number): Week {
  return weekOnOrBefore(data, t - 1);
}

/** The drawn weeks from `from` to `to`, inclusive. */
export function weeksBetween(data: FedData, from: number, to: number): Week[] {
  const weeks: Week[] = [];
  data.weeks.forEach((t, i) => {
    if (t >= from && t <= to) weeks.push(weekAt(data, i));
  });
  return weeks;
}

export function largestWeek(weeks: readonly Week[], series: Series): Week | undefined {
  return weeks.reduce<Week | undefined>(
    (best, w) => (!best || w[series] > best[series] ? w : best),
    undefined,
  );
}

export function smallestWeek(weeks: readonly Week[], series: Series): Week | undefined {
  return weeks.reduce<Week | undefined>(
    (best, w) => (!best || w[series] < best[series] ? w : best),
    undefined,
  );
}

/** Millions of USD to trillions, the unit the chart draws in. */
export const trillions = (musd: number): number => musd / 1_000_000;

export function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}
