// The contract every scroll-driven chart meets: pure, so the server and the browser run the same code.
import type { Lang, Localized } from "../i18n/locales";
import type { Mark, Scene, Size } from "./scene";

export interface ChartDefinition<Data, State extends string = string> {
  /** Folder name under src/charts and the `chart` prop in MDX. */
  id: string;
  /** The steps, in story order; each is a `<Step state>` in the chapter. */
  states: readonly State[];
  title: Localized;
  scene(data: Data, state: State, size: Size, lang: Lang): Scene;
  /** What the graphic shows at this step, in words, for screen readers and the no-JS caption. */
  describe(data: Data, state: State, lang: Lang): string;
  /**
   * Hover or tap at horizontal position `x` (scene pixels): marks that show the values there (a crosshair, dots,
   * a label). Pointer users get it on the graphic; keyboard and screen-reader users get the same numbers in the
   * chart's data table.
   */
  probe?(data: Data, state: State, size: Size, lang: Lang, x: number): Mark[];
}

/** Any chart, with its data type erased (the page hands each chart back its own data). */
export type AnyChart = ChartDefinition<never, string>;

/** Size of server-rendered frames; the browser redraws at the real size. */
export const SERVER_FRAME: Size = { width: 640, height: 400 };

/** A plain table of the numbers behind a chart, for the collapsed data table under it. */
export interface DataTable {
  columns: string[];
  rows: string[][];
}

/** Locale-neutral rows for the chart's "get the data" CSV: exactly what the chart draws. */
export interface CsvTable {
  header: string[];
  rows: Array<Array<string | number | null>>;
}

export interface RegisteredChart {
  chart: AnyChart;
  /** Built once per build; exactly what the browser receives. */
  data: () => unknown;
  /** Dataset ids in content/data/sources.json that the chart draws. */
  datasets: string[];
  /** The accessible data table (localized). */
  table: (data: never, lang: Lang) => DataTable;
  /** The downloadable CSV; omitted where the source's terms forbid redistribution (ICE BofA indices). */
  csv?: (data: never) => CsvTable;
}

/** What a chart folder's index.ts default-exports: typed at the call site, erased for the registry. */
export function registerChart<Data, State extends string>(entry: {
  chart: ChartDefinition<Data, State>;
  data: () => Data;
  datasets: string[];
  table: (data: Data, lang: Lang) => DataTable;
  csv?: (data: Data) => CsvTable;
}): RegisteredChart {
  return entry as unknown as RegisteredChart;
}
