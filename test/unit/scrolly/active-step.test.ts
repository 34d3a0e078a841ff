import { describe, expect, it } from "vitest";
import { activeStepIndex, neighbourStep, stepsByDistance } from "../../../src/scrolly/active-step";

const box = (top: number, height = 300) => ({ top, bottom: top + height });

describe("activeStepIndex", () => {
  it("shows the first step while the section scrolls in, before any step reaches the trigger line", () => {
    expect(activeStepIndex([box(900), box(1800)], 800, 0.5)).toBe(0);
  });

  it("picks the last step whose top has passed the trigger line, as after a reload mid-page", () => {
    expect(activeStepIndex([box(-2000), box(-1000), box(350), box(1200)], 800, 0.5)).toBe(2);
  });

  it("lands on the right step after a fling to the end, whatever was active before", () => {
    expect(activeStepIndex([box(-4000), box(-3000), box(-2000), box(-1000)], 800, 0.5)).toBe(3);
  });

  it("moves the trigger line with the offset, as on phones", () => {
    const steps = [box(-500), box(500)];
    expect(activeStepIndex(steps, 800, 0.5)).toBe(0);
    expect(activeStepIndex(steps, 800, 0.75)).toBe(1);
  });
});

describe("neighbourStep", () => {
  it("moves one step and stops at either end", () => {
    expect(neighbourStep(0, -1, 5)).toBe(0);
    expect(neighbourStep(0, 1, 5)).toBe(1);
    expect(neighbourStep(4, 1, 5)).toBe(4);
  });
});

describe("stepsByDistance", () => {
  it("readies the next step first, then the previous, then further out", () => {
    expect(stepsByDistance(2, 6)).toEqual([3, 1, 4, 0, 5]);
  });

  it("covers every other step exactly once from either end", () => {
    expect(stepsByDistance(0, 4)).toEqual([1, 2, 3]);
    expect(stepsByDistance(3, 4)).toEqual([2, 1, 0]);
    expect(stepsByDistance(0, 1)).toEqual([]);
  });
});
