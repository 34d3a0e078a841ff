// Where things go in the shares chart at a given size: plot bounds, the note area under the time axis and the
// scales. Shared by the scene and the hover read-out so both agree on every pixel.
import { max } from "d3-array";
import { linearScale, utcScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import type { Size } from "../scene";
import { type SharesData, shareSeries } from "./share-series";
import { type SharesState, sharesNotes, sharesStates, sharesStepSpecs, sharesText } from "./steps";
import { textWidth, wrapText } from "./text-layout";

/** Room above the plot for the unit line and the hover read-out (two lines). */
export const PLOT_TOP = 40;
export const PLOT_LEFT = 8;
/** Ticks and their labels under the plot. */
const AXIS_BAND = 28;
export const NOTE_LINE_HEIGHT = 15;
const NOTE_GAP = 4;

export function utc(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function windowOf(data: SharesData, state: SharesState): [number, number] {
  const spec = sharesStepSpecs[state];
  const first = data.months[0] ?? 0;
  const last = data.months[data.months.length - 1] ?? 0;
  return [spec.from === "first" ? first : utc(spec.from), spec.to === "latest" ? last : utc(spec.to)];
}

/** The step's note, wrapped to the frame. */
export function noteLines(state: SharesState, width: number, lang: Lang): string[] {
  const text = sharesNotes[sharesStepSpecs[state].note][lang];
  return wrapText(text, width - PLOT_LEFT - 2, "chart-note", lang);
}

/**
 * Every step reserves room for the longest note at this width, so the plot keeps its height from step to step
 * and only the time window moves.
 */
function noteReserve(width: number, lang: Lang): number {
  const lines = Math.max(...sharesStates.map((state) => noteLines(state, width, lang).length));
  return lines * NOTE_LINE_HEIGHT + NOTE_GAP;
}

/** The right margin holds the line-end names. */
function rightMargin(lang: Lang): number {
  const widest = Math.max(
    textWidth(sharesText.china[lang], "series-label"),
    textWidth(sharesText.japan[lang], "series-label"),
  );
  return Math.ceil(widest) + 12;
}

/** The axis tops out at the next 5 % above the highest share in the data, the same in every step. */
export function shareDomainTop(data: SharesData): number {
  const highest = max([...shareSeries(data, "china"), ...shareSeries(data, "japan")]) ?? 0;
  return Math.ceil((highest * 100) / 5) * 0.05;
}

export function sharesFrame(data: SharesData, state: SharesState, size: Size, lang: Lang) {
  const [from, to] = windowOf(data, state);
  const right = size.width - rightMargin(lang);
  const noteTop = size.height - noteReserve(size.width, lang);
  const bottom = noteTop - AXIS_BAND;
  const x = utcScale([new Date(from), new Date(to)], [PLOT_LEFT, right]);
  const y = linearScale([0, shareDomainTop(data)], [bottom, PLOT_TOP]);
  return { x, y, from, to, left: PLOT_LEFT, right, top: PLOT_TOP, bottom, noteTop };
}

export type SharesFrame = ReturnType<typeof sharesFrame>;
