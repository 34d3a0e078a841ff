// The strip steps: every nominal 3-, 10- and 30-year auction in the file as a dot on one bid-to-cover axis, one
// row per tenor with its median marked; then the week of the spike, or the auctions after it, picked out and
// labelled with their ratio and their place counted from the weakest.
import { linearScale } from "../scales";
import type { Lang } from "../../i18n/locales";
import { fitLabelX } from "../labels";
import type { Mark, Scene, Size, TextMark } from "../scene";
import {
  type AuctionPoint,
  type AuctionsData,
  type TenorAuctions,
  afterSpan,
  aprilAuction,
  auctionsAfter,
  auctionSpan,
  commonCount,
  dotKey,
  lowestOf,
  ratioExtent,
} from "./auctions-data";
import { countText, monthSpan, ordinal, ratioText, shortDay } from "./auctions-format";
import { ratioAxis } from "./ratio-axis";
import {
  type AuctionsState,
  auctionsStates,
  auctionsStepSpecs,
  auctionsTemplates,
  auctionsText,
} from "./steps";
import { type NoteLine, noteBlock, textWidth } from "./text-layout";
import { levelStep, swarmLevels } from "./swarm";

const MARGIN = { left: 8, right: 14, top: 4, bottom: 30 };
/** The row's name and median label sit on one line above its dots, its story label on one below. */
const NAME_LINE = 17;
const STORY_LINE = 19;
const GAP_UNDER_NOTES = 6;

/** Dots grow a little with the frame: big enough to see on a phone, not blobs on a desktop. */
export function dotRadius(width: number): number {
  return Math.max(2.5, Math.min(4.5, width / 150));
}
const HIGHLIGHT_GROWTH = 1.5;

export interface StripBand {
  row: TenorAuctions;
  top: number;
  bottom: number;
  /** Centre lines of the name line (above the dots) and the story line (below them). */
  nameY: number;
  storyY: number;
  /** Where each auction's dot sits, in the row's date order. */
  cx: number[];
  cy: number[];
  /** The swarm's vertical extent. */
  swarmTop: number;
  swarmBottom: number;
}

function stripNotes(data: AuctionsData, state: AuctionsState, lang: Lang): NoteLine[] {
  const span = auctionSpan(data);
  const count = commonCount(data);
  const unit = auctionsTemplates.stripUnit[lang](
    monthSpan(span.from, span.to, lang),
    count === undefined ? undefined : countText(count, lang),
  );
  const after = afterSpan(data);
  const focus = auctionsStepSpecs[state].focus;
  const note =
    focus === "april"
      ? auctionsText.aprilNote[lang]
      : focus === "after" && after
        ? auctionsTemplates.afterNote[lang](monthSpan(after.from, after.to, lang))
        : auctionsText.stripNote[lang];
  return [
    { key: "a-strip-unit", text: unit, className: "axis-title" },
    { key: `a-strip-note-${focus}`, text: note, className: "a-note" },
  ];
}

const stripStates = auctionsStates.filter((s) => auctionsStepSpecs[s].view === "strip");

/**
 * One row: the name line, the swarm and the story line as a block, centred in the row's share of the height.
 * The swarm is laid out with the week of the spike placed first (on the centre line), the same in every strip
 * step, so no dot moves when a step only changes what is picked out.
 */
function layoutBand(
  row: TenorAuctions,
  top: number,
  bottom: number,
  x: (v: number) => number,
  r: number,
): StripBand {
  const cx = row.ratios.map((v) => x(v));
  const levels = swarmLevels(cx, r, 1, [row.april]);
  const grown = r + HIGHLIGHT_GROWTH;
  const half = Math.max(0, (bottom - top - NAME_LINE - STORY_LINE) / 2);
  const step = levelStep(levels, grown, half);
  const up = -Math.min(0, ...levels) * step + grown;
  const down = Math.max(0, ...levels) * step + grown;
  const offset = Math.max(0, (bottom - top - (NAME_LINE + up + down + STORY_LINE)) / 2);
  const centre = top + offset + NAME_LINE + up;
  return {
    row,
    top,
    bottom,
    nameY: top + offset + NAME_LINE / 2,
    storyY: centre + down + STORY_LINE / 2,
    cx,
    cy: levels.map((level) => centre + level * step),
    swarmTop: centre - up,
    swarmBottom: centre + down,
  };
}

/** Scales, rows and notes for a strip step at a size; shared by the scene and the tests. */
export function stripFrame(data: AuctionsData, state: AuctionsState, size: Size, lang: Lang) {
  const left = MARGIN.left;
  const right = size.width - MARGIN.right;
  const notes = noteBlock(stripNotes(data, state, lang), left, right, MARGIN.top, lang);
  // Every strip step keeps room for the longest notes, so the rows stay put from step to step.
  const notesBottom = Math.max(
    ...stripStates.map((s) => noteBlock(stripNotes(data, s, lang), left, right, MARGIN.top, lang).bottom),
  );
  const r = dotRadius(size.width);
  const pad = r + HIGHLIGHT_GROWTH + 2;
  const [lo, hi] = ratioExtent(data);
  const x = linearScale([lo - 0.02, hi + 0.02], [left + pad, right - pad], { nice: true });
  const axisY = size.height - MARGIN.bottom;
  const bandsTop = notesBottom + GAP_UNDER_NOTES;
  const bandHeight = (axisY - bandsTop) / data.tenors.length;
  const bands = data.tenors.map((row, i) =>
    layoutBand(row, bandsTop + i * bandHeight, bandsTop + (i + 1) * bandHeight, x, r),
  );
  return { x, r, left, right, width: size.width, axisY, bandsTop, bands, notes };
}

