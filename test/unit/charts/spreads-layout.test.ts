// The spreads chart's labels at every size a reader may see: nothing overlaps, nothing is cut off, no label sits
// on a dot, and the labels that carry the story are always there. Plus the placement and wrapping helpers on
// small fixtures.
import { describe, expect, it } from "vitest";
import type { Rect, Scene, TextMark } from "../../../src/charts/scene";
import { spreadsData } from "../../../src/charts/spreads/data";
import { utcScale } from "../../../src/charts/scales";
import { dateAxis } from "../../../src/charts/spreads/frame";
import { dotBox, lineSamples, placeLabels } from "../../../src/charts/spreads/label-placement";
import { spreadsScene } from "../../../src/charts/spreads/model";
import { type SpreadsState, spreadsStates } from "../../../src/charts/spreads/steps";
import { overlaps, textBox, textWidth, wrapText } from "../../../src/charts/spreads/text-layout";

const data = spreadsData();
const widths = [320, 360, 375, 414, 568, 640, 768, 1024, 1280];
const heights = [280, 360, 480, 640];
const langs = ["en", "ja"] as const;
type Lang = (typeof langs)[number];

/** Labels each step must always show, whatever the size: the story's key numbers and names. */
const mustShow: Record<SpreadsState, Record<Lang, RegExp[]>> = {
  "what-is-spread": {
    en: [/^Spread$/, /^Treasury yield$/],
    ja: [/^スプレッド$/, /^米国債の利回り$/],
  },
  "early-2025": {
    en: [/^High Apr 9: 121 bp$/, /^Low Feb 18: 79 bp$/, /^Investment grade/],
    ja: [/^最高 4月9日 121bp$/, /^最低 2月18日 79bp$/, /^投資適格/],
  },
  "april-move": {
    en: [/^Apr 2: 96 bp$/, /^Apr 9: 121 bp$/, /^\+25 bp$/],
    ja: [/^4月2日 96bp$/, /^4月9日 121bp$/, /^\+25bp$/],
  },
  "article-table": {
    en: [/^(Article: )?A(-rated)?$/, /^(Article: )?AA(-rated)?$/, /^89$/, /^70$/, /^106$/, /^114$/],
    ja: [/^(記事: )?A格$/, /^(記事: )?AA格$/, /^89$/, /^70$/, /^106$/, /^114$/],
  },
  "high-yield": {
    en: [/^Apr 7: 461 bp$/, /^(Apr 2: )?342 bp$/, /^High yield$/, /^Investment grade/],
    ja: [/^4月7日 461bp$/, /^(4月2日 )?342bp$/, /^ハイイールド$/, /^投資適格/],
  },
};

/** Every size is drawn once and shared by the checks below (a few hundred scenes). */
const scenes = new Map<string, Scene>();
function sceneAt(state: SpreadsState, width: number, height: number, lang: Lang): Scene {
  const key = `${state} ${lang} ${width}x${height}`;
  let scene = scenes.get(key);
  if (!scene) {
    scene = spreadsScene(data, state, { width, height }, lang);
    scenes.set(key, scene);
  }
  return scene;
}

function textMarks(state: SpreadsState, width: number, height: number, lang: Lang): TextMark[] {
  return sceneAt(state, width, height, lang).marks.filter((m): m is TextMark => m.kind === "text");
}

function* everySize() {
  for (const state of spreadsStates)
    for (const lang of langs)
      for (const width of widths) for (const height of heights) yield { state, lang, width, height };
}

/** Drawing every size takes a few seconds on a busy machine. */
const SLOW = 60_000;

describe("spreads chart labels at 320-1280 px, in both languages", () => {
  it(
    "keeps every label inside the frame",
    () => {
      for (const { state, lang, width, height } of everySize())
        for (const mark of textMarks(state, width, height, lang)) {
          const box = textBox(mark);
          const where = `${state} ${lang} ${width}x${height} ${mark.key} "${mark.text}"`;
          expect(box.x, where).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, where).toBeLessThanOrEqual(width);
          expect(box.y, where).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, where).toBeLessThanOrEqual(height);
        }
    },
    SLOW,
  );

  it(
    "never lets two labels overlap",
    () => {
      for (const { state, lang, width, height } of everySize()) {
        const marks = textMarks(state, width, height, lang);
        const boxes = marks.map(textBox);
        for (let i = 0; i < marks.length; i++)
          for (let j = i + 1; j < marks.length; j++) {
            const where = `${state} ${lang} ${width}x${height}: "${marks[i]!.text}" / "${marks[j]!.text}"`;
            expect(overlaps(boxes[i]!, boxes[j]!), where).toBe(false);
          }
      }
    },
    SLOW,
  );

  it(
    "never puts a label over a dot or one of the article's marks",
    () => {
      for (const { state, lang, width, height } of everySize()) {
        const scene = sceneAt(state, width, height, lang);
        const points: Rect[] = scene.marks.flatMap((m) =>
          m.kind === "circle"
            ? [dotBox(m.cx, m.cy, m.r)]
            : m.kind === "rect" && m.className?.includes("s-article")
              ? [m]
              : [],
        );
        for (const mark of scene.marks) {
          if (mark.kind !== "text") continue;
          const box = textBox(mark);
          for (const p of points)
            expect(overlaps(box, p), `${state} ${lang} ${width}x${height} "${mark.text}"`).toBe(false);
        }
      }
    },
    SLOW,
  );

  it(
    "always shows the labels that carry the story",
    () => {
      for (const { state, lang, width, height } of everySize()) {
        const shown = textMarks(state, width, height, lang).map((m) => m.text);
        for (const pattern of mustShow[state][lang])
          expect(
            shown.some((t) => pattern.test(t)),
            `${state} ${lang} ${width}x${height}: ${pattern} in ${JSON.stringify(shown)}`,
          ).toBe(true);
      }
    },
    SLOW,
  );

  it(
    "labels at least two dates on every line step's axis",
    () => {
      for (const { state, lang, width, height } of everySize()) {
        if (state === "what-is-spread") continue;
        const dates = textMarks(state, width, height, lang).filter((m) => m.key.startsWith("s-x-"));
        expect(dates.length, `${state} ${lang} ${width}x${height}`).toBeGreaterThanOrEqual(2);
      }
    },
    SLOW,
  );
});

