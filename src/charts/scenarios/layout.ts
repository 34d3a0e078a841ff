// Where every box, line of text and arrow of the scenarios graphic goes at a given size. Wide frames put the two
// roads side by side; narrow ones show the road being read as one column with the other folded into a bar
// (the closing comparison is always side by side). The largest type that fits the frame wins.
import type { Lang } from "../../i18n/locales";
import type { Rect, Size } from "../scene";
import {
  type ScenarioId,
  type ScenariosState,
  scenarioIds,
  scenarios,
  scenariosStepSpecs,
  scenariosText,
} from "./steps";
import { type FontSize, type Metrics, type Wording, fontSizes, metrics, wrapLabel } from "./type-scale";

/** One line of text; `y` is its vertical middle. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
}

export interface StageBox {
  scenario: ScenarioId;
  /** 1-based, as the chapter numbers the stages. */
  stage: number;
  box: Rect;
  number: PlacedLine;
  lines: PlacedLine[];
}

/** A road's heading: "Scenario 1" over the article's title for it. */
export interface ScenarioHeader {
  scenario: ScenarioId;
  kicker: PlacedLine;
  title: PlacedLine[];
}

/** The road not being read, folded into one box with its name (narrow frames only). */
export interface FoldedScenario {
  scenario: ScenarioId;
  box: Rect;
  lines: PlacedLine[];
}

/** From the bottom of stage `stage`'s box to the top of the next one. */
export interface Arrow {
  scenario: ScenarioId;
  stage: number;
  x: number;
  y1: number;
  y2: number;
}

export type { Wording } from "./type-scale";

export interface ScenariosLayout {
  mode: "side" | "stack";
  fontSize: FontSize;
  wording: Wording;
  /** The scene's size: the frame's, or taller when even the smallest type cannot fit (the SVG then scales). */
  width: number;
  height: number;
  headers: ScenarioHeader[];
  folded: FoldedScenario[];
  boxes: StageBox[];
  arrows: Arrow[];
  /** The comparison's note across both roads (the article's framing); absent while a road is being read. */
  banner: { box: Rect; lines: PlacedLine[] } | undefined;
}

/** Below this width two columns of boxes get too narrow to read while a road is being followed. */
export const SIDE_BY_SIDE_MIN_WIDTH = 540;
const EDGE = 4;
const MAX_SIDE_COLUMN = 380;
const MAX_STACK_COLUMN = 460;
/** Vertical gaps between boxes (room for the arrows), most generous first. */
const ARROW_GAPS = [28, 20, 14] as const;
const TIGHTEST_GAP = 9;

/**
 * The wordings and type sizes to try, best first. While a road is being read its labels stay in full (the
 * step text refers to them) and only the titles may go. The closing comparison puts all nine stages in view,
 * where a few clear words read better than full labels in tiny type.
 */
function candidates(compare: boolean): Array<[Wording, FontSize]> {
  const at = (wording: Wording, sizes: readonly FontSize[]) =>
    sizes.map((size): [Wording, FontSize] => [wording, size]);
  const large = fontSizes.filter((size) => size >= 12);
  return compare
    ? [
        ...at({ labels: "label", titles: true }, large),
        ...at({ labels: "short", titles: true }, fontSizes),
        ...at({ labels: "short", titles: false }, fontSizes),
      ]
    : [
        ...at({ labels: "label", titles: true }, fontSizes),
        ...at({ labels: "label", titles: false }, fontSizes),
      ];
}

const placeLines = (lines: string[], x: number, top: number, lh: number): PlacedLine[] =>
  lines.map((text, i) => ({ text, x, y: top + lh / 2 + i * lh }));

function header(scenario: ScenarioId, x: number, width: number, top: number, m: Metrics, lang: Lang) {
  const s = scenarios[scenario];
  const title = m.wording.titles ? wrapLabel(s.title[lang], width, m, true) : [];
  return {
    header: {
      scenario,
      kicker: { text: s.kicker[lang], x, y: top + m.lh / 2 },
      title: placeLines(title, x, top + m.lh, m.lh),
    },
    height: m.lh * (1 + title.length),
  };
}

/** A road's stage boxes and the arrows between them, from `top` down; returns where the column ends. */
function stages(scenario: ScenarioId, x: number, width: number, top: number, m: Metrics, lang: Lang) {
  const boxes: StageBox[] = [];
  const arrows: Arrow[] = [];
  const textX = x + m.padX + m.gutter;
  const maxWidth = width - 2 * m.padX - m.gutter;
  let y = top;
  scenarios[scenario].stages.forEach((stage, i) => {
    if (i > 0) {
      arrows.push({ scenario, stage: i, x: x + width / 2, y1: y - m.gap + 2, y2: y - 2 });
    }
    const lines = wrapLabel(stage[m.wording.labels][lang], maxWidth, m, false);
    const height = lines.length * m.lh + 2 * m.padY;
    boxes.push({
      scenario,
      stage: i + 1,
      box: { x, y, width, height },
      number: { text: String(i + 1), x: x + m.padX + m.gutter / 2 - 2, y: y + m.padY + m.lh / 2 },
      lines: placeLines(lines, textX, y + m.padY, m.lh),
    });
    y += height + m.gap;
  });
  return { boxes, arrows, bottom: y - m.gap };
}

function fold(scenario: ScenarioId, x: number, width: number, top: number, m: Metrics, lang: Lang) {
  const s = scenarios[scenario];
  const name = !m.wording.titles
    ? s.kicker[lang]
    : lang === "ja"
      ? `${s.kicker.ja}:${s.title.ja}`
      : `${s.kicker.en}: ${s.title.en}`;
  const lines = wrapLabel(name, width - 2 * m.padX, m, true);
  const height = lines.length * m.lh + 2 * m.padY;
  return {
    folded: {
      scenario,
      box: { x, y: top, width, height },
      lines: placeLines(lines, x + m.padX, top + m.padY, m.lh),
    },
    bottom: top + height,
  };
}

