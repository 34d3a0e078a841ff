import { describe, expect, it } from "vitest";
import type { Scene } from "../../../src/charts/scene";
import { type IdleScheduler, SceneStore } from "../../../src/scrolly/scene-store";

/** An idle scheduler the test runs by hand: `runIdle()` plays one idle period. */
function manualIdle() {
  const queue = new Map<number, () => void>();
  let handle = 0;
  const scheduler: IdleScheduler = {
    request: (callback) => {
      queue.set(++handle, callback);
      return handle;
    },
    cancel: (h) => void queue.delete(h),
  };
  const runIdle = () => {
    const [first] = queue;
    if (!first) return false;
    queue.delete(first[0]);
    first[1]();
    return true;
  };
  return { scheduler, runIdle, waiting: () => queue.size };
}

function store(steps = 5) {
  const computed: string[] = [];
  const idle = manualIdle();
  const scenes = new SceneStore((index, size) => {
    if (index < 0 || index >= steps) return undefined;
    computed.push(`${index}@${size.width}`);
    return { width: size.width, height: size.height, marks: [], clip: {} } as unknown as Scene;
  }, idle.scheduler);
  return { scenes, computed, idle };
}

const phone = { width: 380, height: 500 };

describe("SceneStore", () => {
  it("computes a step's scene once per size and hands the same scene back", () => {
    const { scenes, computed } = store();
    const first = scenes.get(2, phone);
    expect(scenes.get(2, phone)).toBe(first);
    expect(computed).toEqual(["2@380"]);
  });

  it("forgets every scene when the graphic changes size", () => {
    const { scenes, computed } = store();
    scenes.get(2, phone);
    scenes.get(2, { width: 700, height: 500 });
    scenes.get(2, phone);
    expect(computed).toEqual(["2@380", "2@700", "2@380"]);
  });

  it("readies the neighbours in idle time, one per idle period, so the next step only has to be drawn", () => {
    const { scenes, computed, idle } = store();
    scenes.get(2, phone);
    scenes.prefetch([3, 1], phone);
    expect(computed).toEqual(["2@380"]);
    idle.runIdle();
    expect(computed).toEqual(["2@380", "3@380"]);
    idle.runIdle();
    expect(computed).toEqual(["2@380", "3@380", "1@380"]);
    scenes.get(3, phone);
    expect(computed).toHaveLength(3);
    expect(idle.waiting()).toBe(0);
  });

  it("drops idle work that a resize has made stale", () => {
    const { scenes, computed, idle } = store();
    scenes.prefetch([3], phone);
    scenes.get(0, { width: 700, height: 500 });
    idle.runIdle();
    expect(computed).toEqual(["0@700"]);
  });

  it("replaces an earlier request rather than queueing both", () => {
    const { scenes, computed, idle } = store();
    scenes.prefetch([1, 3], phone);
    scenes.prefetch([4], phone);
    while (idle.runIdle());
    expect(computed).toEqual(["4@380"]);
  });

  it("stops at a step that does not exist instead of asking for it forever", () => {
    const { scenes, idle } = store(3);
    scenes.prefetch([5, -1], phone);
    let periods = 0;
    while (idle.runIdle()) periods++;
    expect(periods).toBe(2);
  });
});
