// Pointer read-out on a pinned graphic: hover (or tap) shows the values under the pointer. Pointer only; the
// same numbers are in the chart's data table for keyboard and screen-reader readers.
import type { AnyChart } from "../charts/chart";
import type { Lang } from "../i18n/locales";
import { markToSvg } from "../charts/scene-svg";

export interface ProbeTarget {
  chart: AnyChart;
  data: never;
  svg: SVGSVGElement;
  /** The state currently drawn, or undefined before the first frame. */
  state(): string | undefined;
  lang: Lang;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Wires hover/tap on one graphic; returns the teardown. */
export function wireProbe(target: ProbeTarget): () => void {
  const { chart, svg } = target;
  if (!chart.probe) return () => {};
  const probe = chart.probe.bind(chart);
  const layer = document.createElementNS(SVG_NS, "g");
  layer.setAttribute("class", "probe");
  svg.append(layer);

  const show = (event: PointerEvent) => {
    const state = target.state();
    const box = svg.viewBox.baseVal;
    const rect = svg.getBoundingClientRect();
    if (!state || rect.width === 0) return;
    const x = ((event.clientX - rect.left) / rect.width) * box.width;
    const marks = probe(target.data, state, { width: box.width, height: box.height }, target.lang, x);
    layer.innerHTML = marks.map((m) => markToSvg(m, svg.id)).join("");
    svg.append(layer); // keep the read-out above marks added by later steps
  };
  const hide = () => {
    layer.innerHTML = "";
  };
  svg.addEventListener("pointermove", show);
  svg.addEventListener("pointerdown", show);
  svg.addEventListener("pointerleave", hide);
  return () => {
    svg.removeEventListener("pointermove", show);
    svg.removeEventListener("pointerdown", show);
    svg.removeEventListener("pointerleave", hide);
    layer.remove();
  };
}