type Draft = Omit<ScenariosLayout, "width" | "height"> & { contentHeight: number };

/** The closing note across both roads: where they start from, so it sits above them. */
function banner(x: number, width: number, top: number, m: Metrics, lang: Lang) {
  const lines = wrapLabel(scenariosText.bothAssume[lang], width - 2 * m.padX, m, true);
  const height = lines.length * m.lh + 2 * m.padY;
  return {
    banner: {
      box: { x, y: top, width, height },
      lines: placeLines(lines, x + width / 2, top + m.padY, m.lh),
    },
    bottom: top + height,
  };
}

function sideBySide(size: Size, m: Metrics, lang: Lang, withBanner: boolean): Draft {
  const gutter = Math.min(40, Math.max(12, size.width * 0.05));
  const column = Math.min(MAX_SIDE_COLUMN, (size.width - 2 * EDGE - gutter) / 2);
  const left = (size.width - 2 * column - gutter) / 2;
  const xs = { s1: left, s2: left + column + gutter };
  const note = withBanner ? banner(left, 2 * column + gutter, EDGE, m, lang) : undefined;
  const top = note ? note.bottom + Math.min(m.gap, 14) : EDGE;
  const heads = scenarioIds.map((id) => header(id, xs[id], column, top, m, lang));
  const headerBottom = top + Math.max(...heads.map((h) => h.height)) + Math.min(m.gap, 12);
  const roads = scenarioIds.map((id) => stages(id, xs[id], column, headerBottom, m, lang));
  return {
    mode: "side",
    fontSize: m.size,
    wording: m.wording,
    headers: heads.map((h) => h.header),
    folded: [],
    boxes: roads.flatMap((r) => r.boxes),
    arrows: roads.flatMap((r) => r.arrows),
    banner: note?.banner,
    contentHeight: Math.max(...roads.map((r) => r.bottom)) + EDGE,
  };
}

function oneColumn(size: Size, focus: ScenarioId, m: Metrics, lang: Lang): Draft {
  const column = Math.min(MAX_STACK_COLUMN, size.width - 2 * EDGE);
  const x = (size.width - column) / 2;
  const other: ScenarioId = focus === "s1" ? "s2" : "s1";
  let top = EDGE;
  const folded: FoldedScenario[] = [];
  // The folded road sits where it comes in the story: scenario 2 below scenario 1, scenario 1 above scenario 2.
  if (other === "s1") {
    const f = fold(other, x, column, top, m, lang);
    folded.push(f.folded);
    top = f.bottom + m.gap;
  }
  const head = header(focus, x, column, top, m, lang);
  const road = stages(focus, x, column, top + head.height + Math.min(m.gap, 12), m, lang);
  let bottom = road.bottom;
  if (other === "s2") {
    const f = fold(other, x, column, bottom + m.gap, m, lang);
    folded.push(f.folded);
    bottom = f.bottom;
  }
  return {
    mode: "stack",
    fontSize: m.size,
    wording: m.wording,
    headers: [head.header],
    folded,
    boxes: road.boxes,
    arrows: road.arrows,
    banner: undefined,
    contentHeight: bottom + EDGE,
  };
}

function shift(draft: Draft, dy: number): Draft {
  if (dy === 0) return draft;
  const line = (l: PlacedLine) => ({ ...l, y: l.y + dy });
  const rect = (r: Rect) => ({ ...r, y: r.y + dy });
  return {
    ...draft,
    headers: draft.headers.map((h) => ({ ...h, kicker: line(h.kicker), title: h.title.map(line) })),
    folded: draft.folded.map((f) => ({ ...f, box: rect(f.box), lines: f.lines.map(line) })),
    boxes: draft.boxes.map((b) => ({
      ...b,
      box: rect(b.box),
      number: line(b.number),
      lines: b.lines.map(line),
    })),
    arrows: draft.arrows.map((a) => ({ ...a, y1: a.y1 + dy, y2: a.y2 + dy })),
    banner: draft.banner && { box: rect(draft.banner.box), lines: draft.banner.lines.map(line) },
  };
}

export function scenariosLayout(state: ScenariosState, size: Size, lang: Lang): ScenariosLayout {
  const { focus } = scenariosStepSpecs[state];
  const draw = (m: Metrics) =>
    focus === "both" || size.width >= SIDE_BY_SIDE_MIN_WIDTH
      ? sideBySide(size, m, lang, focus === "both")
      : oneColumn(size, focus, m, lang);
  const tries = candidates(focus === "both");
  let fit: Parameters<typeof metrics> | undefined;
  search: for (const [wording, fontSize] of tries)
    for (const gap of ARROW_GAPS) {
      if (draw(metrics(wording, fontSize, gap)).contentHeight <= size.height) {
        fit = [wording, fontSize, gap];
        break search;
      }
    }
  // Nothing fits: the last wording, tightest gaps, in a taller scene that the browser scales down to the frame.
  const [lastWording, lastSize] = tries[tries.length - 1]!;
  const [wording, fontSize, gap] = fit ?? [lastWording, lastSize, TIGHTEST_GAP];
  const draft = draw(metrics(wording, fontSize, gap, true));
  const height = Math.max(size.height, draft.contentHeight);
  // Side by side, the reading steps share one layout, so centring it never moves a box between them.
  const centred = draft.mode === "side" ? Math.floor((height - draft.contentHeight) / 2) : 0;
  const { contentHeight: _, ...layout } = shift(draft, centred);
  return { ...layout, width: size.width, height };
}
