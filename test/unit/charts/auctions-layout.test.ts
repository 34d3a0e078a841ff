// The auction chart at every size a reader may see, in both languages: no label overlaps another, covers a dot
// or leaves the frame; every dot stays in its row; and the labels that carry the story are always there.
import { describe, expect, it } from "vitest";
import { auctionsData } from "../../../src/charts/auctions/data";
import { auctionsScene } from "../../../src/charts/auctions/model";
import { type AuctionsState, auctionsStates } from "../../../src/charts/auctions/steps";
import { stripFrame } from "../../../src/charts/auctions/strip-view";
import { overlaps, textBox } from "../../../src/charts/auctions/text-layout";
import type { CircleMark, Rect, TextMark } from "../../../src/charts/scene";

const data = auctionsData();
const widths = [320, 360, 375, 414, 568, 640, 768, 1024, 1280];
const heights = [280, 320, 400, 640];
const langs = ["en", "ja"] as const;

/** Labels each step must always show, whatever the size: the story's numbers. */
const mustShow: Record<AuctionsState, Record<(typeof langs)[number], string[]>> = {
  "what-is-btc": {
    en: ["Amount on sale", "Accepted", "Not accepted"],
    ja: ["発行額(売りに出した額)", "落札", "落札されず"],
  },
  ratio: { en: ["2.47"], ja: ["2.47"] },
  "three-tenors": {
    en: ["median 2.58", "median 2.51", "median 2.38"],
    ja: ["中央値 2.58", "中央値 2.51", "中央値 2.38"],
  },
  "april-2025": {
    en: [
      "Apr 8: 2.47, 9th lowest of 46",
      "Apr 9: 2.67, 43rd lowest of 46",
      "Apr 10: 2.43, 32nd lowest of 46",
    ],
    ja: [
      "4月8日 2.47・46回中低い方から9位",
      "4月9日 2.67・46回中低い方から43位",
      "4月10日 2.43・46回中低い方から32位",
    ],
  },
  after: {
    en: ["Aug 6: 2.35, 7th lowest of 46", "Aug 7: 2.27, 4th lowest of 46"],
    ja: ["8月6日 2.35・46回中低い方から7位", "8月7日 2.27・46回中低い方から4位"],
  },
};

/** Every step at every size and language, drawn once and shared by the checks below. */
const frames = auctionsStates.flatMap((state) =>
  langs.flatMap((lang) =>
    widths.flatMap((width) =>
      heights.map((height) => {
        const marks = auctionsScene(data, state, { width, height }, lang).marks;
        const texts = marks.filter((m): m is TextMark => m.kind === "text");
        const dots = marks.filter((m): m is CircleMark => m.kind === "circle");
        const strip = state !== "what-is-btc" && state !== "ratio";
        const bands = strip ? stripFrame(data, state, { width, height }, lang).bands : [];
        return {
          state,
          lang,
          width,
          height,
          texts,
          dots,
          bands,
          where: `${state} ${lang} ${width}x${height}`,
        };
      }),
    ),
  ),
);

const dotBox = (c: CircleMark): Rect => ({ x: c.cx - c.r, y: c.cy - c.r, width: 2 * c.r, height: 2 * c.r });

// Each check collects what is wrong and compares with an empty list: one readable failure, and fast enough to
// cover every step, size and language.
describe("auctions chart labels at 320-1280 px, in both languages", () => {
  it("keeps every label inside the frame", () => {
    const outside: string[] = [];
    for (const { texts, width, height, where } of frames)
      for (const mark of texts) {
        const b = textBox(mark);
        if (b.x < 0 || b.y < 0 || b.x + b.width > width || b.y + b.height > height)
          outside.push(`${where} ${mark.key} "${mark.text}"`);
      }
    expect(outside).toEqual([]);
  });

  it("never lets two labels overlap", () => {
    const clashes: string[] = [];
    for (const { texts, where } of frames) {
      const boxes = texts.map(textBox);
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++)
          if (overlaps(boxes[i]!, boxes[j]!))
            clashes.push(`${where}: "${texts[i]!.text}" / "${texts[j]!.text}"`);
    }
    expect(clashes).toEqual([]);
  });

  it("never writes a label over a dot", () => {
    const clashes: string[] = [];
    for (const { texts, dots, where } of frames) {
      const dotBoxes = dots.map(dotBox);
      for (const text of texts) {
        const box = textBox(text);
        dotBoxes.forEach((d, i) => {
          if (overlaps(box, d)) clashes.push(`${where}: "${text.text}" over ${dots[i]!.key}`);
        });
      }
    }
    expect(clashes).toEqual([]);
  });

  it("always shows the labels that carry the story", () => {
    const missing: string[] = [];
    for (const { state, lang, texts, where } of frames) {
      const shown = new Set(texts.map((m) => m.text));
      for (const label of mustShow[state][lang]) if (!shown.has(label)) missing.push(`${where}: "${label}"`);
    }
    expect(missing).toEqual([]);
  });

  it("keeps every dot inside the frame and inside its own row", () => {
    const astray: string[] = [];
    for (const { width, dots, bands, where } of frames) {
      for (const dot of dots)
        if (dot.cx - dot.r < 0 || dot.cx + dot.r > width) astray.push(`${where} ${dot.key}`);
      for (const band of bands) {
        const own = dots.filter((d) => d.key.startsWith(`a-dot-${band.row.tenor}-`));
        if (own.length !== band.row.dates.length)
          astray.push(`${where} ${band.row.tenor}: ${own.length} dots`);
        for (const dot of own)
          if (dot.cy - dot.r < band.top - 0.5 || dot.cy + dot.r > band.bottom + 0.5)
            astray.push(`${where} ${dot.key} outside its row`);
      }
    }
    expect(astray).toEqual([]);
  });
});
