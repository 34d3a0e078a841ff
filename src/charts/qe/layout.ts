// Where the QE chart's panels go at a given size. Large frames show all four panels and quieten the ones a step
// is not about; smaller frames show the step's panels side by side or stacked; the smallest show the step's main
// panel with the other shrunk to a strip. Pure arithmetic on rectangles, so it is tested at every width.
import type { Rect, Size } from "../scene";
import type { PanelId, QeStepSpec } from "./steps";

export type PanelVariant = "full" | "compact";

export interface PanelPlacement {
  id: PanelId;
  rect: Rect;
  variant: PanelVariant;
  /** Drawn, but faded: the step is about another panel. */
  quiet: boolean;
}

export type LayoutMode = "grid" | "single" | "side" | "stack" | "focus";

/** How much room each panel needs, from the panels themselves (they know their text). */
export interface PanelNeeds {
  /** Height the full panel needs at this width. */
  full(id: PanelId, width: number): number;
  /** Height of the shrunk panel at this width, or undefined where the panel has no shrunk form in this step. */
  compact(id: PanelId, width: number): number | undefined;
  /** Panels whose height is set by their text (the others stretch to fill what is left). */
  fixed: ReadonlySet<PanelId>;
}

const GAP_X = 24;
const GAP_Y = 18;
/** Top-to-bottom and left-to-right order, whatever the step: the market, then the price it sets, then effects. */
const DISPLAY_ORDER: readonly PanelId[] = ["market", "curve", "ripple", "accounts"];
/** Frames at least this wide put two panels side by side. */
export const SIDE_BY_SIDE_MIN_WIDTH = 600;
/** Frames at least this tall (and wide enough for two columns) show all four panels. */
export const GRID_MIN_HEIGHT = 500;

const inDisplayOrder = (ids: readonly PanelId[]) => DISPLAY_ORDER.filter((id) => ids.includes(id));

/** Splits a height between stacked panels: fixed panels get what they need, the others share the rest. */
function stack(
  ids: readonly PanelId[],
  rect: Rect,
  heights: Map<PanelId, number>,
): Array<{ id: PanelId; rect: Rect }> {
  const fixedTotal = ids.reduce((sum, id) => sum + (heights.get(id) ?? 0), 0);
  const flexible = ids.filter((id) => !heights.has(id));
  const share = (rect.height - fixedTotal - GAP_Y * (ids.length - 1)) / Math.max(1, flexible.length);
  let y = rect.y;
  return ids.map((id) => {
    const height = heights.get(id) ?? share;
    const placed = { id, rect: { x: rect.x, y, width: rect.width, height } };
    y += height + GAP_Y;
    return placed;
  });
}

function grid(spec: QeStepSpec, size: Size, needs: PanelNeeds): PanelPlacement[] | undefined {
  const column = (size.width - GAP_X) / 2;
  const top = Math.max(
    needs.full("market", column),
    needs.full("curve", column),
    (size.height - GAP_Y) * 0.45,
  );
  const bottom = size.height - GAP_Y - top;
  const accountsWidth = (size.width - GAP_X) * 0.58;
  const rippleWidth = size.width - GAP_X - accountsWidth;
  if (bottom < needs.full("accounts", accountsWidth) || bottom < needs.full("ripple", rippleWidth))
    return undefined;
  const rects: Record<PanelId, Rect> = {
    market: { x: 0, y: 0, width: column, height: top },
    curve: { x: column + GAP_X, y: 0, width: column, height: top },
    accounts: { x: 0, y: top + GAP_Y, width: accountsWidth, height: bottom },
    ripple: {
      x: accountsWidth + GAP_X,
      y: top + GAP_Y,
      width: rippleWidth,
      height: needs.full("ripple", rippleWidth),
    },
  };
  return DISPLAY_ORDER.map((id) => ({
    id,
    rect: rects[id],
    variant: "full",
    quiet: !spec.panels.includes(id),
  }));
}

