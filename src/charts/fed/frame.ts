// Where everything goes for a step at a size: the time window, the label lane above the plot, the plot area
// and both scales. Shared by the scene and the tests.
import { max, min } from "d3-array";
import { type LinearScale, linearScale, type TimeScale, utcScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import type { Size } from "../scene";
import {
  type FedData,
  type ProgrammeBand,
  bandOf,
  latestWeek,
  programmeBands,
  takesEffect,
  trillions,
  utc,
  weeksBetween,
} from "./fed-data";
import { shortMonth } from "./fed-format";
import { type LaneItem, type LaneLayout, layOutLane } from "./lane";
import { type FedState, decisionNames, fedStepSpecs, fedText, programmeNames, spikeWeek } from "./steps";

export const MARGIN = { left: 8, right: 8, bottom: 30 };
/** The unit's line at the very top, then the lane's rows. */
export const UNIT_Y = 10;
const LANE_FIRST_ROW_Y = 30;
const LANE_ROW_HEIGHT = 16;
/** Room under the lane for the top tick's label, which sits just above its gridline. */
const ABOVE_PLOT = 24;

export interface VisibleBand {
  band: ProgrammeBand;
  /** Pixel edges of the whole band (it is clipped to the plot), and whether the step is about it. */
  x0: number;
  x1: number;
  focus: boolean;
}

export interface FedFrame {
  x: TimeScale;
  y: LinearScale;
  from: number;
  to: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  bands: VisibleBand[];
  lane: LaneLayout;
}

/** First and last day a step draws, in UTC ms. */
export function windowOf(data: FedData, state: FedState): [number, number] {
  const spec = fedStepSpecs[state];
  const from = utc(spec.from);
  if (spec.to === "latest") return [from, latestWeek(data).date];
  if (spec.to.startsWith("end:")) {
    const end = bandOf(data, spec.to.slice(4) as ProgrammeBand["id"]).end;
    return [from, end ?? latestWeek(data).date];
  }
  return [from, utc(spec.to)];
}

/** Room kept above the top line and, in "fit" steps, below the bottom one: a line's two-line label fits there. */
const LABEL_ROOM = 40;

function yDomain(
  data: FedData,
  state: FedState,
  window: [number, number],
  plotHeight: number,
): [number, number] {
  const weeks = weeksBetween(data, ...window);
  const values = weeks.flatMap((w) => [trillions(w.total), trillions(w.treasuries)]);
  const hi = max(values) ?? 1;
  // The share of the plot's height kept free at an edge, capped so a short plot still shows its data.
  const pad = Math.min(LABEL_ROOM / Math.max(plotHeight, 1), 0.3);
  if (fedStepSpecs[state].y === "zero") return [0, hi / (1 - pad)];
  const lo = min(values) ?? 0;
  const range = (hi - lo) / (1 - 2 * pad);
  return [lo - pad * range, hi + pad * range];
}

function laneItems(
  data: FedData,
  state: FedState,
  frame: { x: TimeScale; from: number; to: number },
  lang: Lang,
) {
  const spec = fedStepSpecs[state];
  const px = (t: number) => frame.x(new Date(t));
  const inWindow = (t: number) => t >= frame.from && t <= frame.to;
  const items: LaneItem[] = [];
  const bands: VisibleBand[] = [];
  for (const band of programmeBands(data.events)) {
    if (!spec.bands.includes(band.id)) continue;
    const end = band.end ?? latestWeek(data).date;
    const focus = spec.focus.includes(band.id);
    bands.push({ band, x0: px(band.start), x1: px(end), focus });
    const visibleFrom = Math.max(band.start, frame.from);
    const visibleTo = Math.min(end, frame.to);
    if (visibleFrom >= visibleTo) continue;
    const name = programmeNames[band.id];
    items.push({
      key: `fed-lane-${band.id}`,
      x: (px(visibleFrom) + px(visibleTo)) / 2,
      long: name.long[lang],
      short: name.short[lang],
      required: focus,
      className: `lane-${band.id.startsWith("qt") ? "qt" : band.id === "rmp" ? "rmp" : "qe"}${focus ? " is-focus" : ""}`,
    });
  }
  for (const id of spec.decisions) {
    const event = data.events.find((e) => e.id === id);
    const name = decisionNames[id];
    if (!event || !name || !inWindow(takesEffect(event))) continue;
    items.push({
      key: `fed-lane-${id}`,
      x: px(takesEffect(event)),
      long: name.long[lang],
      short: name.short[lang],
      required: true,
      className: "lane-decision",
    });
  }
  if (spec.spike) {
    const t = utc(spikeWeek);
    items.push({
      key: "fed-lane-spike",
      x: px(t),
      long: `${fedText.spike[lang]} (${shortMonth(t, lang)})`,
      short: fedText.spike[lang],
      required: true,
      className: "lane-spike",
    });
  }
  return { items, bands };
}

export function fedFrame(data: FedData, state: FedState, size: Size, lang: Lang): FedFrame {
  const [from, to] = windowOf(data, state);
  const left = MARGIN.left;
  const right = size.width - MARGIN.right;
  const bottom = size.height - MARGIN.bottom;
  const x = utcScale([new Date(from), new Date(to)], [left, right]);
  const { items, bands } = laneItems(data, state, { x, from, to }, lang);
  const lane = layOutLane(items, {
    left: 2,
    right: size.width - 2,
    firstRowY: LANE_FIRST_ROW_Y,
    rowHeight: LANE_ROW_HEIGHT,
    // Short screens keep the plot tall enough to read: one row for the optional names.
    rows: size.height < 320 ? 1 : 2,
  });
  const laneBottom = lane.rows > 0 ? LANE_FIRST_ROW_Y + (lane.rows - 1) * LANE_ROW_HEIGHT : UNIT_Y;
  const top = laneBottom + ABOVE_PLOT;
  const y = linearScale(yDomain(data, state, [from, to], bottom - top), [bottom, top], { nice: true });
  return { x, y, from, to, left, right, top, bottom, bands, lane };
}
