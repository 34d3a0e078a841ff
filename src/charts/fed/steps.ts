// The Fed chart's steps: what each one shows, as data the model, the scroller and embeds all read, and every
// label the chart prints, in both languages.
import type { Localized } from "../../i18n/locales";
import type { ProgrammeId, Series } from "./fed-data";

export const fedStates = ["baseline", "qe1", "qe2", "qe3", "covid", "qt", "april-2025", "latest"] as const;
export type FedState = (typeof fedStates)[number];

/** Where a value label sits: the week before a programme starts, its last week, the series' first week, etc. */
export type CalloutAt = { before: ProgrammeId } | { end: ProgrammeId } | "peak" | "spike" | "treasuries-low";

export interface Callout {
  at: CalloutAt;
  series: Series;
}

export interface FedStepSpec {
  /** First day drawn (YYYY-MM-DD). */
  from: string;
  /** Last day drawn: a day, "latest" (the last week in the data) or `end:<programme>` (the day it ended). */
  to: string;
  /** "zero": the axis starts at 0, so sizes compare honestly; "fit": it spans the window, so small moves show. */
  y: "zero" | "fit";
  /** Programmes drawn as bands, and the ones the step is about (drawn stronger, labelled in full). */
  bands: ProgrammeId[];
  focus: ProgrammeId[];
  /** Decisions (row ids in fed_programmes.csv) marked by a rule where they took effect. */
  decisions: string[];
  /** Whether the week of the April 2025 yield spike is marked. */
  spike: boolean;
  /**
   * Values printed beside dots on the lines. The lines' own labels give the values at the window's end, which is
   * why the programme steps end where their programme ended: the labels then read the sizes after it.
   */
  callouts: Callout[];
}

/** Both lines at the same week. */
const both = (at: CalloutAt): Callout[] => [
  { at, series: "total" },
  { at, series: "treasuries" },
];

/**
 * The steps start in 2007 so each programme is seen against the size before the crisis; the first step ends in
 * the last H.4.1 week before Lehman Brothers failed (15 September 2008), the size the prose calls pre-crisis.
 * Each programme step ends on the day its programme ended, so the story unrolls to the right step by step.
 */
export const fedStepSpecs: Record<FedState, FedStepSpec> = {
  baseline: {
    from: "2003-01-01",
    to: "2008-09-10",
    y: "zero",
    bands: [],
    focus: [],
    decisions: [],
    spike: false,
    callouts: [{ at: "peak", series: "treasuries" }],
  },
  qe1: {
    from: "2007-01-01",
    to: "end:qe1",
    y: "zero",
    bands: ["qe1"],
    focus: ["qe1"],
    decisions: [],
    spike: false,
    callouts: both({ before: "qe1" }),
  },
  qe2: {
    from: "2007-01-01",
    to: "end:qe2",
    y: "zero",
    bands: ["qe1", "qe2"],
    focus: ["qe2"],
    decisions: [],
    spike: false,
    callouts: both({ before: "qe2" }),
  },
  qe3: {
    from: "2007-01-01",
    to: "end:qe3",
    y: "zero",
    bands: ["qe1", "qe2", "qe3"],
    focus: ["qe3"],
    decisions: [],
    spike: false,
    callouts: both({ before: "qe3" }),
  },
  covid: {
    from: "2007-01-01",
    to: "end:covid",
    y: "zero",
    bands: ["qe1", "qe2", "qe3", "covid"],
    focus: ["covid"],
    decisions: [],
    spike: false,
    callouts: both({ before: "covid" }),
  },
  qt: {
    from: "2007-01-01",
    to: "end:qt2",
    y: "zero",
    bands: ["qe1", "qe2", "qe3", "qt1", "covid", "qt2"],
    focus: ["qt1", "qt2"],
    decisions: [],
    spike: false,
    callouts: [
      { at: { before: "qt1" }, series: "total" },
      { at: { end: "qt1" }, series: "total" },
      { at: { before: "qt2" }, series: "total" },
    ],
  },
  "april-2025": {
    from: "2024-01-01",
    to: "end:qt2",
    y: "fit",
    bands: ["qt2"],
    focus: ["qt2"],
    decisions: ["qt2-slow", "qt2-slow-2025"],
    spike: true,
    callouts: both("spike"),
  },
  latest: {
    from: "2024-01-01",
    to: "latest",
    y: "fit",
    bands: ["qt2", "rmp"],
    focus: ["rmp"],
    decisions: [],
    spike: true,
    callouts: [
      { at: "spike", series: "treasuries" },
      { at: "treasuries-low", series: "treasuries" },
    ],
  },
};

/**
 * The H.4.1 Wednesday inside the article's week (4-11 April 2025), when the 10-year yield spiked. The prose
 * and the facts (fed-total-2025-04-09) name the same week.
 */
export const spikeWeek = "2025-04-09";

/** A label with a long form and a short one for narrow screens. */
export interface LaneText {
  long: Localized;
  short: Localized;
}

export const programmeNames: Record<ProgrammeId, LaneText> = {
  qe1: { long: { en: "QE1", ja: "QE1" }, short: { en: "QE1", ja: "QE1" } },
  qe2: { long: { en: "QE2", ja: "QE2" }, short: { en: "QE2", ja: "QE2" } },
  qe3: { long: { en: "QE3", ja: "QE3" }, short: { en: "QE3", ja: "QE3" } },
  qt1: { long: { en: "QT (run-off)", ja: "QT(縮小)" }, short: { en: "QT", ja: "QT" } },
  covid: { long: { en: "2020 purchases", ja: "2020年の購入" }, short: { en: "2020", ja: "2020年" } },
  qt2: { long: { en: "QT (run-off)", ja: "QT(縮小)" }, short: { en: "QT", ja: "QT" } },
  rmp: { long: { en: "Bill purchases", ja: "短期国債の購入" }, short: { en: "Bills", ja: "短期債" } },
};

/** Rules for single decisions, by row id in fed_programmes.csv. */
export const decisionNames: Record<string, LaneText> = {
  "qt2-slow": { long: { en: "QT slowed", ja: "QT減速" }, short: { en: "Slowed", ja: "減速" } },
  "qt2-slow-2025": {
    long: { en: "Slowed again", ja: "さらに減速" },
    short: { en: "Slowed", ja: "減速" },
  },
};

export const fedText = {
  title: {
    ja: "FRBの総資産と米国債保有額(週次、兆ドル)",
    en: "The Fed's total assets and its Treasury holdings (weekly, $ trillion)",
  },
  unit: { ja: "兆ドル(毎週水曜日)", en: "$ trillion, Wednesdays" },
  total: { ja: "総資産", en: "Total assets" },
  treasuries: { ja: "米国債", en: "Treasuries" },
  spike: { ja: "利回り急騰", en: "Yield spike" },
} satisfies Record<string, Localized>;
