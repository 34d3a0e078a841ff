// What the QE chart draws at each step, checked against the teaching model and the real bond maths: the point
// sits on the bond's price–yield curve, the balance sheets balance and are drawn to one scale, and the order
// rows add up to the model's selling and purchases.
import { describe, expect, it } from "vitest";
import { SERVER_FRAME } from "../../../src/charts/chart";
import { priceFromYield } from "../../../src/charts/qe/bond-math";
import { qeData } from "../../../src/charts/qe/data";
import { qeExplorerScene } from "../../../src/charts/qe/explorer-scene";
import { storyLayout } from "../../../src/charts/qe/layout";
import { qeScene, storyCurveDomain, storyModels, storyRippleRows } from "../../../src/charts/qe/model";
import {
  ACCOUNTS_SCALE_MAX_BN,
  accountSheets,
  BANK_CUT_BN,
  drawnAmount,
} from "../../../src/charts/qe/panel-accounts";
import { curveFrame } from "../../../src/charts/qe/panel-curve";
import { BLOCK_BN, marketParts } from "../../../src/charts/qe/panel-market";
import { panelNeeds } from "../../../src/charts/qe/panels";
import { type QeChartState, qeStates, qeStepSpecs } from "../../../src/charts/qe/steps";
import { qeBaseline, qeModel } from "../../../src/charts/qe/teaching-model";
import type { Mark, PathMark, Scene } from "../../../src/charts/scene";

const data = qeData();
const models = storyModels(data);
const desktop = { width: 712, height: 654 };

const find = <K extends Mark["kind"]>(scene: Scene, key: string, kind: K) => {
  const mark = scene.marks.find((m) => m.key === key);
  if (!mark || mark.kind !== kind) throw new Error(`no ${kind} "${key}" in the scene`);
  return mark as Extract<Mark, { kind: K }>;
};
const has = (scene: Scene, key: string) => scene.marks.some((m) => m.key === key);

