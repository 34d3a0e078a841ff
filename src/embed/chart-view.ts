// The live graphic of an embed's chart section: loads the chart's definition, draws a state at the frame's
// size and wires the pointer read-out. Loaded only by embeds that have a chart, so a text-only chapter embed
// ships none of the chart pipeline.
import type { AnyChart } from "../charts/chart";
import { loadLiveChart } from "../charts/live-chart";
import { motionDuration, renderScene } from "../charts/render-scene";
import type { Lang } from "../i18n/locales";
import { wireProbe } from "../scrolly/probe-client";

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
  const frame = group.querySelector<HTMLElement>("[data-stepper-frame]");
  const svg = frame?.querySelector<SVGSVGElement>("svg");
  const live = svg ? await loadLiveChart(group.dataset.embedChart, group.dataset.chartSrc) : undefined;
  if (!frame || !svg || !live) return undefined;
  const { chart, data } = live;
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
