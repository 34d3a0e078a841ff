import { describe, expect, it } from "vitest";
import { readableText, readingMinutes } from "../../../src/chapters/reading-time";

describe("reading time", () => {
  it("counts what a reader reads, not frontmatter or component tags", () => {
    const text = readableText('---\ntitle: "x"\n---\nHello <Fact id="china-dec-2024" /> world[^1]');
    expect(text).not.toContain("title");
    expect(text).not.toContain("Fact");
    expect(text.split(/\s+/).filter(Boolean)).toEqual(["Hello", "world"]);
  });

  it("reads English by words and Japanese by characters", () => {
    expect(readingMinutes("word ".repeat(2300), "en")).toBe(10);
    expect(readingMinutes("あ".repeat(5000), "ja")).toBe(10);
  });

  it("adds time for looking at each chart step and never says zero minutes", () => {
    expect(readingMinutes("short", "en")).toBe(1);
    expect(readingMinutes("word ".repeat(230) + "<Step/>".repeat(15), "en")).toBe(3);
  });
});
