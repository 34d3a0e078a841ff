// Draws a placed panel: picks the panel module, passes it what it needs, and fades the marks of quiet panels.
import type { Lang } from "../../i18n/locales";
import type { Mark } from "../scene";
import type { PanelNeeds, PanelPlacement } from "./layout";
import { ACCOUNTS_MIN_HEIGHT, accountsMarks } from "./panel-accounts";
import {
  type CurveOptions,
  curveMinHeight,
  curveCompactHeight,
  curveCompactMarks,
  curveMarks,
} from "./panel-curve";
import { MARKET_COMPACT_HEIGHT, marketCompactMarks, marketHeight, marketMarks } from "./panel-market";
import { type RippleRow, rippleHeight, rippleMarks } from "./panel-ripple";
import type { PanelId } from "./steps";
import type { QeState } from "./teaching-model";

export interface PanelContext {
  model: QeState;
  lang: Lang;
  curve: CurveOptions;
  /** The two rows of the ripple panel: a reference case and now. */
  ripple: readonly RippleRow[];
}

export function panelNeeds(context: PanelContext): PanelNeeds {
  const { model, lang, curve } = context;
  return {
    full(id: PanelId, width: number) {
      switch (id) {
        case "market":
          return marketHeight(width, lang);
        case "curve":
          return curveMinHeight(width, lang);
        case "accounts":
          return ACCOUNTS_MIN_HEIGHT;
        case "ripple":
          return rippleHeight(width, lang);
      }
    },
    compact(id: PanelId, width: number) {
      if (id === "market") return MARKET_COMPACT_HEIGHT;
      // Before the reader meets the curve, the market panel already says what happened to the price.
      if (id === "curve" && curve.mode === "curve") return curveCompactHeight(model, width, lang);
      return undefined;
    },
    fixed: new Set<PanelId>(["market", "ripple"]),
  };
}

function marksOf(placement: PanelPlacement, context: PanelContext): Mark[] {
  const { model, lang } = context;
  const { rect, variant } = placement;
  switch (placement.id) {
    case "market":
      return variant === "compact" ? marketCompactMarks(model, rect, lang) : marketMarks(model, rect, lang);
    case "curve":
      return variant === "compact"
        ? curveCompactMarks(model, rect, lang)
        : curveMarks(model, rect, lang, context.curve);
    case "accounts":
      return accountsMarks(model, rect, lang);
    case "ripple":
      return rippleMarks(context.ripple, rect, lang);
  }
}

export function panelMarks(placement: PanelPlacement, context: PanelContext): Mark[] {
  const marks = marksOf(placement, context);
  if (!placement.quiet) return marks;
  return marks.map((m) => ({ ...m, className: `${m.className ?? ""} is-quiet`.trim() }));
}
