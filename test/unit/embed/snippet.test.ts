import { describe, expect, it } from "vitest";
import {
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  clampEmbedHeight,
  embedSnippet,
} from "../../../src/embed/snippet";

describe("embedSnippet", () => {
  const options = {
    src: "https://site.example/en/embed/sell-off/?step=holdings-china-peak",
    title: "Two big lenders",
    height: 740,
  };

  it("is one iframe with a title, lazy loading, full width and the chosen height", () => {
    const html = embedSnippet(options);
    expect(html).toBe(
      '<iframe src="https://site.example/en/embed/sell-off/?step=holdings-china-peak" title="Two big lenders"' +
        ' width="100%" height="740" loading="lazy" style="width:100%;max-width:100%;border:0"></iframe>',
    );
  });

  it("adds the loader script only when auto-height is asked for", () => {
    const html = embedSnippet({ ...options, loaderSrc: "https://site.example/embed.js" });
    expect(html.split("\n")).toEqual([
      embedSnippet(options),
      '<script src="https://site.example/embed.js" async></script>',
    ]);
  });

  it("escapes quotes and angle brackets in titles and URLs", () => {
    const html = embedSnippet({ ...options, title: 'The "week" <b>', src: 'https://x.example/?a="b"&c' });
    expect(html).toContain('title="The &quot;week&quot; &lt;b&gt;"');
    expect(html).toContain('src="https://x.example/?a=&quot;b&quot;&amp;c"');
  });
});

describe("clampEmbedHeight", () => {
  it("keeps a typed height whole and within range, and falls back when it is not a number", () => {
    expect(clampEmbedHeight(612.4, 740)).toBe(612);
    expect(clampEmbedHeight(10, 740)).toBe(MIN_EMBED_HEIGHT);
    expect(clampEmbedHeight(1e6, 740)).toBe(MAX_EMBED_HEIGHT);
    expect(clampEmbedHeight(Number.NaN, 740)).toBe(740);
  });
});
