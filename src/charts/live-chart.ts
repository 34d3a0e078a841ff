// Browser side: what a live graphic needs, its chart definition (a lazy chunk per chart) and its data, for the
// scroll engine and the embed stepper alike.
import type { AnyChart } from "./chart";
import { loadChartData } from "./chart-data-client";

// The size check reads these keys to weigh each page's chart chunks (test/checks/module-graph.ts).
const chartModules = import.meta.glob<{ default: AnyChart }>("./*/chart.ts");

/**
 * Chart `id` with its data from `src`, or undefined when either is unknown or cannot be fetched (offline, a
 * failed request): the graphic then keeps its server-rendered frame and the text still reads.
 */
export async function loadLiveChart(
  id: string | undefined,
  src: string | undefined,
): Promise<{ chart: AnyChart; data: never } | undefined> {
  const load = chartModules[`./${id}/chart.ts`];
  if (!load || !src) return undefined;
  try {
    const [module, data] = await Promise.all([load(), loadChartData(src)]);
    return { chart: module.default, data: data as never };
  } catch {
    return undefined;
  }
}
