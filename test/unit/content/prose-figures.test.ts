// Prose never types a data figure: every number from the data is printed by <Fact>, so text and charts
// cannot drift apart. Calendar dates, years and chapter numbers are fine; amounts, rates and ratios are not.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../../content/chapters/", import.meta.url).pathname;
const files = ["ja", "en"].flatMap((lang) =>
  readdirSync(join(root, lang))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => join(lang, f)),
);

const months =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

/** Removes what may legitimately hold digits: components, links, footnote markers, dates, years, chapter numbers. */
export function figuresIn(mdx: string): string[] {
  const text = mdx
    .replace(/<Fact\b[^>]*\/>/g, " ")
    .replace(/<[A-Za-z][^>]*>/g, " ")
    .replace(/<\/[A-Za-z]+>/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\[\^[\w-]+\]/g, " ")
    .replace(/^order: \d+$/m, " ")
    .replace(new RegExp(`\\b(${months})\\.? \\d{1,2}(st|nd|rd|th)?\\b`, "g"), " ")
    .replace(new RegExp(`\\b\\d{1,2}(st|nd|rd|th)? (${months})\\b`, "g"), " ")
    .replace(/\d{4}年/g, " ")
    .replace(/\d{1,2}月(\d{1,2}日)?/g, " ")
    .replace(/\d{1,2}日/g, " ")
    .replace(/\b(19|20)\d\d(s|'s)?\b/g, " ")
    .replace(/第\d+章|\b[Cc]hapter \d+\b|\b[Ss]tep \d+\b|ステップ\d+/g, " ")
    .replace(/\b(10|30|3|2)-year\b|\b(10|30|3|2)年(物|債)/g, " ")
    .replace(/1ドルあたり|\bper dollar\b/g, " ")
    .replace(/\bH\.4\.1\b|\bH\.15\b|\bH\.10\b|\bBAML\w+\b|\bDGS\d+\b|\bWALCL\b|\bTREAST\b/g, " ");
  // A data figure is a decimal, a number with a thousands separator, money, a percentage, basis points or a
  // multiple; small counts ("three auctions", 「1週間」) and names ("S&P 500") are not.
  const figure =
    /[$¥]\s?\d[\d,.]*(\s?(billion|trillion|bn|tn))?|\d+\.\d+\s*(%|bp|倍|ドル)?|\d{1,3}(,\d{3})+|\d+\s*(%|％|bp|ベーシスポイント|億|兆|billion|trillion|倍|ドル)/g;
  return [...text.matchAll(figure)].map((m) => m[0].trim());
}

describe("chapter prose", () => {
  it("finds typed figures the way the check below does", () => {
    expect(figuresIn("China held $759.0 billion")).toEqual(["$759.0 billion"]);
    expect(figuresIn('China held <Fact id="china-dec-2024" /> on April 11, 2025 in 2024年12月')).toEqual([]);
    expect(figuresIn("利回りは4.48%に")).toEqual(["4.48%"]);
  });

  for (const file of files) {
    it(`${file} prints every data figure through <Fact>`, () => {
      expect(figuresIn(readFileSync(join(root, file), "utf8"))).toEqual([]);
    });
  }
});
