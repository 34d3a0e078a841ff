import { describe, expect, it } from "vitest";
import { apaCitation, chapterReferences, datasetsOf } from "../../../src/chapters/chapter-sources";

describe("chapter sources", () => {
  const mdx = `<Scrolly chart="holdings"><Step chart="holdings" state="a">x</Step></Scrolly>
  China held <Fact id="china-dec-2024" /> and the yield was <Fact id="dgs10-2025-04-11" />; again <Fact id="china-dec-2024" />.`;

  it("finds each fact and chart a chapter uses, once", () => {
    expect(chapterReferences(mdx)).toEqual({
      factIds: ["china-dec-2024", "dgs10-2025-04-11"],
      chartIds: ["holdings"],
    });
  });

  it("lists the datasets behind them in first-use order, without repeats", () => {
    const sources = datasetsOf(
      chapterReferences(mdx),
      (id) => (id.startsWith("china") ? "tic-holdings" : "dgs10"),
      () => ["tic-holdings"],
    );
    expect(sources).toEqual(["tic-holdings", "dgs10"]);
  });

  it("writes an APA reference with the page's date", () => {
    expect(
      apaCitation({
        author: "The week Treasuries wobbled",
        date: new Date(Date.UTC(2026, 10, 29)),
        title: "The sell-off",
        site: "The week Treasuries wobbled",
        url: "https://example.org/en/sell-off/",
      }),
    ).toBe(
      "The week Treasuries wobbled. (2026, November 29). The sell-off. The week Treasuries wobbled. https://example.org/en/sell-off/",
    );
  });
});
