// Each step's own marks: China's share peak and dollar peak, the months China held more than Japan, today's
// values. Labels take the first of several places that stays in the plot, clear of the other labels and of the
// lines, so they read at 320 px as at 1280 px.
import type { Lang } from "../../i18n/locales";
import { monthLabel } from "../format";
import type { Mark, Rect } from "../scene";
import { sharePct } from "./format";
import type { SharesFrame } from "./frame";
import {
  type Country,
  type SharesData,
  addMonths,
  chinaAheadSpans,
  countries,
  indexOfMonth,
  shareSeries,
  sharesHighlights,
} from "./share-series";
import { type SharesState, sharesText } from "./steps";
import { type Point, type Spot, above, below, leader, placeLabel } from "./label-spots";

export interface SharesAnnotations {
  /** Drawn before the lines (bands). */
  under: Mark[];
  /** Drawn after the lines (dots and labels). */
  over: Mark[];
}

export function sharesAnnotations(
  data: SharesData,
  state: SharesState,
  frame: SharesFrame,
  lang: Lang,
  /** Boxes already taken (axis labels): step labels keep clear of them. */
  occupied: readonly Rect[],
): SharesAnnotations {
  const { x, y, from, to } = frame;
  const px = (t: number) => x(new Date(t));
  const shares = { china: shareSeries(data, "china"), japan: shareSeries(data, "japan") };
  /** Both lines as pixels, within the window: labels keep clear of them. */
  const linePoints = countries.flatMap((c) =>
    data.months.flatMap((t, i) => (t >= from && t <= to ? [{ x: px(t), y: y(shares[c][i] ?? 0) }] : [])),
  );
  // Below the unit line, left of the line-end names.
  const bounds: Rect = { x: 2, y: 20, width: frame.right - 2, height: frame.bottom - 20 };
  const shareAt = (c: Country, t: number) => shares[c][indexOfMonth(data, t)] ?? 0;
  const h = sharesHighlights(data);
  const taken: Rect[] = [...occupied];
  /** The label, and a leader to its dot when it had to move away from it. */
  const place = (key: string, lines: string[], at: Point, spots: Spot[]): Mark[] => {
    const placed = placeLabel(key, lines, at, spots, { bounds, taken, points: linePoints });
    taken.push(placed.box);
    return [...placed.marks, ...leader(`${key}-leader`, at, placed)];
  };

  switch (state) {
    case "china-peak-share": {
      const peak = { x: px(h.chinaSharePeak.month), y: y(h.chinaSharePeak.value) };
      const dollar = { x: px(h.chinaDollarPeak.month), y: y(h.chinaDollarPeak.share) };
      // Two short lines each, so both fit beside their dots on a phone.
      const peakLines = [
        sharesText.sharePeak[lang],
        lang === "ja"
          ? `${sharePct(h.chinaSharePeak.value, lang)}(${monthLabel(h.chinaSharePeak.month, lang)})`
          : `${sharePct(h.chinaSharePeak.value, lang)}, ${monthLabel(h.chinaSharePeak.month, lang)}`,
      ];
      const dollarLines = [sharesText.dollarPeak[lang], monthLabel(h.chinaDollarPeak.month, lang)];
      return {
        under: [],
        over: [
          {
            kind: "circle",
            key: "s-china-share-peak-dot",
            className: "dot series-china",
            cx: peak.x,
            cy: peak.y,
            r: 4,
          },
          // The share peak reads to the left of its dot, the dollar peak to the right of its own: in time order.
          ...place("s-china-share-peak-text", peakLines, peak, [
            above("left"),
            above("left", 16),
            above("center"),
            above("center", 16),
            above("left", 32),
            above("center", 32),
          ]),
          {
            kind: "circle",
            key: "s-china-dollar-peak-dot",
            className: "dot-hollow series-china",
            cx: dollar.x,
            cy: dollar.y,
            r: 4.5,
          },
          ...place("s-china-dollar-peak-text", dollarLines, dollar, [
            above("right"),
            above("right", 0, 14),
            above("right", 16),
            above("right", 32),
            below("right"),
            above("center", 16),
            above("center", 32),
            below("center"),
          ]),
        ],
      };
    }
    case "crossing":
      return crossing(data, frame, lang);
    case "today": {
      const t = h.latest.month;
      // The higher line's value goes above its dot, the lower one's below, so the two never meet.
      const higher: Country = shareAt("japan", t) >= shareAt("china", t) ? "japan" : "china";
      const over: Mark[] = [];
      for (const c of countries) {
        const at = { x: px(t), y: y(shareAt(c, t)) };
        over.push({
          kind: "circle",
          key: `s-latest-${c}-dot`,
          className: `dot series-${c}`,
          cx: at.x,
          cy: at.y,
          r: 4,
        });
        const spots =
          c === higher
            ? [above("left"), above("left", 8), above("left", 16), above("left", 24), above("left", 32)]
            : [below("left"), below("left", 8), below("left", 16), below("left", 24), below("left", 32)];
        over.push(...place(`s-latest-${c}-text`, [sharePct(shareAt(c, t), lang)], at, spots));
      }
      return { under: [], over };
    }
  }
}

/** Shaded months in which China held more than Japan, titled, with the first and last month at its ends. */
function crossing(data: SharesData, frame: SharesFrame, lang: Lang): SharesAnnotations {
  const { x, top, bottom, left, right } = frame;
  const px = (t: number) => x(new Date(t));
  const spans = chinaAheadSpans(data);
  const first = spans[0];
  const last = spans.at(-1);
  if (!first || !last) return { under: [], over: [] };
  const under: Mark[] = spans.map((span) => ({
    kind: "rect",
    key: `s-ahead-${span.from}`,
    className: "band band-ahead",
    clipped: true,
    x: px(span.from),
    y: top,
    width: Math.max(0, px(addMonths(span.to, 1)) - px(span.from)),
    height: bottom - top,
  }));
  // Labels sit low in the band: the lines run well above 10 % all through these years.
  const start = Math.max(left, px(first.from));
  const end = Math.min(right, px(addMonths(last.to, 1)));
  const over: Mark[] = [
    {
      kind: "text",
      key: "s-ahead-title",
      className: "annotation",
      x: (start + end) / 2,
      y: bottom - 40,
      text: sharesText.chinaAhead[lang],
      anchor: "middle",
    },
    {
      kind: "text",
      key: "s-ahead-from",
      className: "annotation annotation-quiet",
      x: start + 3,
      y: bottom - 22,
      text: monthLabel(first.from, lang),
      anchor: "start",
    },
    {
      kind: "text",
      key: "s-ahead-to",
      className: "annotation annotation-quiet",
      x: end - 3,
      y: bottom - 22,
      text: monthLabel(last.to, lang),
      anchor: "end",
    },
  ];
  return { under, over };
}