/** The auction a row's story label is about at this step, if any. */
export function storyAuction(row: TenorAuctions, state: AuctionsState): AuctionPoint | undefined {
  const focus = auctionsStepSpecs[state].focus;
  if (focus === "april") return aprilAuction(row);
  if (focus === "after") return lowestOf(auctionsAfter(row));
  return undefined;
}

export function storyLabelText(point: AuctionPoint, count: number, lang: Lang): string {
  return auctionsTemplates.dotLabel[lang](
    shortDay(point.date, lang),
    ratioText(point.ratio, lang),
    ordinal(point.rank, lang),
    countText(count, lang),
  );
}

function dotClass(row: TenorAuctions, index: number, state: AuctionsState): string {
  const focus = auctionsStepSpecs[state].focus;
  if (focus === "none") return "a-dot";
  if (index === row.april) return focus === "april" ? "a-dot is-april" : "a-dot is-april is-past";
  if (focus === "after" && index > row.april) return "a-dot is-after";
  return "a-dot is-quiet";
}

function bandMarks(band: StripBand, state: AuctionsState, frame: ReturnType<typeof stripFrame>, lang: Lang) {
  const { row } = band;
  const { x, r, left, right } = frame;
  const dots = row.dates.map((date, i) => {
    const className = dotClass(row, i, state);
    const grown = /is-(april|after)\b/.test(className) && !className.includes("is-past");
    return {
      kind: "circle" as const,
      key: dotKey(row.tenor, date),
      className,
      cx: band.cx[i] ?? 0,
      cy: band.cy[i] ?? 0,
      r: grown ? r + HIGHLIGHT_GROWTH : r,
    };
  });
  // Picked-out dots are drawn last, on top of the crowd.
  dots.sort((a, b) => Number(a.className !== "a-dot is-quiet") - Number(b.className !== "a-dot is-quiet"));

  const name = auctionsText.tenor[row.tenor][lang];
  const nameMark: TextMark = {
    kind: "text",
    key: `a-name-${row.tenor}`,
    className: "a-row-name",
    x: left,
    y: band.nameY,
    text: name,
    baseline: "middle",
  };
  const mx = x(row.median);
  const medianText = auctionsTemplates.median[lang](ratioText(row.median, lang));
  const medianPlaced = fitLabelX(
    mx,
    textWidth(medianText, "axis-label"),
    left + textWidth(name, "a-row-name") + 8,
    right,
  );
  const marks: Mark[] = [
    nameMark,
    {
      kind: "line",
      key: `a-median-${row.tenor}`,
      className: "a-median",
      x1: mx,
      y1: band.nameY + 7,
      x2: mx,
      y2: band.swarmBottom,
    },
    {
      kind: "text",
      key: `a-median-label-${row.tenor}`,
      className: "axis-label a-median-label",
      x: medianPlaced.x,
      y: band.nameY,
      text: medianText,
      anchor: medianPlaced.anchor,
      baseline: "middle",
    },
    ...dots,
  ];

  const story = storyAuction(row, state);
  const dot = story && dots.find((d) => d.key === dotKey(row.tenor, story.date));
  if (story && dot) {
    const text = storyLabelText(story, row.dates.length, lang);
    const placed = fitLabelX(dot.cx, textWidth(text, "annotation"), 2, frame.width - 2);
    const labelTop = band.storyY - 12.5 * 0.6;
    if (labelTop - (dot.cy + dot.r) > 3)
      marks.push({
        kind: "line",
        key: `a-leader-${row.tenor}`,
        className: "a-leader",
        x1: dot.cx,
        y1: dot.cy + dot.r + 1,
        x2: dot.cx,
        y2: labelTop - 1,
      });
    marks.push({
      kind: "text",
      key: `a-story-${row.tenor}`,
      className: `annotation a-story${auctionsStepSpecs[state].focus === "april" ? " is-april" : ""}`,
      x: placed.x,
      y: band.storyY,
      text,
      anchor: placed.anchor,
      baseline: "middle",
    });
  }
  return marks;
}

export function stripScene(data: AuctionsData, state: AuctionsState, size: Size, lang: Lang): Scene {
  const frame = stripFrame(data, state, size, lang);
  const marks: Mark[] = [
    ...frame.notes.marks,
    ...ratioAxis(frame.x, { y: frame.axisY, gridTop: frame.bandsTop, lang, frameWidth: size.width }),
    {
      kind: "line",
      key: "a-strip-baseline",
      className: "axis-domain",
      x1: frame.left,
      y1: frame.axisY,
      x2: frame.right,
      y2: frame.axisY,
    },
    ...frame.bands.flatMap((band) => bandMarks(band, state, frame, lang)),
  ];
  const clip = { x: 0, y: 0, width: size.width, height: size.height };
  return { width: size.width, height: size.height, clip, marks };
}
