// wrapText: labels broken into lines without a browser. English at spaces; Japanese between characters, never
// against kinsoku, and at the end of a phrase where it can.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakUnits, wrapText } from "../../../src/charts/scenarios/wrap-text";

/** Every character 10 units wide: widths in these tests count characters. */
const perChar = (text: string) => [...text].length * 10;
const wrap = (text: string, chars: number, balance = false) =>
  wrapText(text, { maxWidth: chars * 10, measure: perChar, balance });

const lineStarters = [..."、。」』)ーっゃゅょッャュョ!?"];

describe("wrapText in English", () => {
  it("breaks at spaces, drops the space at the break and keeps words whole", () => {
    expect(wrap("Yields ease, stocks rebound", 14)).toEqual(["Yields ease,", "stocks rebound"]);
  });

  it("keeps a label that fits on one line", () => {
    expect(wrap("Liquidity fragments", 40)).toEqual(["Liquidity fragments"]);
  });

  it("cuts a word longer than a whole line rather than letting it overflow", () => {
    const lines = wrap("a sesquipedalian word", 6);
    expect(lines.every((line) => perChar(line) <= 60)).toBe(true);
    expect(lines.join("")).toBe("asesquipedalianword");
  });

  it("balances lines so the last one is not a lone word", () => {
    const text = "Higher long-term rates and risk premia; fiscal doubts";
    const greedy = wrap(text, 40);
    const balanced = wrap(text, 40, true);
    expect(greedy).toEqual(["Higher long-term rates and risk premia;", "fiscal doubts"]);
    expect(balanced).toHaveLength(greedy.length);
    expect(balanced).toEqual(["Higher long-term rates and", "risk premia; fiscal doubts"]);
  });
});

describe("wrapText in Japanese", () => {
  it("breaks between characters when there are no spaces", () => {
    const lines = wrap("流動性が分断される", 5);
    expect(lines.join("")).toBe("流動性が分断される");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => perChar(line) <= 50)).toBe(true);
  });

  it("prefers the end of a phrase to the middle of a word", () => {
    // 12 characters would fit "政治・構造リスクで米国債", splitting 米国債; the phrase ends after で.
    expect(wrap("政治・構造リスクで米国債の値付けが変わる", 12)).toEqual([
      "政治・構造リスクで",
      "米国債の値付けが変わる",
    ]);
    expect(wrap("長期金利とリスクプレミアムが上昇、米財政に疑問", 16, true)).toEqual([
      "長期金利とリスクプレミアムが",
      "上昇、米財政に疑問",
    ]);
  });

  it("never starts a line with 、。」 or a small kana, carrying the character before it down instead", () => {
    // Greedy at 3 characters would put 、 first on the second line.
    expect(wrap("あいう、えお", 3)).toEqual(["あい", "う、え", "お"]);
    expect(wrap("技術的な措置」と説明", 6).some((line) => line.startsWith("」"))).toBe(false);
    expect(wrap("的を絞って買う", 3).some((line) => line.startsWith("っ"))).toBe(false);
  });

  it("never ends a line with 「", () => {
    const lines = wrap("と説明「イデオロギー", 4);
    expect(lines.some((line) => line.endsWith("「"))).toBe(false);
    expect(lines.join("")).toBe("と説明「イデオロギー");
  });

  it("keeps Latin words inside Japanese whole", () => {
    const units = breakUnits("QEが当初の理由");
    expect(units[0]?.text).toBe("QE");
    expect(wrap("FRBの独立性", 4)).toEqual(["FRBの", "独立性"]);
  });
});

describe("wrapText on any label", () => {
  const word = fc.constantFrom(..."米国債市場流動性利回り株価".split(""), "QE", "FRB");
  const glue = fc.constantFrom("", "、", "。", "」", "ー", "っ");
  // Phrases of a character with at most one kinsoku neighbour each side, so every unit is at most 3 wide and
  // a line of 3 or more always has a legal break.
  const token = fc.tuple(fc.constantFrom("", "「"), word, glue).map(([open, w, close]) => open + w + close);
  const label = fc.array(token, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(""));

  it("keeps every character, in order, on lines no wider than the limit", () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 6, max: 30 }), fc.boolean(), (text, chars, balance) => {
        const lines = wrap(text, chars, balance);
        expect(lines.join("")).toBe(text);
        for (const line of lines) expect(perChar(line)).toBeLessThanOrEqual(chars * 10);
      }),
    );
  });

  it("obeys kinsoku on every line", () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 6, max: 30 }), fc.boolean(), (text, chars, balance) => {
        const lines = wrap(text, chars, balance);
        for (const line of lines) {
          expect(lineStarters).not.toContain([...line][0]);
          expect(line.endsWith("「")).toBe(false);
        }
      }),
    );
  });

  it("balancing never adds a line", () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 6, max: 30 }), (text, chars) => {
        expect(wrap(text, chars, true).length).toBeLessThanOrEqual(wrap(text, chars).length);
      }),
    );
  });
});