/** The panels of one step of the scroll story at one frame size. */
export function storyLayout(
  spec: QeStepSpec,
  size: Size,
  needs: PanelNeeds,
): { mode: LayoutMode; panels: PanelPlacement[] } {
  const full = (id: PanelId, rect: Rect): PanelPlacement => ({ id, rect, variant: "full", quiet: false });
  const frame = { x: 0, y: 0, width: size.width, height: size.height };
  if (size.width >= SIDE_BY_SIDE_MIN_WIDTH && size.height >= GRID_MIN_HEIGHT) {
    const panels = grid(spec, size, needs);
    if (panels) return { mode: "grid", panels };
  }
  const [primary, ...others] = spec.panels;
  if (primary === undefined) return { mode: "single", panels: [] };
  if (others.length === 0) return { mode: "single", panels: [full(primary, frame)] };

  const ids = inDisplayOrder(spec.panels);
  const fixedHeight = (id: PanelId, width: number) =>
    needs.fixed.has(id) ? needs.full(id, width) : undefined;
  if (size.width >= SIDE_BY_SIDE_MIN_WIDTH) {
    const width = (size.width - GAP_X * (ids.length - 1)) / ids.length;
    if (ids.every((id) => needs.full(id, width) <= size.height)) {
      return {
        mode: "side",
        panels: ids.map((id, i) =>
          full(id, { x: i * (width + GAP_X), y: 0, width, height: fixedHeight(id, width) ?? size.height }),
        ),
      };
    }
  }
  const needed = ids.reduce((sum, id) => sum + needs.full(id, size.width), GAP_Y * (ids.length - 1));
  if (needed <= size.height) {
    const heights = new Map(
      ids.flatMap((id) => {
        const h = fixedHeight(id, size.width);
        return h === undefined ? [] : [[id, h] as const];
      }),
    );
    return { mode: "stack", panels: stack(ids, frame, heights).map((p) => full(p.id, p.rect)) };
  }
  // Too small for both: the step's own panel, with the others shrunk to a strip where they have one.
  const heights = new Map<PanelId, number>();
  const shown = ids.filter((id) => {
    if (id === primary) return true;
    const compact = needs.compact(id, size.width);
    if (compact !== undefined) heights.set(id, compact);
    return compact !== undefined;
  });
  if (needs.fixed.has(primary)) heights.set(primary, needs.full(primary, size.width));
  return {
    mode: "focus",
    panels: stack(shown, frame, heights).map((p) => ({
      id: p.id,
      rect: p.rect,
      variant: p.id === primary ? "full" : "compact",
      quiet: false,
    })),
  };
}

/** The explorer shows every panel at once, as tall as they need: a 2 × 2 grid when wide, a column when narrow. */
export function explorerLayout(
  width: number,
  needs: PanelNeeds,
): { height: number; panels: PanelPlacement[] } {
  const full = (id: PanelId, rect: Rect): PanelPlacement => ({ id, rect, variant: "full", quiet: false });
  if (width >= SIDE_BY_SIDE_MIN_WIDTH) {
    const column = (width - GAP_X) / 2;
    const top = Math.max(needs.full("market", column), needs.full("curve", column) + 90);
    const bottom = Math.max(needs.full("accounts", column) + 60, needs.full("ripple", column));
    return {
      height: top + GAP_Y + bottom,
      panels: [
        full("market", { x: 0, y: 0, width: column, height: top }),
        full("curve", { x: column + GAP_X, y: 0, width: column, height: top }),
        full("accounts", { x: 0, y: top + GAP_Y, width: column, height: bottom }),
        full("ripple", {
          x: column + GAP_X,
          y: top + GAP_Y,
          width: column,
          height: needs.full("ripple", column),
        }),
      ],
    };
  }
  const ids: PanelId[] = ["market", "curve", "accounts", "ripple"];
  const heights = new Map(
    ids.map((id) => [id, needs.full(id, width) + (needs.fixed.has(id) ? 0 : 70)] as const),
  );
  const height = [...heights.values()].reduce((a, b) => a + b, 0) + GAP_Y * (ids.length - 1);
  return {
    height,
    panels: stack(ids, { x: 0, y: 0, width, height }, heights).map((p) => full(p.id, p.rect)),
  };
}
