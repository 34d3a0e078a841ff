// content/data/fed_programmes.csv: the Fed's own announcements, each with its federalreserve.gov release, and a
// loader that stops the build on a bad row with the file, line, column and reason.
import { describe, expect, it } from "vitest";
import { DataError } from "../../../src/data/data-error";
import type { ProgrammeEvent } from "../../../src/charts/fed/fed-data";
import { programmeBands } from "../../../src/charts/fed/fed-data";
import { loadFedProgrammes, parseFedProgrammes } from "../../../src/charts/fed/programmes";

const events = loadFedProgrammes();
const day = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));
const row = (id: string): ProgrammeEvent => {
  const found = events.find((e) => e.id === id);
  if (!found) throw new Error(`fed_programmes.csv has no row "${id}"`);
  return found;
};

describe("the programme dates, as the Fed announced them", () => {
  it.each([
    ["qe1-start", "2008-11-25", null],
    ["qe1-expand", "2009-03-18", null],
    ["qe2-start", "2010-11-03", null],
    ["qe3-start", "2012-09-13", null],
    ["qe3-expand", "2012-12-12", null],
    ["qe3-taper", "2013-12-18", "2014-01-01"],
    ["qe3-end", "2014-10-29", "2014-10-31"],
    ["qt1-start", "2017-09-20", "2017-10-01"],
    ["qt1-end", "2019-07-31", "2019-08-01"],
    ["covid-start", "2020-03-15", null],
    ["covid-expand", "2020-03-23", null],
    ["qt2-start", "2022-05-04", "2022-06-01"],
    ["qt2-slow", "2024-05-01", "2024-06-01"],
    ["qt2-slow-2025", "2025-03-19", "2025-04-01"],
    ["qt2-end", "2025-10-29", "2025-12-01"],
    ["rmp-start", "2025-12-10", null],
  ])("%s was announced on %s (takes effect %s)", (id, announced, effective) => {
    expect(day(row(id).announced)).toBe(announced);
    expect(day(row(id).effective)).toBe(effective);
  });

  it("cites a federalreserve.gov press release dated the day of each announcement", () => {
    for (const e of events) {
      expect(e.sourceUrl, e.id).toMatch(/^https:\/\/www\.federalreserve\.gov\/newsevents\/pressreleases\//);
      expect(e.sourceUrl, e.id).toContain(day(e.announced)?.replace(/-/g, ""));
      expect(e.sourceTitle.trim(), e.id).not.toBe("");
    }
  });

  it("takes the 2022 run-off from the Fed's plan for reducing its balance sheet", () => {
    expect(row("qt2-start").sourceTitle).toBe(
      "Plans for Reducing the Size of the Federal Reserve's Balance Sheet",
    );
  });

  it("has every label in both languages", () => {
    for (const e of events) {
      expect(e.label.en.trim(), e.id).not.toBe("");
      expect(e.label.ja, e.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it("turns the rows into one band per programme, the bill purchases still running", () => {
    const bands = programmeBands(events).map((b) => [b.id, day(b.start), day(b.end)]);
    expect(bands).toEqual([
      ["qe1", "2008-11-25", "2010-03-31"],
      ["qe2", "2010-11-03", "2011-06-30"],
      ["qe3", "2012-09-13", "2014-10-31"],
      ["qt1", "2017-10-01", "2019-08-01"],
      ["covid", "2020-03-15", "2022-03-01"],
      ["qt2", "2022-06-01", "2025-12-01"],
      ["rmp", "2025-12-10", null],
    ]);
  });
});

const HEADER = "id,programme,event,announced,effective,label_en,label_ja,source_title,source_url,note";
const url = (ymd: string) => `https://www.federalreserve.gov/newsevents/pressreleases/monetary${ymd}a.htm`;
const line = (cells: Partial<Record<string, string>>) => {
  const full = {
    id: "qe2-start",
    programme: "qe2",
    event: "start",
    announced: "2010-11-03",
    effective: "",
    label_en: "QE2 announced",
    label_ja: "QE2を発表",
    source_title: "FOMC statement",
    source_url: url("20101103"),
    note: "A note.",
    ...cells,
  };
  return Object.values(full).join(",");
};
const file = (...lines: string[]) => [HEADER, ...lines].join("\n");

function errorOf(text: string): DataError {
  try {
    parseFedProgrammes(text, "fed_programmes.csv");
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error("the file was accepted, but it should have been rejected");
}

describe("a bad programmes file stops the build with file, line, column and reason", () => {
  it("accepts a well-formed file", () => {
    const parsed = parseFedProgrammes(file(line({})), "fed_programmes.csv");
    expect(parsed.map((e) => e.id)).toEqual(["qe2-start"]);
  });

  it("rejects a source that is not a federalreserve.gov release", () => {
    const error = errorOf(file(line({ source_url: "https://example.com/qe2" })));
    expect([error.line, error.column]).toEqual([2, "source_url"]);
    expect(error.message).toMatch(/^fed_programmes\.csv line 2, column "source_url": /);
  });

  it("rejects a release whose address names another day than the announcement", () => {
    const error = errorOf(file(line({ source_url: url("20101104") })));
    expect([error.line, error.column]).toEqual([2, "source_url"]);
    expect(error.reason).toContain("20101103");
  });

  it("rejects a decision that takes effect before it was announced", () => {
    const error = errorOf(file(line({ effective: "2010-11-02" })));
    expect([error.line, error.column]).toEqual([2, "effective"]);
  });

  it("rejects an unknown programme and a date that does not exist", () => {
    expect(errorOf(file(line({ programme: "qe4" }))).column).toBe("programme");
    const error = errorOf(file(line({ announced: "2010-11-31", source_url: url("20101131") })));
    expect([error.line, error.column]).toEqual([2, "announced"]);
  });

  it("rejects rows out of date order and a repeated id", () => {
    const later = line({ id: "qe2-end", event: "end", announced: "2011-06-22", source_url: url("20110622") });
    expect(errorOf(file(later, line({}))).line).toBe(3);
    expect(errorOf(file(line({}), line({}))).reason).toMatch(/repeats the row on line 2/);
  });

  it("rejects a programme without a start, or one that ends twice", () => {
    const end = (id: string, d: string) =>
      line({ id, event: "end", announced: d, source_url: url(d.replace(/-/g, "")) });
    expect(errorOf(file(end("qe2-end", "2011-06-22"))).reason).toMatch(/"qe2" has 0 "start" rows/);
    expect(errorOf(file(line({}), end("a", "2011-06-22"), end("b", "2011-06-23"))).reason).toMatch(
      /"qe2" has 2 "end" rows/,
    );
  });
});
