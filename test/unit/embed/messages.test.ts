import { describe, expect, it } from "vitest";
import {
  HEIGHT,
  MAX_HEIGHT,
  REQUEST_HEIGHT,
  SHOW_STEP,
  heightMessages,
  parseHeightMessage,
  parseHostMessage,
} from "../../../src/embed/messages";

describe("heightMessages", () => {
  it("reports the height, rounded up, as the namespaced message and as Canvas's lti.frameResize", () => {
    expect(heightMessages("en/sell-off", 640.2)).toEqual([
      { type: "treasury-explainer:height", id: "en/sell-off", height: 641 },
      { subject: "lti.frameResize", height: 641 },
    ]);
  });
});

describe("parseHeightMessage", () => {
  const valid = { type: HEIGHT, id: "ja/chart/holdings", height: 720 };

  it("accepts a well-formed height report", () => {
    expect(parseHeightMessage(valid)).toEqual(valid);
  });

  it.each([
    ["null", null],
    ["a string", JSON.stringify(valid)],
    ["an array", [valid]],
    ["another type", { ...valid, type: "other:height" }],
    ["no id", { type: HEIGHT, height: 720 }],
    ["an id that names no embed", { ...valid, id: "<img src=x>" }],
    ["a height given as text", { ...valid, height: "720" }],
    ["NaN", { ...valid, height: Number.NaN }],
    ["Infinity", { ...valid, height: Number.POSITIVE_INFINITY }],
    ["zero", { ...valid, height: 0 }],
    ["a negative height", { ...valid, height: -5 }],
    ["a height past the limit", { ...valid, height: MAX_HEIGHT + 1 }],
    ["a class instance", Object.assign(new Date(), valid)],
  ])("ignores %s", (_, data) => {
    expect(parseHeightMessage(data)).toBeUndefined();
  });
});

describe("parseHostMessage", () => {
  const keys = ["intro", "holdings-long-view"];

  it("accepts a height request and a request for one of the embed's own steps", () => {
    expect(parseHostMessage({ type: REQUEST_HEIGHT }, keys)).toEqual({ type: REQUEST_HEIGHT });
    expect(parseHostMessage({ type: SHOW_STEP, step: "holdings-long-view" }, keys)).toEqual({
      type: SHOW_STEP,
      step: "holdings-long-view",
    });
  });

  it.each([
    ["a bare string", "treasury-explainer:show-step"],
    ["an unknown type", { type: "treasury-explainer:reload" }],
    ["a step the embed does not have", { type: SHOW_STEP, step: "nope" }],
    ["a step given as an index", { type: SHOW_STEP, step: 1 }],
    ["a step with no value", { type: SHOW_STEP }],
    ["an inherited property", Object.create({ type: REQUEST_HEIGHT })],
  ])("ignores %s", (_, data) => {
    expect(parseHostMessage(data, keys)).toBeUndefined();
  });
});
