import { describe, expect, it } from "vitest";
import {
  chapterEmbedId,
  chapterEmbedPath,
  chartEmbedId,
  chartEmbedPath,
  loaderPath,
  oembedPath,
  withStartStep,
} from "../../../src/embed/paths";
import { parseHeightMessage } from "../../../src/embed/messages";

describe("embed paths", () => {
  it("puts embeds under /<lang>/embed/ (the path public/_headers lets any site frame)", () => {
    expect(chapterEmbedPath("ja", "sell-off")).toBe("/ja/embed/sell-off/");
    expect(chartEmbedPath("en", "holdings")).toBe("/en/embed/chart/holdings/");
    expect(oembedPath("en", "sell-off")).toBe("/oembed/en/sell-off.json");
    expect(loaderPath()).toBe("/embed.js");
  });

  it("names embeds with ids that the height messages accept", () => {
    for (const id of [chapterEmbedId("ja", "how-qe-works"), chartEmbedId("en", "holdings")]) {
      expect(parseHeightMessage({ type: "treasury-explainer:height", id, height: 600 })?.id).toBe(id);
    }
  });
});

describe("withStartStep", () => {
  it("adds the step as a query parameter, encoded, before any fragment", () => {
    expect(withStartStep("https://s.example/en/embed/chart/yield/", "april-days")).toBe(
      "https://s.example/en/embed/chart/yield/?step=april-days",
    );
    expect(withStartStep("/x/?a=1#top", "a b")).toBe("/x/?a=1&step=a%20b#top");
  });

  it("leaves the URL alone for the first step", () => {
    expect(withStartStep("/en/embed/sell-off/", undefined)).toBe("/en/embed/sell-off/");
    expect(withStartStep("/en/embed/sell-off/", "")).toBe("/en/embed/sell-off/");
  });
});
