import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAuctions } from "../../../src/data/auctions";
import { DataError } from "../../../src/data/data-error";
import { parseHoldings } from "../../../src/data/holdings";
import { parseYields } from "../../../src/data/treasury-yields";

const FILE = "content/data/generated.csv";

/** Either a parse result or the DataError it threw; anything else fails the property. */
function outcome<T>(parse: () => T): { rows: T } | { error: DataError } {
  try {
    return { rows: parse() };
  } catch (error) {
    if (error instanceof DataError) return { error };
    throw error;
  }
}

/** Every number in a parsed row is finite or null, and every date is a real date. */
function assertClean(value: unknown): void {
  if (value instanceof Date) expect(Number.isNaN(value.getTime())).toBe(false);
  else if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  else if (value && typeof value === "object") for (const v of Object.values(value)) assertClean(v);
}

// Cells that look almost right, which is where parsers go wrong.
const cell = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "NaN",
    "Infinity",
    "-",
    ".",
    "1e999",
    "71,4",
    "4.2.1",
    "٣",
    "0x10",
    "1_000",
    "True",
    "Note",
  ),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -5, max: 20_000 }).map(String),
  fc
    .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2025-02-29", "2024-02-29", "2025-13-01", "2025-04-31", "2025-4-1", "2025-04-01T00:00Z"),
  fc.string({ maxLength: 8 }),
);

function csvFrom(header: string, rows: string[][]): string {
  return [
    header,
    ...rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")),
  ].join("\n");
}

const cases = [
  { name: "daily yields", header: "date,yield_pct", width: 2, parse: (t: string) => parseYields(t, FILE) },
  {
    name: "holdings",
    header:
      "date,china,japan,total_foreign,foreign_official,foreign_official_tbills,foreign_official_tbonds_notes,series_note",
    width: 8,
    parse: (t: string) => parseHoldings(t, FILE),
  },
  {
    name: "auctions",
    header:
      "auction_date,security_type,security_term,tenor_group,reopening_or_odd_term,is_tips,high_yield_pct,avg_med_yield_pct,high_investment_rate_pct,bid_to_cover,price_per100",
    width: 11,
    parse: (t: string) => parseAuctions(t, FILE),
  },
];

describe.each(cases)(
  "any $name file either parses cleanly or throws a DataError",
  ({ header, width, parse }) => {
    it("for generated rows of plausible and implausible cells", () => {
      const rows = fc.array(fc.array(cell, { minLength: width - 1, maxLength: width + 1 }), { maxLength: 8 });
      fc.assert(
        fc.property(
          fc.constantFrom(header, header.replace("date", "Date"), `${header},extra`),
          rows,
          (head, body) => {
            const result = outcome(() => parse(csvFrom(head, body)));
            if ("error" in result) expect(result.error.message.startsWith(FILE)).toBe(true);
            else assertClean(result.rows);
          },
        ),
        { numRuns: 300 },
      );
    });

    it("for arbitrary text", () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (text) => {
          const result = outcome(() => parse(text));
          if ("rows" in result) assertClean(result.rows);
        }),
        { numRuns: 300 },
      );
    });
  },
);

it("a generated daily series that parses has strictly increasing dates", () => {
  const day = fc
    .integer({ min: 0, max: 40 })
    .map((d) => new Date(Date.UTC(2025, 3, 1 + d)).toISOString().slice(0, 10));
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(day, fc.oneof(fc.constant(""), fc.double({ min: 0, max: 20, noNaN: true }).map(String))),
        { maxLength: 12 },
      ),
      (pairs) => {
        const result = outcome(() => parseYields(csvFrom("date,yield_pct", pairs), FILE));
        if ("rows" in result) {
          const times = result.rows.map((p) => p.date.getTime());
          expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
        }
      },
    ),
    { numRuns: 300 },
  );
});
