// A reader scrolling through a chapter on a slow phone: the page loads in a phone-sized viewport with the CPU
// slowed 4x (DevTools' CPU throttling), then wheel input scrolls it top to bottom at a steady pace while the page
// records long tasks (PerformanceObserver "longtask") and the interval between animation frames.
import type { Browser } from "@playwright/test";

export interface ScrollOptions {
  /** CPU slowdown factor (Emulation.setCPUThrottlingRate). */
  cpuSlowdown: number;
  /** Scroll speed in CSS pixels per second. */
  pxPerSecond: number;
  /** Give up on very long pages after this long. */
  maxSeconds: number;
}

export interface ScrollFigures {
  /** Durations (ms) of the long tasks that started while scrolling. */
  longTasks: number[];
  /** Sum over those tasks of the time beyond 50 ms: blocking time while scrolling. */
  blockingMs: number;
  frames: { count: number; p50: number; p95: number; over20msShare: number };
  scrolledPx: number;
  seconds: number;
}

interface Recorded {
  longTasks: { start: number; duration: number }[];
  frames: number[];
  start: number;
  end: number;
}

type BenchWindow = Window & { __bench: Recorded };

// Runs in the page before any of its own scripts.
function recorder() {
  const bench: Recorded = { longTasks: [], frames: [], start: Infinity, end: Infinity };
  (window as unknown as BenchWindow).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

export function frameStats(timestamps: number[]): ScrollFigures["frames"] {
  const intervals = timestamps.slice(1).map((t, i) => t - (timestamps[i] ?? t));
  return {
    count: intervals.length,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    over20msShare: intervals.length ? intervals.filter((d) => d > 20).length / intervals.length : Number.NaN,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureScroll(
  browser: Browser,
  url: string,
  options: ScrollOptions,
): Promise<ScrollFigures> {
  // Lighthouse's mobile screen (a mid-range Android phone).
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpuSlowdown });
    await page.addInitScript(recorder);
    await page.goto(url, { waitUntil: "networkidle" });
    await sleep(500);
    await page.mouse.move(206, 411);
    await page.evaluate(() => {
      const bench = (window as unknown as BenchWindow).__bench;
      bench.start = performance.now();
      const tick = (t: number) => {
        bench.frames.push(t);
        if (bench.end === Infinity) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // Wheel input every ~50 ms, each as far as the time since the last one allows, so the pace holds steady
    // however long a round trip to the page takes.
    const started = Date.now();
    let last = started;
    const atBottom = () =>
      page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
    while (!(await atBottom()) && Date.now() - started < options.maxSeconds * 1000) {
      await sleep(50);
      const now = Date.now();
      await page.mouse.wheel(0, (options.pxPerSecond * (now - last)) / 1000);
      last = now;
    }
    await sleep(500); // let the last step's work and animation finish inside the window
    const recorded = await page.evaluate(() => {
      const bench = (window as unknown as BenchWindow).__bench;
      bench.end = performance.now();
      return { ...bench, scrolledPx: scrollY };
    });
    const during = recorded.longTasks.filter((t) => t.start >= recorded.start && t.start <= recorded.end);
    const longTasks = during.map((t) => t.duration);
    return {
      longTasks,
      blockingMs: longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      frames: frameStats(recorded.frames),
      scrolledPx: recorded.scrolledPx,
      seconds: (recorded.end - recorded.start) / 1000,
    };
  } finally {
    await context.close();
  }
}
