// Reads a data CSV into typed rows: checks the header, parses every cell with zod, checks date order
// and repeated rows, and reports the first problem as one DataError naming file, line and column.
import { csvParseRows } from "d3-dsv";
import { z } from "astro/zod";
import type { Cell } from "./cells.ts";
import { DataError } from "./data-error.ts";
import { displayPath, readDataText } from "./paths.ts";

/** A table's columns in header order, each with the parser for its cells. */
export type Columns = Record<string, Cell<unknown>>;

/** One parsed row: every column's typed value. */
export type RowOf<C extends Columns> = { [K in keyof C]: z.output<C[K]> };

/** The names of the columns whose cells parse to a Date. */
type DateColumn<C extends Columns> = {
  [K in keyof C & string]: z.output<C[K]> extends Date ? K : never;
}[keyof C & string];

/** A problem found by a check that looks at several cells of one row. */
export interface RowProblem<C extends Columns> {
  column: keyof C & string;
  reason: string;
}

export interface TableSpec<C extends Columns> {
  /** Expected header, in order, with a parser per column. */
  columns: C;
  /** Header names that differ from the column keys, e.g. `{ value: "yield_pct" }` for a shared layout. */
  headerNames?: Partial<Record<keyof C & string, string>>;
  /**
   * How rows are ordered, oldest first, by a date column. "increasing": one row per date.
   * "non-decreasing": several rows may share a date (auctions). Omitted for tables that are not series.
   */
  order?: { by: DateColumn<C>; rule: "increasing" | "non-decreasing" };
  /** Columns that together identify a row, so a repeated row is caught (when dates alone do not). */
  key?: ReadonlyArray<keyof C & string>;
  /** Checks across columns of one row, e.g. a country cannot hold more than all foreigners together. */
  check?: (row: RowOf<C>) => RowProblem<C> | undefined;
}

/** Parses CSV text. `file` is how the file is named in error messages. Throws a DataError on any problem. */
export function parseTable<C extends Columns>(
  text: string,
  file: string,
  spec: TableSpec<C>,
): Array<RowOf<C>> {
  const records = csvParseRows(text.replace(/^\uFEFF/, ""));
  const keys = Object.keys(spec.columns) as Array<keyof C & string>;
  const names = keys.map((key) => spec.headerNames?.[key] ?? key);
  const header = records[0];
  if (header === undefined || (header.length === 1 && header[0]?.trim() === "")) {
    throw new DataError(
      { file, line: 1 },
      `is empty; the first line should be the header ${names.join(",")}`,
    );
  }
  checkHeader(header, names, file);

  const schema = z.object(spec.columns);
  const rows: Array<RowOf<C>> = [];
  const previous = { date: undefined as Date | undefined, line: 0 };
  const seenKeys = new Map<string, number>();
  let line = 1 + newlinesIn(header);
  for (const record of records.slice(1)) {
    line += 1;
    const startLine = line;
    line += newlinesIn(record);
    if (record.length === 1 && record[0]?.trim() === "") continue; // a blank line carries no data
    if (record.length !== names.length) {
      throw new DataError(
        { file, line: startLine },
        `has ${record.length} field${record.length === 1 ? "" : "s"} but the header has ${names.length}; a comma is missing or extra`,
      );
    }
    const cells = Object.fromEntries(keys.map((key, i) => [key, record[i] ?? ""]));
    const parsed = schema.safeParse(cells);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = issue?.path[0];
      const column = typeof key === "string" ? names[keys.indexOf(key)] : undefined;
      throw new DataError(
        { file, line: startLine, ...(column !== undefined ? { column } : {}) },
        issue?.message ?? "could not be read",
      );
    }
    const row = parsed.data as RowOf<C>;
    const problem = spec.check?.(row);
    if (problem) {
      const column = spec.headerNames?.[problem.column] ?? problem.column;
      throw new DataError({ file, line: startLine, column }, problem.reason);
    }

    if (spec.order) {
      const date = row[spec.order.by] as Date;
      const by = spec.headerNames?.[spec.order.by] ?? spec.order.by;
      checkOrder(date, previous, { by, rule: spec.order.rule }, { file, line: startLine });
      previous.date = date;
      previous.line = startLine;
    }
    if (spec.key) checkKey(row, spec.key, seenKeys, { file, line: startLine });
    rows.push(row);
  }
  if (rows.length === 0) throw new DataError({ file, line: 2 }, "has a header but no data rows");
  return rows;
}

function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) for (const ch of field) if (ch === "\n") count += 1;
  return count;
}

function checkHeader(header: readonly string[], names: readonly string[], file: string): void {
  const expected = `expected header: ${names.join(",")}`;
  for (let i = 0; i < Math.max(header.length, names.length); i++) {
    const found = header[i]?.trim();
    const wanted = names[i];
    if (found === wanted) continue;
    if (wanted === undefined) {
      throw new DataError({ file, line: 1 }, `the header has an extra column "${found ?? ""}"; ${expected}`);
    }
    if (found === undefined) {
      throw new DataError(
        { file, line: 1, column: wanted },
        `the header has no column "${wanted}"; ${expected}`,
      );
    }
    throw new DataError(
      { file, line: 1, column: wanted },
      `the header names this column "${found}"; ${expected}`,
    );
  }
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function checkOrder(
  date: Date,
  previous: { date: Date | undefined; line: number },
  order: { by: string; rule: "increasing" | "non-decreasing" },
  where: { file: string; line: number },
): void {
  if (previous.date === undefined) return;
  const column = order.by;
  if (date < previous.date) {
    throw new DataError(
      { ...where, column },
      `${isoDate(date)} comes after ${isoDate(previous.date)} (line ${previous.line}); rows must be in date order, oldest first`,
    );
  }
  if (order.rule === "increasing" && date.getTime() === previous.date.getTime()) {
    throw new DataError(
      { ...where, column },
      `${isoDate(date)} appears twice (also on line ${previous.line})`,
    );
  }
}

function checkKey<C extends Columns>(
  row: RowOf<C>,
  key: ReadonlyArray<keyof C & string>,
  seen: Map<string, number>,
  where: { file: string; line: number },
): void {
  const id = JSON.stringify(key.map((k) => (row[k] instanceof Date ? isoDate(row[k]) : row[k])));
  const earlier = seen.get(id);
  if (earlier !== undefined) {
    throw new DataError(
      where,
      `repeats the row on line ${earlier} (same ${key.join(", ")}); each row must appear once`,
    );
  }
  seen.set(id, where.line);
}

/** Reads and parses `content/data/<file>`. */
export function loadTable<C extends Columns>(file: string, spec: TableSpec<C>): Array<RowOf<C>> {
  const text = readDataText(file);
  if (text === undefined) {
    throw new DataError({ file: displayPath(file) }, "is missing; it should be committed with the site");
  }
  return parseTable(text, displayPath(file), spec);
}

/** Runs `load` once and hands back the same result afterwards, so each file is read once per build. */
export function once<T>(load: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    cached ??= { value: load() };
    return cached.value;
  };
}
