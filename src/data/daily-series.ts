// A single daily series in a two-column CSV (`date,<value>`): FRED's layout once its "." markers are blanks.
import { isoDay, optionalNumber, type Bounds, type Cell } from "./cells.ts";
import { loadTable, once, parseTable, type TableSpec } from "./csv.ts";

/** One observation. `value` is null on days the source has no value (holidays), never 0 or NaN. */
export interface DailyPoint {
  /** The trading date, 00:00 UTC. */
  date: Date;
  value: number | null;
}

/** How to read one daily file: its name and value column, and what values are impossible. */
export interface DailyFile {
  file: string;
  valueColumn: string;
  bounds?: Bounds;
}

type DailyColumns = { date: Cell<Date>; value: Cell<number | null> };

// The table is described with a fixed key ("value") and the header checked under the file's own name.
function dailyTable(layout: DailyFile): TableSpec<DailyColumns> {
  return {
    columns: { date: isoDay(), value: optionalNumber(layout.bounds ?? {}) },
    headerNames: { value: layout.valueColumn },
    order: { by: "date", rule: "increasing" },
  };
}

export function parseDailySeries(text: string, file: string, layout: DailyFile): DailyPoint[] {
  return parseTable(text, file, dailyTable(layout));
}

/** A memoised loader of `content/data/<layout.file>`. */
export function dailyLoader(layout: DailyFile): () => DailyPoint[] {
  return once(() => loadTable(layout.file, dailyTable(layout)));
}
