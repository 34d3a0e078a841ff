import { describe, expect, it } from "vitest";
import { OEMBED_WIDTH, oembedDocument } from "../../../src/embed/oembed";
import { embedSnippet } from "../../../src/embed/snippet";

const variant = (lang: "ja" | "en", title: string) => ({
  lang,
  title,
  url: `https://s.example/${lang}/sell-off/`,
  oembed_url: `https://s.example/oembed/${lang}/sell-off.json`,
  html: embedSnippet({ src: `https://s.example/${lang}/embed/sell-off/`, title, height: 740 }),
});

describe("oembedDocument", () => {
  const ja = variant("ja", "二大債権国の後退");
  const en = variant("en", "Two big lenders step back");
  const doc = oembedDocument({
    variant: en,
    alternates: [ja, en],
    providerName: "The week Treasuries wobbled",
    providerUrl: "https://s.example/en/",
    height: 740,
  });

  it("is an oEmbed 1.0 rich document with every field the spec requires", () => {
    expect(doc).toMatchObject({
      version: "1.0",
      type: "rich",
      title: "Two big lenders step back",
      provider_name: "The week Treasuries wobbled",
      provider_url: "https://s.example/en/",
      width: OEMBED_WIDTH,
      height: 740,
    });
    expect(doc.html).toMatch(
      /^<iframe src="https:\/\/s\.example\/en\/embed\/sell-off\/"[^>]* loading="lazy"/,
    );
    expect(doc.html).not.toContain("<script");
  });

  it("names its language and lists both languages' variants", () => {
    expect(doc.lang).toBe("en");
    expect(doc.alternates.map((a) => [a.lang, a.oembed_url])).toEqual([
      ["ja", "https://s.example/oembed/ja/sell-off.json"],
      ["en", "https://s.example/oembed/en/sell-off.json"],
    ]);
  });
});
