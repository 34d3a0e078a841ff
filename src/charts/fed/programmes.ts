// Server only: the Fed's balance-sheet programmes (content/data/fed_programmes.csv), one row per decision, each
// with the federalreserve.gov release it comes from. Validated with the data layer's CSV helpers, so a bad row
// stops the build with its file, line, column and reason.
import { isoDay, oneOf, optionalDay, requiredText } from "../../data/cells";
import { loadTable, once, parseTable, type RowOf, type TableSpec } from "../../data/csv";
import { DataError } from "../../data/data-error";
import { displayPath } from "../../data/paths";
import { type ProgrammeEvent, eventKinds, programmeIds } from "./fed-data";

export const FED_PROGRAMMES_FILE = "fed_programmes.csv";

/** Every source is one of the Board's own press releases. */
const RELEASE_URL =
  /^https:\/\/www\.federalreserve\.gov\/newsevents\/pressreleases\/monetary\d{8}[a-z]\.htm$/;

const columns = {
  /** Stable id of the row, e.g. "qe1-start". */
  id: requiredText(),
  /** Which programme the decision belongs to. */
  programme: oneOf(programmeIds),
  /** What the decision did to the programme. */
  event: oneOf(eventKinds),
  /** The day the release was published. */
  announced: isoDay(),
  /** The day the decision took effect, where the release names one ("in October" = the 1st); else empty. */
  effective: optionalDay(),
  label_en: requiredText(),
  label_ja: requiredText(),
  /** The release's title as federalreserve.gov prints it. */
  source_title: requiredText(),
  source_url: requiredText(),
  /** What the release decided, in a sentence. */
  note: requiredText(),
};

type ProgrammeRow = RowOf<typeof columns>;

export const fedProgrammesTable: TableSpec<typeof columns> = {
  columns,
  order: { by: "announced", rule: "non-decreasing" },
  key: ["id"],
  check(row) {
    if (!RELEASE_URL.test(row.source_url)) {
      return {
        column: "source_url",
        reason: `"${row.source_url}" is not a federalreserve.gov monetary press release (https://www.federalreserve.gov/newsevents/pressreleases/monetaryYYYYMMDDx.htm)`,
      };
    }
    if (!row.source_url.includes(isoCompact(row.announced))) {
      return {
        column: "source_url",
        reason: `the release address does not carry the announcement day ${isoCompact(row.announced)}`,
      };
    }
    if (row.effective !== null && row.effective < row.announced) {
      return { column: "effective", reason: "a decision cannot take effect before it was announced" };
    }
    return undefined;
  },
};

function isoCompact(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, "");
}

function toEvent(row: ProgrammeRow): ProgrammeEvent {
  return {
    id: row.id,
    programme: row.programme,
    event: row.event,
    announced: row.announced.getTime(),
    effective: row.effective?.getTime() ?? null,
    label: { en: row.label_en, ja: row.label_ja },
    sourceTitle: row.source_title,
    sourceUrl: row.source_url,
    note: row.note,
  };
}

/**
 * Checks that span rows: each programme opens with exactly one start, ends at most once, and nothing happens to
 * it before it starts or after it ends. Reported by row id, as these involve more than one line.
 */
function checkProgrammes(events: readonly ProgrammeEvent[], file: string): void {
  const when = (e: ProgrammeEvent) => e.effective ?? e.announced;
  for (const programme of new Set(events.map((e) => e.programme))) {
    const rows = events.filter((e) => e.programme === programme);
    const starts = rows.filter((e) => e.event === "start");
    const ends = rows.filter((e) => e.event === "end");
    const start = starts[0];
    if (starts.length !== 1 || start === undefined) {
      throw new DataError(
        { file, column: "event" },
        `programme "${programme}" has ${starts.length} "start" rows; it needs exactly one`,
      );
    }
    if (ends.length > 1) {
      throw new DataError(
        { file, column: "event" },
        `programme "${programme}" has ${ends.length} "end" rows (${ends.map((e) => e.id).join(", ")}); it may end once`,
      );
    }
    const end = ends[0];
    for (const row of rows) {
      if (row !== start && when(row) < when(start)) {
        throw new DataError(
          { file, column: "effective" },
          `row "${row.id}" takes effect before its programme starts (row "${start.id}")`,
        );
      }
      if (end && row !== end && when(row) > when(end)) {
        throw new DataError(
          { file, column: "effective" },
          `row "${row.id}" takes effect after its programme ends (row "${end.id}")`,
        );
      }
    }
  }
}

export function parseFedProgrammes(text: string, file: string): ProgrammeEvent[] {
  const events = parseTable(text, file, fedProgrammesTable).map(toEvent);
  checkProgrammes(events, file);
  return events;
}

export const loadFedProgrammes: () => ProgrammeEvent[] = once(() => {
  const events = loadTable(FED_PROGRAMMES_FILE, fedProgrammesTable).map(toEvent);
  checkProgrammes(events, displayPath(FED_PROGRAMMES_FILE));
  return events;
});
