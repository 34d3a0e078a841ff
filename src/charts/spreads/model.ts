// Spreads chart, pure: data + step + size -> scene, and the words that describe each step.
import type { Lang } from "../../i18n/locales";
import type { Scene, Size } from "../scene";
import { explainerScene } from "./explainer-view";
import { lineScene } from "./line-view";
import type { SpreadsData } from "./spreads-data";
import { type SpreadsState, spreadsStepSpecs } from "./steps";

export type { ArticleRow, Rating, SpreadsData, SpreadsHighlights } from "./spreads-data";
export { spreadsHighlights } from "./spreads-data";
export { describeSpreads } from "./describe";

export function spreadsScene(data: SpreadsData, state: SpreadsState, size: Size, lang: Lang): Scene {
  return spreadsStepSpecs[state].view === "explainer"
    ? explainerScene(size, lang)
    : lineScene(data, state, size, lang);
}
