// QE chart, pure: the story's inputs + a step + a frame size -> one scene. Every number drawn comes from the
// teaching model (teaching-model.ts) run on the step's inputs, so the chart and the explorer always agree.
import { extent } from "d3-array";
import type { Lang } from "../../i18n/locales";
import type { Scene, Size } from "../scene";
import { storyLayout } from "./layout";
import type { CurveDomain } from "./panel-curve";
import type { RippleRow } from "./panel-ripple";
import { type PanelContext, panelMarks, panelNeeds } from "./panels";
import { type QeChartState, qeStates, qeStepSpecs, qeText } from "./steps";
import { type QeInputs, qeModel, type QeState } from "./teaching-model";

/** What the browser receives: the inputs of each step of the story (there is no dataset: the model is the source). */
export interface QeData {
  inputs: Record<QeChartState, QeInputs>;
}

export function storyModels(data: QeData): Record<QeChartState, QeState> {
  return Object.fromEntries(qeStates.map((state) => [state, qeModel(data.inputs[state])])) as Record<
    QeChartState,
    QeState
  >;
}

/**
 * The prices the story's curve spans: every step's price with room around them (half their range, at least one
 * point), so the point's moves fill the panel instead of hugging one corner of the explorer's wider range.
 */
export function storyCurveDomain(models: Record<QeChartState, QeState>): CurveDomain {
  const prices = Object.values(models).flatMap((m) => [m.market.price, m.market.baselinePrice]);
  const [low = 100, high = 100] = extent(prices);
  const pad = Math.max(1, (high - low) / 2);
  return { priceLow: low - pad, priceHigh: high + pad };
}

/** The ripple panel compares the panic (the story's first step) with now. */
export function storyRippleRows(panic: QeState, now: QeState, lang: Lang): RippleRow[] {
  return [
    {
      key: "reference",
      label: qeText.panic[lang],
      treasuryYield: panic.market.yieldRate,
      spreadBp: panic.ripple.spreadBp,
    },
    {
      key: "current",
      label: qeText.now[lang],
      treasuryYield: now.market.yieldRate,
      spreadBp: now.ripple.spreadBp,
    },
  ];
}

export function qeScene(data: QeData, state: QeChartState, size: Size, lang: Lang): Scene {
  const models = storyModels(data);
  const model = models[state];
  const spec = qeStepSpecs[state];
  const context: PanelContext = {
    model,
    lang,
    curve: { domain: storyCurveDomain(models), mode: spec.curve },
    ripple: storyRippleRows(models.sellers, model, lang),
  };
  const { panels } = storyLayout(spec, size, panelNeeds(context));
  return {
    width: size.width,
    height: size.height,
    clip: { x: 0, y: 0, width: size.width, height: size.height },
    marks: panels.flatMap((placement) => panelMarks(placement, context)),
  };
}
