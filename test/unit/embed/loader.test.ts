// public/embed.js, the script a host page adds for auto-height, run against a stand-in page.
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const source = readFileSync(new URL("../../../public/embed.js", import.meta.url), "utf8");
const SITE = "https://explainer.example";

interface FakeFrame {
  src: string;
  style: { height?: string };
  contentWindow: { posted: Array<[unknown, string]>; postMessage(data: unknown, origin: string): void };
}

function frame(src: string): FakeFrame {
  const contentWindow = {
    posted: [] as Array<[unknown, string]>,
    postMessage(data: unknown, origin: string) {
      this.posted.push([data, origin]);
    },
  };
  return { src, style: {}, contentWindow };
}

/** A host page with these iframes; returns a way to deliver "message" events to the loader. */
function hostPage(frames: FakeFrame[], times = 1) {
  const attributes = new Set<string>();
  const listeners: Array<(event: unknown) => void> = [];
  const window = {
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (type === "message") listeners.push(listener);
    },
  };
  const document = {
    currentScript: { src: `${SITE}/explainer/embed.js` },
    documentElement: {
      hasAttribute: (name: string) => attributes.has(name),
      setAttribute: (name: string) => attributes.add(name),
    },
    getElementsByTagName: () => frames,
  };
  for (let i = 0; i < times; i++) {
    runInNewContext(source, { window, document, location: { href: "https://school.example/course/" }, URL });
  }
  const deliver = (event: { origin: string; source: unknown; data: unknown }) => {
    for (const listener of listeners) listener(event);
  };
  return { deliver, listeners };
}

const height = (h: unknown, id: unknown = "en/sell-off") => ({
  type: "treasury-explainer:height",
  id,
  height: h,
});

describe("public/embed.js", () => {
  it("sets the height of the iframe whose window reported it, rounded up", () => {
    const embed = frame(`${SITE}/explainer/en/embed/sell-off/`);
    const other = frame(`${SITE}/explainer/en/embed/chart/yield/`);
    const { deliver } = hostPage([embed, other]);
    deliver({ origin: SITE, source: embed.contentWindow, data: height(812.3) });
    expect(embed.style.height).toBe("813px");
    expect(other.style.height).toBeUndefined();
  });

  it("ignores reports from another site, from windows that are not its iframes, and malformed ones", () => {
    const embed = frame(`${SITE}/explainer/en/embed/sell-off/`);
    const { deliver } = hostPage([embed]);
    deliver({ origin: "https://evil.example", source: embed.contentWindow, data: height(500) });
    deliver({ origin: SITE, source: {}, data: height(500) });
    for (const data of [
      null,
      "height:500",
      height("500"),
      height(Number.NaN),
      height(-1),
      height(20_001),
      height(500, 7),
      { ...height(500), type: "other" },
    ]) {
      deliver({ origin: SITE, source: embed.contentWindow, data });
    }
    expect(embed.style.height).toBeUndefined();
  });

  it("asks this site's iframes already on the page for their height, and no one else", () => {
    const embed = frame(`${SITE}/explainer/ja/embed/sell-off/`);
    const video = frame("https://video.example/player/1");
    hostPage([embed, video]);
    expect(embed.contentWindow.posted).toEqual([[{ type: "treasury-explainer:request-height" }, SITE]]);
    expect(video.contentWindow.posted).toEqual([]);
  });

  it("listens once however many snippets include it", () => {
    expect(hostPage([], 3).listeners).toHaveLength(1);
  });

  it("stays well under 2 KB gzipped", () => {
    expect(gzipSync(source).length).toBeLessThan(1536);
  });
});