/** The (x, y) points of a path drawn with M/L commands only. */
function pathPoints(path: PathMark): Array<[number, number]> {
  return [...path.d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The curve's y at x, by straight lines between its drawn points. */
function curveYAt(points: Array<[number, number]>, x: number): number {
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    if (x >= x0 && x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return Number.NaN;
}

function curveScales(state: QeChartState, size = desktop) {
  const context = {
    model: models[state],
    lang: "en" as const,
    curve: { domain: storyCurveDomain(models), mode: qeStepSpecs[state].curve },
    ripple: storyRippleRows(models.sellers, models[state], "en"),
  };
  const curve = storyLayout(qeStepSpecs[state], size, panelNeeds(context)).panels.find(
    (p) => p.id === "curve",
  );
  if (!curve) throw new Error(`no curve panel in ${state}`);
  return curveFrame(curve.rect, "en", context.curve.domain);
}

describe("the price–yield curve", () => {
  it("puts the point exactly on the drawn curve, at the model's price and yield, in every step that shows the curve", () => {
    for (const state of qeStates.filter((s) => qeStepSpecs[s].curve === "curve" && s !== "new-reserves")) {
      const scene = qeScene(data, state, desktop, "en");
      const point = find(scene, "qe-cv-point", "circle");
      const { x, y } = curveScales(state);
      expect(point.cx).toBeCloseTo(x(models[state].market.yieldRate), 6);
      expect(point.cy).toBeCloseTo(y(models[state].market.price), 6);
      expect(
        Math.abs(curveYAt(pathPoints(find(scene, "qe-cv-curve", "path")), point.cx) - point.cy),
      ).toBeLessThan(0.6);
    }
  });

  it("draws the curve from the bond maths: every drawn point's price is the price at its yield", () => {
    const scene = qeScene(data, "price-yield", desktop, "en");
    const { x, y } = curveScales("price-yield");
    for (const [px, py] of pathPoints(find(scene, "qe-cv-curve", "path"))) {
      const price = priceFromYield({ ...qeBaseline.bond, yieldRate: x.invert(px) });
      expect(Math.abs(y(price) - py)).toBeLessThan(0.1);
    }
  });

  it("keeps the trail from the start to the point on the curve", () => {
    const scene = qeScene(data, "price-yield", desktop, "en");
    const curve = pathPoints(find(scene, "qe-cv-curve", "path"));
    const trail = pathPoints(find(scene, "qe-cv-trail", "path"));
    const start = find(scene, "qe-cv-start", "circle");
    const point = find(scene, "qe-cv-point", "circle");
    expect(trail[0]![0]).toBeCloseTo(start.cx, 0);
    expect(trail.at(-1)![0]).toBeCloseTo(point.cx, 0);
    for (const [px, py] of trail) expect(Math.abs(curveYAt(curve, px) - py)).toBeLessThan(0.6);
  });

  it("first shows the price dropping straight down, then slides the point along the curve as the story goes on", () => {
    const sellers = qeScene(data, "sellers", desktop, "en");
    expect(has(sellers, "qe-cv-curve")).toBe(false);
    expect(find(sellers, "qe-cv-point", "circle").cx).toBeCloseTo(
      find(sellers, "qe-cv-start", "circle").cx,
      6,
    );
    const at = (state: QeChartState) => find(qeScene(data, state, desktop, "en"), "qe-cv-point", "circle");
    // Selling pushes the point down and to the right (higher yield); the Fed and the announcement bring it back.
    expect(at("price-yield").cx).toBeGreaterThan(at("sellers").cx);
    expect(at("price-yield").cy).toBeCloseTo(at("sellers").cy, 6);
    expect(at("fed-buys").cx).toBeLessThan(at("price-yield").cx);
    expect(at("fed-buys").cy).toBeLessThan(at("price-yield").cy);
    expect(at("confidence").cx).toBeLessThan(at("fed-buys").cx);
  });
});

describe("the balance sheets", () => {
  const boxes = (scene: Scene, sheet: "fed" | "bank", column: "assets" | "liabilities") => {
    const items = accountSheets(models["new-reserves"])
      .find((s) => s.key === sheet)!
      .columns.find((c) => c.key === column)!.items;
    return items.map((item) => ({ item, rect: find(scene, `qe-ac-${sheet}-${item.key}`, "rect") }));
  };

  it("balances: each sheet's two columns are drawn exactly as tall as each other", () => {
    for (const size of [desktop, SERVER_FRAME, { width: 288, height: 271 }]) {
      const scene = qeScene(data, "new-reserves", size, "en");
      for (const sheet of ["fed", "bank"] as const) {
        const height = (column: "assets" | "liabilities") =>
          boxes(scene, sheet, column).reduce((sum, b) => sum + b.rect.height, 0);
        expect(height("assets")).toBeCloseTo(height("liabilities"), 6);
      }
    }
  });

  it("draws every box to one scale for both sheets, with the same cut from the banks' loans and deposits", () => {
    const scene = qeScene(data, "new-reserves", SERVER_FRAME, "en");
    const ratios = (["fed", "bank"] as const).flatMap((sheet) =>
      (["assets", "liabilities"] as const).flatMap((column) =>
        boxes(scene, sheet, column).map((b) => b.rect.height / drawnAmount(b.item)),
      ),
    );
    for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0]!, 9);
    expect(BANK_CUT_BN).toBeGreaterThan(0);
    for (const b of [...boxes(scene, "bank", "assets"), ...boxes(scene, "bank", "liabilities")])
      expect(drawnAmount(b.item)).toBeGreaterThan(0);
  });

  it("grows the Fed's Treasuries and reserves and the banks' reserves by a slice as tall as the purchase", () => {
    const scene = qeScene(data, "new-reserves", SERVER_FRAME, "en");
    const fedTreasuries = find(scene, "qe-ac-fed-treasuries", "rect");
    const pxPerBn = fedTreasuries.height / models["new-reserves"].fed.assets.treasuries;
    const purchase = models["new-reserves"].inputs.fedPurchasesBn;
    for (const key of ["qe-ac-fed-treasuries-new", "qe-ac-fed-reserves-new", "qe-ac-bank-reserves-new"])
      expect(find(scene, key, "rect").height).toBeCloseTo(purchase * pxPerBn, 6);
    expect(find(scene, "qe-ac-bank-treasuries-new", "rect").height).toBe(0);
  });

  it("fits the largest balance sheet the reader can make exactly into the explorer's columns", () => {
    const most = qeModel({ foreignSellingBn: 0, fedPurchasesBn: 500, announcement: false });
    const scene = qeExplorerScene(most, 760, "en");
    const column = ["qe-ac-fed-treasuries", "qe-ac-fed-other"].map((k) => find(scene, k, "rect"));
    const pxPerBn = column[0]!.height / most.fed.assets.treasuries;
    expect(column.reduce((s, r) => s + r.height, 0)).toBeCloseTo(ACCOUNTS_SCALE_MAX_BN * pxPerBn, 6);
  });
});

describe("the market picture", () => {
  const width = (scene: Scene, key: string) => find(scene, key, "rect").width;

  it("splits the sell orders into met, unmet and held back, adding up to the model's selling", () => {
    for (const state of ["sellers", "fed-buys", "confidence"] as const) {
      const scene = qeScene(data, state, desktop, "en");
      const track = find(scene, "qe-mk-sell-track", "rect");
      const pxPerBn = track.width / 500;
      const parts = marketParts(models[state]);
      expect(width(scene, "qe-mk-sell-met") / pxPerBn).toBeCloseTo(parts.met, 6);
      expect(width(scene, "qe-mk-sell-unmet") / pxPerBn).toBeCloseTo(parts.unmet, 6);
      expect(width(scene, "qe-mk-sell-held") / pxPerBn).toBeCloseTo(parts.heldBack, 6);
      expect(parts.met + parts.unmet + parts.heldBack).toBeCloseTo(models[state].inputs.foreignSellingBn, 9);
      expect((width(scene, "qe-mk-fed-met") + width(scene, "qe-mk-fed-beyond")) / pxPerBn).toBeCloseTo(
        models[state].inputs.fedPurchasesBn,
        6,
      );
    }
  });

  it("holds sellers back only once the Fed announces", () => {
    expect(marketParts(models["fed-buys"]).heldBack).toBe(0);
    expect(marketParts(models.confidence).heldBack).toBeGreaterThan(0);
  });

  it("cuts each row into one block per $20bn", () => {
    const scene = qeScene(data, "sellers", desktop, "en");
    const edges = scene.marks.filter((m) => m.key.startsWith("qe-mk-sell-edge-"));
    expect(edges).toHaveLength(models.sellers.inputs.foreignSellingBn / BLOCK_BN - 1);
  });
});

describe("the ripple panel", () => {
  it("draws both borrowing costs from zero on one scale, shorter now than in the panic", () => {
    const scene = qeScene(data, "ripple", desktop, "en");
    const length = (row: string) =>
      find(scene, `qe-rp-${row}-treasury`, "rect").width + find(scene, `qe-rp-${row}-spread`, "rect").width;
    const ratio = length("current") / length("reference");
    expect(ratio).toBeCloseTo(models.ripple.ripple.corporateYield / models.sellers.ripple.corporateYield, 6);
    expect(ratio).toBeLessThan(1);
  });
});

describe("the layout", () => {
  const mode = (state: QeChartState, width: number, height: number) => {
    const context = {
      model: models[state],
      lang: "en" as const,
      curve: { domain: storyCurveDomain(models), mode: qeStepSpecs[state].curve },
      ripple: storyRippleRows(models.sellers, models[state], "en"),
    };
    return storyLayout(qeStepSpecs[state], { width, height }, panelNeeds(context));
  };

  it("shows all four panels on a desktop frame and quietens the ones the step is not about", () => {
    const layout = mode("fed-buys", 712, 654);
    expect(layout.mode).toBe("grid");
    expect(
      layout.panels
        .filter((p) => !p.quiet)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["curve", "market"]);
  });

  it("puts the step's two panels side by side in the server frame", () => {
    expect(mode("fed-buys", SERVER_FRAME.width, SERVER_FRAME.height).mode).toBe("side");
  });

  it("on a 320 px phone shows the step's own panel with the other shrunk to a strip", () => {
    const layout = mode("price-yield", 288, 271);
    expect(layout.mode).toBe("focus");
    expect(layout.panels.map((p) => `${p.id}:${p.variant}`)).toEqual(["market:compact", "curve:full"]);
  });

  it("gives the balance sheets the whole frame when the step is about them", () => {
    for (const [w, h] of [
      [288, 271],
      [640, 400],
    ] as const)
      expect(mode("new-reserves", w, h).panels.map((p) => p.id)).toEqual(["accounts"]);
  });

  it("keeps the marks the reader follows on the same keys from step to step, so they move instead of reappearing", () => {
    const keys = (state: QeChartState) =>
      new Set(qeScene(data, state, desktop, "en").marks.map((m) => m.key));
    for (const state of qeStates)
      for (const key of [
        "qe-cv-point",
        "qe-cv-start",
        "qe-cv-trail",
        "qe-mk-sell-unmet",
        "qe-ac-fed-reserves",
        "qe-rp-current-spread",
      ])
        expect(keys(state).has(key), `${key} in ${state}`).toBe(true);
  });
});
