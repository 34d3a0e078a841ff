// What each step of the Fed chart shows and says: its window, its bands, the values on its labels and the
// numbers in its description, checked against the H.4.1 file itself.
import { describe, expect, it } from "vitest";
import { SERVER_FRAME } from "../../../src/charts/chart";
import { fedChart } from "../../../src/charts/fed/chart";
import { fedData } from "../../../src/charts/fed/data";
import { fedFrame, windowOf } from "../../../src/charts/fed/frame";
import { describeFed, fedScene } from "../../../src/charts/fed/model";
import { type FedState, fedStates } from "../../../src/charts/fed/steps";
import type { Mark, PathMark, TextMark } from "../../../src/charts/scene";
import { loadFedBalanceSheet } from "../../../src/data/series";

const data = fedData();
const file = loadFedBalanceSheet();
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** A week straight from the file, in trillions rounded as the chart prints them. */
function fileWeek(iso: string) {
  const week = file.find((w) => day(w.date.getTime()) === iso);
  if (!week) throw new Error(`no H.4.1 week ${iso}`);
  return { total: (week.totalAssets / 1e6).toFixed(2), treasuries: (week.treasuries / 1e6).toFixed(2) };
}
const scene = (state: FedState, lang: "en" | "ja" = "en") => fedScene(data, state, SERVER_FRAME, lang);
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);
const text = (marks: Mark[], key: string) => (byKey(marks, key) as TextMark | undefined)?.text;

describe("the Fed chart's steps", () => {
  it("are the eight states the chapter uses, in story order", () => {
    expect(fedChart.states).toEqual(["baseline", "qe1", "qe2", "qe3", "covid", "qt", "april-2025", "latest"]);
  });

  it.each([
    ["baseline", "2003-01-01", "2008-09-10"],
    ["qe1", "2007-01-01", "2010-03-31"],
    ["qe2", "2007-01-01", "2011-06-30"],
    ["qe3", "2007-01-01", "2014-10-31"],
    ["covid", "2007-01-01", "2022-03-01"],
    ["qt", "2007-01-01", "2025-12-01"],
    ["april-2025", "2024-01-01", "2025-12-01"],
  ] as const)("%s draws %s to %s", (state, from, to) => {
    expect(windowOf(data, state).map(day)).toEqual([from, to]);
  });

  it("ends the last step on the latest week in the file", () => {
    expect(windowOf(data, "latest")[1]).toBe(file.at(-1)!.date.getTime());
  });

  it("starts the axis at zero while programmes are compared, and fits it to the data when the moves are small", () => {
    for (const state of ["baseline", "qe1", "qe2", "qe3", "covid", "qt"] as const)
      expect(fedFrame(data, state, SERVER_FRAME, "en").y.domain()[0], state).toBe(0);
    const april = fedFrame(data, "april-2025", SERVER_FRAME, "en").y.domain();
    expect(april[0]).toBeGreaterThan(3);
  });

  it("shades the programmes introduced so far, the step's own one stronger", () => {
    const bands = (state: FedState) =>
      scene(state)
        .marks.filter((m) => m.key.startsWith("fed-band-"))
        .map((m) => `${m.key.slice(9)}${m.className?.includes("is-focus") ? "*" : ""}`);
    expect(bands("baseline")).toEqual([]);
    expect(bands("qe1")).toEqual(["qe1*"]);
    expect(bands("covid")).toEqual(["qe1", "qe2", "qe3", "covid*"]);
    expect(bands("qt")).toEqual(["qe1", "qe2", "qe3", "qt1*", "covid", "qt2*"]);
    expect(bands("latest")).toEqual(["qt2", "rmp*"]);
  });

  it("keeps both lines as paths with the same commands in every step, so they morph", () => {
    const commands = (state: FedState, series: string) =>
      ((byKey(scene(state).marks, `fed-line-${series}`) as PathMark).d.match(/[MLC]/g) ?? []).length;
    for (const series of ["total", "treasuries"])
      for (const state of fedStates) expect(commands(state, series)).toBe(data.weeks.length);
  });

  it("labels each line with its value at the window's end, the size after the step's programme", () => {
    const after = fileWeek("2010-03-31");
    expect(text(scene("qe1").marks, "fed-name-total-value")).toBe(`$${after.total}tn`);
    expect(text(scene("qe1").marks, "fed-name-treasuries-value")).toBe(`$${after.treasuries}tn`);
    expect(text(scene("qe2", "ja").marks, "fed-name-treasuries")).toBe("米国債");
    expect(text(scene("qe2", "ja").marks, "fed-name-treasuries-value")).toBe(
      `${fileWeek("2011-06-29").treasuries}兆ドル`,
    );
  });

  it("calls out the size in the week before each programme", () => {
    const before = fileWeek("2012-09-12");
    expect(text(scene("qe3").marks, "fed-callout-before-qe3-total-text")).toBe(`$${before.total}tn`);
    expect(text(scene("covid").marks, "fed-callout-before-covid-total-text")).toBe(
      `$${fileWeek("2020-03-11").total}tn`,
    );
  });

  it("marks the week of the yield spike and both slow-downs of the run-off in the April 2025 step", () => {
    const marks = scene("april-2025").marks;
    const rule = byKey(marks, "fed-rule-spike");
    const frame = fedFrame(data, "april-2025", SERVER_FRAME, "en");
    expect(rule && rule.kind === "line" && rule.x1).toBeCloseTo(frame.x(new Date(utc("2025-04-09"))));
    expect(byKey(marks, "fed-rule-qt2-slow")).toBeDefined();
    expect(byKey(marks, "fed-rule-qt2-slow-2025")).toBeDefined();
    expect(text(marks, "fed-lane-spike")).toMatch(/^Yield spike/);
  });
});

