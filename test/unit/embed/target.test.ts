import { describe, expect, it } from "vitest";
import { type EmbedTarget, parseEmbedTarget } from "../../../src/embed/target";

const target: EmbedTarget = {
  kind: "chart",
  heading: "Embed this chart: Holdings",
  paths: { ja: "/ja/embed/chart/holdings/", en: "/en/embed/chart/holdings/" },
  titles: { ja: "保有額", en: "Holdings" },
  steps: [{ key: "china-peak", label: "Step 2 of 5: China's holdings peaked…" }],
  height: 740,
};

describe("parseEmbedTarget", () => {
  it("reads back what the server wrote into a trigger", () => {
    expect(parseEmbedTarget(JSON.stringify(target))).toEqual(target);
  });

  it.each([
    ["missing", undefined],
    ["not JSON", "{kind:"],
    ["an unknown kind", JSON.stringify({ ...target, kind: "page" })],
    ["a language missing", JSON.stringify({ ...target, paths: { ja: "/ja/" } })],
    ["a step without a label", JSON.stringify({ ...target, steps: [{ key: "x" }] })],
    ["no height", JSON.stringify({ ...target, height: "740" })],
  ])("refuses a target that is %s", (_, json) => {
    expect(parseEmbedTarget(json)).toBeUndefined();
  });
});
