// The explorer's picture: every panel at once for the reader's own choices, drawn by the same panel code as the
// story, so moving a slider morphs the same keyed marks.
import type { Lang } from "../../i18n/locales";
import type { Scene } from "../scene";
import { explorerLayout } from "./layout";
import type { CurveDomain } from "./panel-curve";
import type { RippleRow } from "./panel-ripple";
import { type PanelContext, panelMarks, panelNeeds } from "./panels";
import { qeText } from "./steps";
import { MAX_PRICE_MOVE, qeModel, type QeState } from "./teaching-model";

/** Before anyone sells: the reference the explorer compares the reader's choices with. */
const calm = qeModel({ foreignSellingBn: 0, fedPurchasesBn: 0, announcement: false });

/** Every price the reader can reach, with half a point to spare so the point never sits on the frame. */
export const explorerCurveDomain: CurveDomain = {
  priceLow: calm.market.baselinePrice - MAX_PRICE_MOVE - 0.5,
  priceHigh: calm.market.baselinePrice + MAX_PRICE_MOVE + 0.5,
};

export function explorerRippleRows(model: QeState, lang: Lang): RippleRow[] {
  return [
    {
      key: "reference",
      label: qeText.beforeSelling[lang],
      treasuryYield: calm.market.yieldRate,
      spreadBp: calm.ripple.spreadBp,
    },
    {
      key: "current",
      label: qeText.yourChoice[lang],
      treasuryYield: model.market.yieldRate,
      spreadBp: model.ripple.spreadBp,
    },
  ];
}

function context(model: QeState, lang: Lang): PanelContext {
  return {
    model,
    lang,
    curve: { domain: explorerCurveDomain, mode: "curve" },
    ripple: explorerRippleRows(model, lang),
  };
}

/** How tall the explorer's picture is at this width (it grows with the page rather than fitting a frame). */
export function qeExplorerHeight(width: number, lang: Lang): number {
  return explorerLayout(width, panelNeeds(context(calm, lang))).height;
}

export function qeExplorerScene(model: QeState, width: number, lang: Lang): Scene {
  const ctx = context(model, lang);
  // The layout depends on the text at this width only, never on the values, so panels stay put while dragging.
  const { height, panels } = explorerLayout(width, panelNeeds(context(calm, lang)));
  return {
    width,
    height,
    clip: { x: 0, y: 0, width, height },
    marks: panels.flatMap((placement) => panelMarks(placement, ctx)),
  };
}
