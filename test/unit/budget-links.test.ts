// The build checks that run next to the size budget: the internal link check and the benchmark's script-free
// baseline page. (Named budget-* to sit with the budget tests.)
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { withoutScripts } from "../bench/baseline.ts";
import { checkLinks } from "../checks/links.ts";
import { srcsetUrls } from "../checks/references.ts";
import { builtSite } from "../checks/site.ts";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SITE = "https://example.org";

/** A miniature build for base `base`: page path below the base -> body HTML; plus a sitemap of `locs`. */
function build(base: string, pages: Record<string, string>, locs: string[], assets: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "links-test-"));
  folders.push(dir);
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  for (const [path, body] of Object.entries(pages)) {
    write(
      `${path}index.html`,
      `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
    );
  }
  for (const asset of assets) write(asset, "x");
  write(
    "sitemap.xml",
    `<urlset>${locs.map((l) => `<url><loc>${SITE}${base}${l}</loc></url>`).join("")}</urlset>`,
  );
  return dir;
}

describe("the internal link check", () => {
  it("accepts links to pages, anchors (also inside SVG graphics), assets and srcset candidates", async () => {
    const dir = build(
      "/",
      {
        "": '<a href="/en/#top">top</a><a href="en/">en</a><link rel="canonical" href="https://example.org/">',
        "en/":
          '<svg><g id="holdings-china"></g><use href="#holdings-china"></use></svg><a href="/#">home</a>' +
          '<img src="/img/a.png" srcset="/img/a.png 1x, /img/b.png 2x" alt=""><a href="/data/x.csv">csv</a>' +
          '<a href="https://fred.stlouisfed.org/series/DGS10">FRED</a><a href="/en/#holdings-china">chart</a>',
      },
      ["", "en/"],
      ["img/a.png", "img/b.png", "data/x.csv"],
    );
    const report = await checkLinks(builtSite(dir));
    expect(report.problems).toEqual([]);
    expect(report.external).toBe(1);
    expect(report.internal).toBeGreaterThan(8);
  });

  it("reports a missing page, a missing anchor, a folder without its slash and a missing sitemap URL", async () => {
    const dir = build(
      "/",
      {
        "en/":
          '<a href="/en/gone/">a</a><a href="/en/#nowhere">b</a><a href="/en">c</a><img src="/x.png" alt="">',
      },
      ["en/", "ja/"],
    );
    const problems = (await checkLinks(builtSite(dir))).problems;
    expect(problems).toEqual([
      '<a href> "/en/gone/": /en/gone/ is not in the build (on /en/)',
      '<a href> "/en/#nowhere": no element with id "nowhere" on /en/ (on /en/)',
      '<a href> "/en": /en is a folder; link to /en/ (on /en/)',
      '<img src> "/x.png": /x.png is not in the build (on /en/)',
      'sitemap <loc> "https://example.org/ja/": /ja/ is not in the build (on /sitemap.xml)',
    ]);
  });

  it("reports links that leave the sub-path a site was built for, absolute ones included", async () => {
    const dir = build(
      "/explainer/",
      {
        "en/":
          '<a href="/explainer/en/">ok</a><a href="/en/">root</a>' +
          '<link rel="canonical" href="https://example.org/en/">',
      },
      ["en/"],
    );
    const problems = (await checkLinks(builtSite(dir, "/explainer/"))).problems;
    expect(problems).toEqual([
      '<a href> "/en/" points outside the base path /explainer/ (on /explainer/en/)',
      '<link href> "https://example.org/en/" points outside the base path /explainer/ (on /explainer/en/)',
    ]);
  });

  it("checks the site's own URLs in any attribute and in oEmbed JSON, iframe snippets included", async () => {
    const dir = build(
      "/",
      { "en/": '<dialog data-loader="https://example.org/embed.js"></dialog>' },
      ["en/"],
      ["oembed/en.json"],
    );
    writeFileSync(
      join(dir, "oembed/en.json"),
      JSON.stringify({
        url: "https://example.org/en/",
        html: '<iframe src="https://example.org/en/embed/" title="t"></iframe>',
        provider_url: "https://elsewhere.example/",
      }),
    );
    expect((await checkLinks(builtSite(dir))).problems).toEqual([
      '<dialog data-loader> "https://example.org/embed.js": /embed.js is not in the build (on /en/)',
      'JSON "html" html "https://example.org/en/embed/": /en/embed/ is not in the build (on /oembed/en.json)',
    ]);
  });

  it("reads every URL of a srcset, with or without descriptors", () => {
    expect(srcsetUrls("a.png 1x, b.png 2x")).toEqual(["a.png", "b.png"]);
    expect(srcsetUrls("small.png 320w,large.png 1280w")).toEqual(["small.png", "large.png"]);
    expect(srcsetUrls("only.png")).toEqual(["only.png"]);
  });
});

describe("the benchmark's no-JavaScript baseline", () => {
  it("removes every script, module preload and inline handler and keeps the text, graphics and styles", () => {
    const page =
      '<head><link rel="modulepreload" href="/a.js"><style>p{}</style></head><body onload="go()">' +
      '<p>Yields <b>rose</b>.</p><svg><path d="M0 0"/></svg><script type="application/json" data-chart-data>{"x":1}' +
      '</script><script type="module" src="/_astro/entry.js"></script><button onclick="x()">b</button></body>';
    expect(withoutScripts(page)).toBe(
      "<head><style>p{}</style></head><body>" +
        '<p>Yields <b>rose</b>.</p><svg><path d="M0 0"/></svg><button>b</button></body>',
    );
  });
});
