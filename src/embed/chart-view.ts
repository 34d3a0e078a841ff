// The live graphic of an embed's chart section: loads the chart's definition, draws a state at the frame's
// size and wires the pointer read-out. Loaded only by embeds that have a chart, so a text-only chapter embed
// ships none of the chart pipeline.
import type { AnyChart } from "../charts/chart";
import { loadChartData } from "../charts/chart-data-client";
import { motionDuration, renderScene } from "../charts/render-scene";
import type { Lang } from "../i18n/locales";
import { wireProbe } from "../scrolly/probe-client";

const chartModules = import.meta.glob<{ default: AnyChart }>("../charts/*/chart.ts");

export interface ChartView {
  chart: AnyChart;
  data: never;
  frame: HTMLElement;
  svg: SVGSVGElement;
  lang: Lang;
  drawn: { state: string; width: number; height: number } | undefined;
}

/** The view of a chart section (`[data-embed-chart]`), or undefined when its chart or markup is missing. */
export async function loadChartView(group: HTMLElement, lang: Lang): Promise<ChartView | undefined> {
  const load = chartModules[`../charts/${group.dataset.embedChart}/chart.ts`];
  const frame = group.querySelector<HTMLElement>("[data-stepper-frame]");
  const svg = frame?.querySelector<SVGSVGElement>("svg");
  const src = group.dataset.chartSrc;
  if (!load || !frame || !svg || !src) return undefined;
  let chart: AnyChart;
  let data: never;
  try {
    [chart, data] = await Promise.all([load().then((m) => m.default), loadChartData(src) as Promise<never>]);
  } catch {
    // Offline or a failed request: the section keeps its server-rendered frame.
    return undefined;
  }
  const view: ChartView = {
    chart,
    data,
    frame,
    svg,
    lang,
    drawn: undefined,
  };
  wireProbe({ chart: view.chart, data: view.data, svg, lang, state: () => view.drawn?.state });
  return view;
}

/** Draws `state` at the frame's current size; animates (by the motion token) only when `animate`. */
export function drawChart(view: ChartView, state: string, animate: boolean): void {
  const box = view.frame.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return;
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const { drawn } = view;
  if (drawn && drawn.state === state && drawn.width === width && drawn.height === height) return;
  const scene = view.chart.scene(view.data, state, { width, height }, view.lang);
  renderScene(view.svg, scene, animate ? motionDuration(view.frame) : 0);
  view.drawn = { state, width, height };
  // Tests read which state the graphic shows.
  view.frame.dataset.state = state;
}
