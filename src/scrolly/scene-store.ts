// The scenes of one graphic, by step, at the size it is drawn. The steps next to the one in view are computed
// while the browser is idle, so a reader moving to them pays only for drawing: on a slow phone, computing a
// scene and drawing it in the same frame made some step changes take over 50 ms.
import type { Scene } from "../charts/scene";

export interface Size {
  width: number;
  height: number;
}

type Compute = (index: number, size: Size) => Scene | undefined;

export interface IdleScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/** requestIdleCallback where the browser has it (Safari does not); elsewhere a short timeout. */
const browserIdle: IdleScheduler =
  typeof requestIdleCallback === "function"
    ? {
        request: (callback) => requestIdleCallback(callback, { timeout: 1000 }),
        // Called as a function: the browser refuses cancelIdleCallback with any other `this` than window.
        cancel: (handle) => cancelIdleCallback(handle),
      }
    : {
        request: (callback) => window.setTimeout(callback, 16),
        cancel: (handle) => window.clearTimeout(handle),
      };

export class SceneStore {
  private readonly compute: Compute;
  private readonly idle: IdleScheduler;
  private readonly scenes = new Map<number, Scene>();
  private sizeKey = "";
  private pending: number | undefined;

  constructor(compute: Compute, idle: IdleScheduler = browserIdle) {
    this.compute = compute;
    this.idle = idle;
  }

  /** Scenes are kept for one size only: a resize makes every stored scene wrong. */
  private use(size: Size): void {
    const key = `${size.width}x${size.height}`;
    if (key === this.sizeKey) return;
    this.sizeKey = key;
    this.scenes.clear();
  }

  /** The scene of step `index` at `size`, computed now if it was not ready. */
  get(index: number, size: Size): Scene | undefined {
    this.use(size);
    let scene = this.scenes.get(index);
    if (scene === undefined) {
      scene = this.compute(index, size);
      if (scene !== undefined) this.scenes.set(index, scene);
    }
    return scene;
  }

  /** Computes the scenes of `indices` at `size` in idle time, one per idle period; replaces any earlier request. */
  prefetch(indices: number[], size: Size): void {
    if (this.pending !== undefined) this.idle.cancel(this.pending);
    this.pending = undefined;
    this.use(size);
    const key = this.sizeKey;
    const queue = indices.filter((i) => !this.scenes.has(i));
    const next = () => {
      const index = queue.shift();
      if (index === undefined) return;
      this.pending = this.idle.request(() => {
        this.pending = undefined;
        // Resized since: the next draw asks again for the new size.
        if (key !== this.sizeKey) return;
        this.get(index, size);
        next();
      });
    };
    next();
  }
}
