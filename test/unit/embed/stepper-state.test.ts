import { describe, expect, it } from "vitest";
import {
  SWIPE_MIN_DISTANCE,
  keyDelta,
  moveStep,
  startStepIndex,
  swipeDelta,
} from "../../../src/embed/stepper-state";

const keys = ["long-view", "china-peak", "japan-path"];

describe("startStepIndex", () => {
  it("opens at the step the URL names", () => {
    expect(startStepIndex(keys, "japan-path")).toBe(2);
  });

  it("falls back to the first step for a missing, empty or unknown value", () => {
    expect(startStepIndex(keys, null)).toBe(0);
    expect(startStepIndex(keys, "")).toBe(0);
    expect(startStepIndex(keys, "Japan-Path")).toBe(0);
    expect(startStepIndex(keys, "3")).toBe(0);
  });

  it("uses the first value that names a step (the query, then the fragment)", () => {
    expect(startStepIndex(keys, "nope", "china-peak")).toBe(1);
    expect(startStepIndex(keys, "long-view", "china-peak")).toBe(0);
  });
});

describe("moveStep", () => {
  it("moves by one and stops at both ends", () => {
    expect(moveStep(0, 1, 3)).toBe(1);
    expect(moveStep(2, 1, 3)).toBe(2);
    expect(moveStep(0, -1, 3)).toBe(0);
  });
});

describe("keyDelta", () => {
  it("steps with the left and right arrows and leaves up, down and other keys to the page", () => {
    expect(keyDelta("ArrowRight")).toBe(1);
    expect(keyDelta("ArrowLeft")).toBe(-1);
    expect(keyDelta("ArrowDown")).toBeUndefined();
    expect(keyDelta(" ")).toBeUndefined();
  });

  it("steps with Page Down and Page Up, the keys a presentation clicker sends", () => {
    expect(keyDelta("PageDown")).toBe(1);
    expect(keyDelta("PageUp")).toBe(-1);
  });
});

describe("swipeDelta", () => {
  it("goes forward on a quick swipe to the left and back on one to the right", () => {
    expect(swipeDelta(-80, 10, 200)).toBe(1);
    expect(swipeDelta(80, -10, 200)).toBe(-1);
  });

  it("ignores short, slow and mostly vertical strokes", () => {
    expect(swipeDelta(-(SWIPE_MIN_DISTANCE - 1), 0, 100)).toBe(0);
    expect(swipeDelta(-120, 0, 2000)).toBe(0);
    expect(swipeDelta(-60, 90, 150)).toBe(0);
  });
});
