import { describe, expect, it } from "vitest";
import { chapterShowingChart, scrolliesInMdx, titleWithoutUnits } from "../../../src/embed/chart-chapters";

const mdx = `
Intro with <Term id="qe">QE</Term>.

<Scrolly chart="holdings">
<Step chart="holdings" state="long-view">
Text.
</Step>
<Step state="china-peak" chart="holdings">
More.
</Step>
</Scrolly>

{/* <Scrolly chart="draft"> <Step chart="draft" state="x"> */}

<Scrolly chart="yield">
<Step chart="yield" state="long-run">Yield.</Step>
</Scrolly>
`;

describe("scrolliesInMdx", () => {
  it("lists each <Scrolly> with its steps' states in order, whatever the attribute order", () => {
    expect(scrolliesInMdx(mdx)).toEqual([
      { chart: "holdings", states: ["long-view", "china-peak"] },
      { chart: "yield", states: ["long-run"] },
    ]);
  });

  it("ignores charts that appear only in MDX comments", () => {
    expect(scrolliesInMdx(mdx).map((use) => use.chart)).not.toContain("draft");
  });
});

describe("chapterShowingChart", () => {
  it("finds the first chapter, in story order, that shows a chart, and none for a chart no chapter shows", () => {
    const chapters = [
      { slug: "one", body: "no charts" },
      { slug: "two", body: mdx },
      { slug: "three", body: '<Scrolly chart="holdings"></Scrolly>' },
    ];
    expect(chapterShowingChart(chapters, "holdings")?.slug).toBe("two");
    expect(chapterShowingChart(chapters, "fed")).toBeUndefined();
  });
});

describe("titleWithoutUnits", () => {
  it("drops a trailing parenthetical of units in either language, and nothing else", () => {
    expect(titleWithoutUnits("10-year US Treasury yield (daily close, %)")).toBe("10-year US Treasury yield");
    expect(titleWithoutUnits("中国と日本の米国債保有額(月末、10億ドル)")).toBe("中国と日本の米国債保有額");
    expect(titleWithoutUnits("米10年国債利回り（日次終値、%）")).toBe("米10年国債利回り");
    expect(titleWithoutUnits("The Fed (1) and the market")).toBe("The Fed (1) and the market");
  });
});
