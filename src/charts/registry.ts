// Server-side registry: each chart's pure definition, its trimmed data and where that data comes from.
import type { AnyChart } from "./chart";
import { holdingsChart } from "./holdings/chart";
import { holdingsData } from "./holdings/data";

export interface RegisteredChart {
  chart: AnyChart;
  /** Built once per build; exactly what the browser receives. */
  data: () => unknown;
  /** Dataset ids in content/data/sources.json that the chart draws. */
  datasets: string[];
}

export const charts = {
  holdings: { chart: holdingsChart as unknown as AnyChart, data: holdingsData, datasets: ["tic-holdings"] },
} satisfies Record<string, RegisteredChart>;

export type ChartId = keyof typeof charts;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(charts, id);
}

const dataCache = new Map<ChartId, unknown>();

export function chartData(id: ChartId): unknown {
  if (!dataCache.has(id)) dataCache.set(id, charts[id].data());
  return dataCache.get(id);
}

/** Throws a message naming the MDX usage when a chapter asks for a chart or state that does not exist. */
export function requireChartState(id: string, state: string | undefined): { id: ChartId; chart: AnyChart } {
  if (!isChartId(id)) {
    throw new Error(
      `<Scrolly chart="${id}">: no such chart. Known charts: ${Object.keys(charts).join(", ")}`,
    );
  }
  const chart = charts[id].chart;
  if (state !== undefined && !chart.states.includes(state)) {
    throw new Error(
      `<Step chart="${id}" state="${state}">: no such state. Known: ${chart.states.join(", ")}`,
    );
  }
  return { id, chart };
}
