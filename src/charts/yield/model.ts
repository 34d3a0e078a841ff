// Yield chart, pure: data + step + size -> scene, and the words that describe each step.
import type { Lang } from "../../i18n/locales";
import type { Scene, Size } from "../scene";
import { histogramScene } from "./histogram-view";
import { lineScene } from "./line-view";
import { type YieldState, yieldStepSpecs } from "./steps";
import type { YieldData } from "./yield-data";

export type { DatedSeries, DatedValue, WeeklyChange, YieldData, YieldHighlights } from "./yield-data";
export { yieldHighlights } from "./yield-data";
export { describeYield } from "./describe";

export function yieldScene(data: YieldData, state: YieldState, size: Size, lang: Lang): Scene {
  return yieldStepSpecs[state].view === "histogram"
    ? histogramScene(data, size, lang)
    : lineScene(data, state, size, lang);
}
