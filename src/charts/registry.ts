// Server-side registry: every folder in src/charts with an index.ts is a chart. Adding a chart needs no edit here.
import type { AnyChart, RegisteredChart } from "./chart";

const modules = import.meta.glob<{ default: RegisteredChart }>("./*/index.ts", { eager: true });

export const charts: Record<string, RegisteredChart> = Object.fromEntries(
  Object.values(modules).map((m) => [m.default.chart.id, m.default]),
);

const dataCache = new Map<string, unknown>();

export function chartData(id: string): unknown {
  if (!dataCache.has(id)) dataCache.set(id, requireChart(id).data());
  return dataCache.get(id);
}

function requireChart(id: string): RegisteredChart {
  const entry = charts[id];
  if (!entry)
    throw new Error(
      `<Scrolly chart="${id}">: no such chart. Known charts: ${Object.keys(charts).join(", ")}`,
    );
  return entry;
}

/** Throws a message naming the MDX usage when a chapter asks for a chart or state that does not exist. */
export function requireChartState(id: string, state: string | undefined): { id: string; chart: AnyChart } {
  const { chart } = requireChart(id);
  if (state !== undefined && !chart.states.includes(state)) {
    throw new Error(
      `<Step chart="${id}" state="${state}">: no such state. Known: ${chart.states.join(", ")}`,
    );
  }
  return { id, chart };
}