describe("date axis", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("shows months across January-May on a wide frame, not every other week", () => {
    const x = utcScale([day("2025-01-01"), day("2025-05-31")], [40, 1000]);
    const labels = dateAxis(x, 300, "en", 1040).flatMap((m) => (m.kind === "text" ? [m.text] : []));
    expect(labels).toEqual(["Jan 2025", "Feb", "Mar", "Apr", "May"]);
  });

  it("names the year once, so every month fits on a phone, in both languages", () => {
    const x = utcScale([day("2025-01-01"), day("2025-05-31")], [36, 361]);
    const months = (lang: "en" | "ja") =>
      dateAxis(x, 300, lang, 375).flatMap((m) => (m.kind === "text" ? [m.text] : []));
    expect(months("en")).toEqual(["Jan 2025", "Feb", "Mar", "Apr", "May"]);
    expect(months("ja")).toEqual(["2025年1月", "2月", "3月", "4月", "5月"]);
  });

  it("labels alternate months where every month does not fit, rather than only every quarter", () => {
    const x = utcScale([day("2025-01-01"), day("2025-05-31")], [37, 329]);
    const labels = dateAxis(x, 300, "en", 343).flatMap((m) => (m.kind === "text" ? [m.text] : []));
    expect(labels).toEqual(["Jan 2025", "Mar", "May"]);
  });

  it("labels alternate weeks on a phone when months would leave a single label", () => {
    const x = utcScale([day("2025-03-03"), day("2025-04-30")], [36, 306]);
    const labels = dateAxis(x, 300, "en", 320).flatMap((m) => (m.kind === "text" ? [m.text] : []));
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.every((l) => /^(Mar|Apr) \d+$/.test(l))).toBe(true);
  });
});

describe("label placement helpers", () => {
  const bounds: Rect = { x: 0, y: 0, width: 300, height: 200 };
  const label = (key: string, x: number, y: number, required = false) => ({
    key,
    texts: ["121 bp"],
    className: "annotation",
    x,
    y,
    r: 4,
    sides: ["above", "below"] as const,
    required,
  });

  it("puts a label above its point when that is free, else below", () => {
    const [above] = placeLabels([label("a", 100, 100)], [], bounds);
    expect(above?.kind === "text" && above.baseline).toBe("alphabetic");
    const [below] = placeLabels([label("a", 100, 100)], [{ x: 70, y: 70, width: 60, height: 25 }], bounds);
    expect(below?.kind === "text" && below.baseline).toBe("hanging");
  });

  it("leaves out an optional label with no free place, but moves a required one out with a leader", () => {
    const everywhere = [{ x: 40, y: 60, width: 120, height: 80 }];
    expect(placeLabels([label("a", 100, 100)], everywhere, bounds)).toEqual([]);
    const moved = placeLabels([label("a", 100, 100, true)], everywhere, bounds);
    expect(moved.map((m) => m.kind)).toEqual(["text", "line"]);
  });

  it("moves a line's name along the line to a stretch where it clears it", () => {
    const line = lineSamples(
      [
        [0, 40],
        [60, 60],
        [120, 20],
        [160, 140],
        [300, 140],
      ],
      bounds,
    );
    const name = {
      key: "n",
      texts: ["Investment grade"],
      className: "s-series-name",
      x: 60,
      y: 60,
      alternatives: [[240, 140] as const],
      sides: ["above"] as const,
    };
    const [placed] = placeLabels([name], [], bounds, line);
    expect(placed?.kind === "text" && placed.x).toBeGreaterThan(160);
  });

  it("falls back to a shorter wording before giving up", () => {
    const narrow: Rect = { x: 0, y: 0, width: 80, height: 60 };
    const [placed] = placeLabels(
      [
        {
          key: "n",
          texts: ["Investment grade, all ratings", "IG"],
          className: "annotation",
          x: 40,
          y: 40,
          sides: ["above"],
        },
      ],
      [],
      narrow,
    );
    expect(placed?.kind === "text" && placed.text).toBe("IG");
  });
});

describe("text wrapping", () => {
  it("wraps English at word breaks and keeps a number with its unit", () => {
    const lines = wrapText("Apr 2 → Apr 9: +25 bp (the article: nearly 30 bp)", 120, "s-note", "en");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, "s-note")).toBeLessThanOrEqual(120);
    expect(lines.join(" ")).toMatch(/\+25 bp/);
    expect(lines.some((l) => /^bp/.test(l))).toBe(false);
  });

  it("keeps Japanese katakana words whole and never starts a line with closing punctuation", () => {
    const text = "スプレッドはベーシスポイント(bp)で表す。100bp = 1%ポイント";
    const lines = wrapText(text, 90, "s-note", "ja");
    expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
    expect(lines.some((l) => l.includes("ベーシスポイント"))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/^[、。)]/);
  });
});
