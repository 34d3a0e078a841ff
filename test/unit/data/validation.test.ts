import { describe, expect, it } from "vitest";
import { parseAuctions } from "../../../src/data/auctions";
import { DataError } from "../../../src/data/data-error";
import { parseHoldings } from "../../../src/data/holdings";
import { parseYields } from "../../../src/data/treasury-yields";
import { fixture, fixturePath } from "./fixture";

/** Runs `parse` on a fixture and returns the DataError it throws (failing the test if it does not). */
function errorOf(parse: (text: string, file: string) => unknown, name: string): DataError {
  try {
    parse(fixture(name), fixturePath(name));
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted, but it should have been rejected`);
}

describe("a well-formed file", () => {
  it("parses into typed rows with dates at 00:00 UTC", () => {
    const rows = parseHoldings(fixture("holdings_ok.csv"), fixturePath("holdings_ok.csv"));
    expect(rows).toHaveLength(9);
    // holdings_ok.csv line 6: 2024-12-01,759,1061.5,8619.3,...
    expect(rows[4]).toMatchObject({ china: 759, japan: 1061.5, totalForeign: 8619.3, seriesNote: null });
    expect(rows[4]?.date.toISOString()).toBe("2024-12-01T00:00:00.000Z");
  });

  it("accepts a byte-order mark and Windows line endings", () => {
    const rows = parseHoldings(fixture("holdings_bom_crlf.csv"), fixturePath("holdings_bom_crlf.csv"));
    expect(rows.map((r) => r.china)).toEqual(
      parseHoldings(fixture("holdings_ok.csv"), "ok").map((r) => r.china),
    );
  });

  it("keeps a missing daily value as null, never 0 or NaN", () => {
    const points = parseYields(fixture("dgs10_ok.csv"), fixturePath("dgs10_ok.csv"));
    // dgs10_ok.csv line 16: "2025-04-18," (Good Friday, no quote)
    const goodFriday = points.find((p) => p.date.toISOString().startsWith("2025-04-18"));
    expect(goodFriday?.value).toBeNull();
    expect(points.filter((p) => p.value !== null).every((p) => Number.isFinite(p.value))).toBe(true);
  });

  it("allows several auctions on one day", () => {
    const auctions = parseAuctions(fixture("auctions_ok.csv"), fixturePath("auctions_ok.csv"));
    expect(auctions.filter((a) => a.date.toISOString().startsWith("2025-04-10"))).toHaveLength(3);
  });
});

describe("a malformed file throws one DataError naming file, line and column", () => {
  it.each([
    ["holdings_bad_number.csv", 6, "china", `"75,9" is not a number`],
    ["holdings_bad_date.csv", 4, "date", `"2024-13-01" is not a real calendar date`],
    ["holdings_mid_month_date.csv", 4, "date", "should be the first day of a month"],
    ["holdings_misspelt_header.csv", 1, "china", `the header names this column "chna"`],
    ["holdings_missing_column.csv", 1, "series_note", `the header has no column "series_note"`],
    ["holdings_duplicate_date.csv", 6, "date", "2024-12-01 appears twice (also on line 5)"],
    ["holdings_unsorted.csv", 5, "date", "2024-10-01 comes after 2024-11-01 (line 4)"],
    ["holdings_negative.csv", 7, "china", "-760.8 is below 0; holdings cannot be negative"],
    ["holdings_more_than_total.csv", 3, "china", "9772 is more than total_foreign (8766.3)"],
    ["holdings_empty_value.csv", 9, "china", "is empty, but this column needs a value"],
  ])("%s: line %i, column %s", (name, line, column, reason) => {
    const error = errorOf(parseHoldings, name);
    expect(error).toMatchObject({ file: fixturePath(name), line, column });
    expect(error.message).toContain(reason);
    expect(error.message.startsWith(`${fixturePath(name)} line ${line}, column "${column}": `)).toBe(true);
  });

  it("reports a row with too few fields", () => {
    const error = errorOf(parseHoldings, "holdings_short_row.csv");
    expect(error.message).toBe(
      "test/fixtures/data/holdings_short_row.csv line 8: has 5 fields but the header has 8; a comma is missing or extra",
    );
  });

  it("reports an empty file and a file with only a header", () => {
    expect(errorOf(parseHoldings, "empty.csv").message).toMatch(
      /^test\/fixtures\/data\/empty\.csv line 1: is empty/,
    );
    expect(errorOf(parseHoldings, "holdings_header_only.csv").message).toContain(
      "line 2: has a header but no data rows",
    );
  });

  it("rejects NaN typed into a daily series", () => {
    const error = errorOf(parseYields, "dgs10_nan.csv");
    expect(error).toMatchObject({ line: 4, column: "yield_pct" });
    expect(error.message).toContain(`"NaN" is not a number`);
  });

  it("rejects a bid-to-cover ratio below 0", () => {
    const error = errorOf(parseAuctions, "auctions_negative_bid_to_cover.csv");
    expect(error).toMatchObject({ line: 6, column: "bid_to_cover" });
    expect(error.message).toContain("-2.47 is below 0");
  });

  it("rejects the same auction listed twice", () => {
    const error = errorOf(parseAuctions, "auctions_repeated_row.csv");
    expect(error.line).toBe(7);
    expect(error.message).toContain("repeats the row on line 6");
  });

  it("rejects an unknown security type and lists the allowed ones", () => {
    const error = errorOf(parseAuctions, "auctions_unknown_type.csv");
    expect(error).toMatchObject({ line: 6, column: "security_type" });
    expect(error.message).toContain(`"Nte" is not one of "Bill", "Note", "Bond"`);
  });

  it("counts lines inside a quoted field that spans lines", () => {
    const text = 'date,yield_pct\n2025-04-03,4.06\n"2025-04-04\n",4.01\n2025-04-07,x\n';
    expect(() => parseYields(text, "t.csv")).toThrow(
      /^t\.csv line 3, column "date": "2025-04-04\n" is not a date/,
    );
    const later = 'date,yield_pct\n2025-04-03,"4.06\n"\n2025-04-07,x\n';
    expect(() => parseYields(later, "t.csv")).toThrow(
      /^t\.csv line 4, column "yield_pct": "x" is not a number/,
    );
  });
});