describe("what each step says", () => {
  it("gives the pre-crisis size in the last week before Lehman Brothers failed", () => {
    const w = fileWeek("2008-09-10");
    expect(describeFed(data, "baseline", "en")).toContain(`to $${w.total} trillion`);
    expect(describeFed(data, "baseline", "ja")).toContain("2008年9月10日");
  });

  it("gives QE2's sizes before and after, in both languages", () => {
    const before = fileWeek("2010-10-27");
    const after = fileWeek("2011-06-29");
    const en = describeFed(data, "qe2", "en");
    expect(en).toContain(`total assets rose from $${before.total} trillion to $${after.total} trillion`);
    expect(en).toContain(
      `Treasury holdings rose from $${before.treasuries} trillion to $${after.treasuries} trillion`,
    );
    const ja = describeFed(data, "qe2", "ja");
    expect(ja).toContain(`総資産は${before.total}兆ドルから${after.total}兆ドルに増えた`);
    expect(ja).toContain("2010年11月3日に発表");
  });

  it("says the 2020 purchases peaked in the week of April 13, 2022", () => {
    expect(describeFed(data, "covid", "en")).toContain(
      `peaked at $${fileWeek("2022-04-13").total} trillion in the week of April 13, 2022`,
    );
  });

  it("says both run-offs shrank total assets", () => {
    const en = describeFed(data, "qt", "en");
    expect(en).toContain(
      `fell from $${fileWeek("2017-09-27").total} trillion to $${fileWeek("2019-07-31").total} trillion`,
    );
    expect(en).toContain(
      `fell from $${fileWeek("2022-05-25").total} trillion to $${fileWeek("2025-11-26").total} trillion`,
    );
  });

  it("finds no emergency buying after April 2025: Treasury holdings fell and no week rose by even $1 billion", () => {
    const spike = fileWeek("2025-04-09");
    const end = fileWeek("2025-11-26");
    const en = describeFed(data, "april-2025", "en");
    expect(Number(end.treasuries)).toBeLessThan(Number(spike.treasuries));
    expect(en).toContain(`held $${spike.treasuries} trillion of Treasuries`);
    expect(en).toContain(`Treasury holdings had fallen to $${end.treasuries} trillion`);
    expect(en).toContain("largest weekly rise in Treasury holdings in between was +$0.4 billion");
    expect(en).toContain("+$362.5 billion in the week of April 1, 2020");
    expect(describeFed(data, "april-2025", "ja")).toContain("+4億ドル");
  });

  it("says the holdings turned up only after the run-off ended and bill purchases began", () => {
    const latest = file.at(-1)!;
    const en = describeFed(data, "latest", "en");
    expect(en).toContain("The run-off ended on December 1, 2025");
    expect(en).toContain("on December 10, 2025 the Fed said it would buy short-term Treasury bills");
    expect(en).toContain(`have since risen to $${(latest.treasuries / 1e6).toFixed(2)} trillion, above`);
    expect(describeFed(data, "latest", "ja")).toContain("上回る水準");
  });

  it("writes every step in both languages, with no untranslated placeholders", () => {
    for (const state of fedStates) {
      const ja = describeFed(data, state, "ja");
      const en = describeFed(data, state, "en");
      expect(ja, state).toMatch(/[\u3040-\u30ff]/);
      expect(en, state).not.toMatch(/[\u3040-\u30ff]/);
      for (const words of [ja, en]) expect(words, state).not.toMatch(/undefined|NaN|\$\{/);
    }
  });
});
