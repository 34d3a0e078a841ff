// The size budget's arithmetic: which bytes count towards a page, and how a breach is reported.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { budgetBreaches, pageBudgetFor, parseBudgets, type Budgets } from "../checks/budget-rules.ts";
import { chartOfGlobKey, lazyImports, resolveSpecifier, staticImports } from "../checks/module-graph.ts";
import { gzipSize, total, weighSite, withoutHash, type PageWeight } from "../checks/page-weight.ts";
import { builtSite } from "../checks/site.ts";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A miniature build on disk: file path -> content. */
function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "budget-test-"));
  folders.push(dir);
  for (const [path, content] of Object.entries({ "sitemap.xml": "<urlset></urlset>", ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

// Shaped like Astro 7's output: an entry with an import.meta.glob map of chart chunks, which import a shared one.
const entry =
  'const m=Object.assign({"../charts/fed/chart.ts":()=>p(()=>import(`./chart.AAAAAAAA.js`),[]),' +
  '"../charts/yield/chart.ts":()=>p(()=>import(`./chart.BBBBBBBB.js`),[])});export{m as t};';
const chunk = (name: string) => `import{t as e}from"./d3-scale.CCCCCCCC.js";export default {id:"${name}"};`;

describe("reading the bundler's chunks", () => {
  it("finds static imports, re-exports and side-effect imports in minified code", () => {
    const source =
      'import{a as e,b as t}from"./a.js";import"./b.js";export{c}from"./c.js";export*from"./d.js";';
    expect(staticImports(source)).toEqual(["./a.js", "./b.js", "./c.js", "./d.js"]);
  });

  it("names each lazily imported chunk by the glob key that loads it", () => {
    expect(lazyImports(entry)).toEqual([
      { specifier: "./chart.AAAAAAAA.js", globKey: "../charts/fed/chart.ts" },
      { specifier: "./chart.BBBBBBBB.js", globKey: "../charts/yield/chart.ts" },
    ]);
    expect(chartOfGlobKey("../charts/yield/chart.ts")).toBe("yield");
    expect(chartOfGlobKey("./fed/chart.ts")).toBe("fed");
    expect(chartOfGlobKey("../components/other.ts")).toBeUndefined();
  });

  it("resolves relative and absolute specifiers, and refuses bare ones a browser cannot load", () => {
    expect(resolveSpecifier("./x.js", "/explainer/_astro/entry.js")).toBe("/explainer/_astro/x.js");
    expect(resolveSpecifier("/_astro/x.js", "/en/")).toBe("/_astro/x.js");
    expect(resolveSpecifier("d3-scale", "/_astro/entry.js")).toBeUndefined();
  });

  it("drops Vite's content hash from file names so budgets survive rebuilds", () => {
    expect(withoutHash("Scrolly.astro_astro_type_script_index_0_lang.DE9l9uzs.js")).toBe(
      "Scrolly.astro_astro_type_script_index_0_lang.js",
    );
    expect(withoutHash("_slug_.CoxOt1uM.css")).toBe("_slug_.css");
  });
});

describe("weighing a page", () => {
  const page = (body: string) =>
    `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.DDDDDDDD.css"><style>p{color:red}</style>` +
    `</head><body>${body}</body></html>`;
  const files = {
    "_astro/entry.EEEEEEEE.js": entry,
    "_astro/chart.AAAAAAAA.js": chunk("fed"),
    "_astro/chart.BBBBBBBB.js": chunk("yield"),
    "_astro/d3-scale.CCCCCCCC.js": "export const t=1;".repeat(50),
    "_astro/site.DDDDDDDD.css": "body{margin:0}",
    "en/yield/index.html": page(
      '<div data-scrolly="yield" data-chart-src="/charts/yield.json"></div>' +
        '<script type="module" src="/_astro/entry.EEEEEEEE.js"></script><script type="module">let a=1</script>',
    ),
    "en/about/index.html": page("<p>No graphics here.</p>"),
  };

  it("counts the entry, its imports and the chunks of the charts the page draws, not the others", async () => {
    const weights = await weighSite(builtSite(build(files)));
    const yieldPage = weights.find((w) => w.path === "/en/yield/");
    expect(yieldPage?.charts).toEqual(["yield"]);
    expect(yieldPage?.js.map((a) => a.label).sort()).toEqual([
      "charts/yield/chart.js",
      "d3-scale.js",
      "entry.js",
      "inline <script>",
    ]);
    expect(yieldPage?.js.find((a) => a.label === "d3-scale.js")?.gzip).toBe(
      gzipSize(files["_astro/d3-scale.CCCCCCCC.js"]),
    );
  });

  it("counts linked and inline CSS and the whole gzipped document", async () => {
    const dir = build(files);
    const about = (await weighSite(builtSite(dir))).find((w) => w.path === "/en/about/");
    expect(about?.js).toEqual([]);
    expect(about?.css.map((a) => a.label)).toEqual(["site.css", "inline <style>"]);
    expect(about?.html).toBe(gzipSize(readFileSync(join(dir, "en/about/index.html"))));
  });

  describe("code loaded only when the reader asks for it", () => {
    const withDownload = {
      ...files,
      "_astro/entry.EEEEEEEE.js": `${entry};document.onclick=()=>import("./download.FFFFFFFF.js");`,
      "_astro/download.FFFFFFFF.js": 'import{t}from"./d3-scale.CCCCCCCC.js";import"./file.GGGGGGGG.js";',
      "_astro/file.GGGGGGGG.js": "export const file=1;".repeat(20),
    };
    const yieldPage = async (onDemand: string[]) =>
      (await weighSite(builtSite(build(withDownload)), new Set(onDemand))).find(
        (w) => w.path === "/en/yield/",
      );

    it("is listed apart from the page's JavaScript when the budgets name it on demand", async () => {
      const page = await yieldPage(["download.js"]);
      expect(page?.js.map((a) => a.label)).not.toContain("download.js (on demand)");
      // d3-scale already runs with the page; only what the download adds is on demand.
      expect(page?.onDemand.map((a) => a.label)).toEqual(["download.js (on demand)", "file.js"]);
    });

    it("counts in full with the page when the budgets do not name it", async () => {
      const page = await yieldPage([]);
      expect(page?.js.map((a) => a.label)).toEqual(expect.arrayContaining(["download.js (lazy)", "file.js"]));
      expect(page?.onDemand).toEqual([]);
    });
  });

  it("fails loudly when a page draws a chart whose chunk its scripts never name", async () => {
    const broken = { ...files, "_astro/entry.EEEEEEEE.js": "export const t=1;" };
    await expect(weighSite(builtSite(build(broken)))).rejects.toThrow(/\/en\/yield\/ draws yield/);
  });

  it("reports a module that imports a file missing from the build", async () => {
    const broken = { ...files, "_astro/d3-scale.CCCCCCCC.js": 'import"./gone.js";' };
    await expect(weighSite(builtSite(build(broken)))).rejects.toThrow(/gone\.js is not in the build/);
  });
});

describe("applying the budgets", () => {
  const budgets: Budgets = {
    pages: [
      { match: "/", js: 1000, css: 1000, html: 1000 },
      { match: "/*/*/", js: 10_000, css: 3000, html: 50_000 },
    ],
    assets: { "engine.js": 6000, "charts/*/chart.js": 3000, "*.js": 8000, "*.css": 2000 },
    onDemand: [],
  };
  const weight = (path: string, js: PageWeight["js"]): PageWeight => ({
    path,
    html: 20_000,
    js,
    css: [{ label: "site.css", path: "/_astro/site.css", gzip: 1500 }],
    onDemand: [],
    charts: [],
  });

  it("reports an on-demand name that no page imports, so a renamed module cannot slip through", () => {
    const stale = { ...budgets, onDemand: ["gone.js"] };
    expect(budgetBreaches([weight("/en/trust/", [])], stale)).toEqual([
      "test/budgets.json lists gone.js as on demand, but no page imports a chunk of that name lazily",
    ]);
  });

  it("picks the first rule whose pattern matches, '*' standing for one path segment", () => {
    expect(pageBudgetFor(budgets, "/en/sell-off/")?.match).toBe("/*/*/");
    expect(pageBudgetFor(budgets, "/")?.match).toBe("/");
    expect(pageBudgetFor(budgets, "/en/")).toBeUndefined();
  });

  it("names the page, the total and the asset that grew past its own budget", () => {
    const page = weight("/en/sell-off/", [
      { label: "engine.js", path: "/_astro/engine.js", gzip: 5900 },
      { label: "charts/yield/chart.js", path: "/_astro/chart.js", gzip: 4500 },
    ]);
    expect(total(page.js)).toBe(10_400);
    expect(budgetBreaches([page], budgets)).toEqual([
      '/en/sell-off/ (rule "/*/*/"): JavaScript 10.4 kB > budget 10.0 kB; grown past their own budgets: ' +
        "charts/yield/chart.js 4.5 kB (budget 3.0 kB); all: engine.js 5.9 kB, charts/yield/chart.js 4.5 kB",
      "charts/yield/chart.js (/_astro/chart.js): 4.5 kB > budget 3.0 kB; loaded by /en/sell-off/",
    ]);
  });

  it("budgets a chart chunk by the chart pattern and any other unnamed chunk by the '*.js' pattern", () => {
    const page = weight("/en/sell-off/", [
      { label: "charts/qe/chart.js", path: "/_astro/chart.js", gzip: 3100 },
      { label: "preload-helper.js", path: "/_astro/preload-helper.js", gzip: 3100 },
    ]);
    expect(budgetBreaches([page], budgets)).toEqual([
      "charts/qe/chart.js (/_astro/chart.js): 3.1 kB > budget 3.0 kB; loaded by /en/sell-off/",
    ]);
  });

  it("says so when a page has no budget rather than passing it", () => {
    expect(budgetBreaches([weight("/en/", [])], budgets)).toEqual([
      "/en/: no page budget matches this page; add a rule for it to test/budgets.json",
    ]);
  });

  it("passes pages within every budget", () => {
    const page = weight("/ja/trust/", [{ label: "engine.js", path: "/_astro/engine.js", gzip: 5000 }]);
    expect(budgetBreaches([page], budgets)).toEqual([]);
  });

  it("rejects a budgets file with a misspelt or missing limit", () => {
    expect(() => parseBudgets({ pages: [{ match: "/", js: 1, css: 1, htm: 1 }], assets: {} })).toThrow(
      /pages\[0\]\.html must be bytes > 0/,
    );
    expect(() => parseBudgets({ pages: [], assets: {} })).toThrow(/non-empty/);
  });

  it("gives every kind of page the project builds its own rule in test/budgets.json", () => {
    const real = parseBudgets(JSON.parse(readFileSync("test/budgets.json", "utf8")));
    const kinds = {
      "/": "/",
      "/404.html": "/404.html",
      "/ja/": "/*/",
      "/en/glossary/": "/*/glossary/",
      "/ja/sources/": "/*/sources/",
      "/en/teachers/": "/*/teachers/",
      "/ja/teachers/sell-off/": "/*/teachers/*/",
      "/en/sell-off/": "/*/*/",
      "/ja/embed/sell-off/": "/*/embed/*/",
      "/ja/embed/chart/yield/": "/*/embed/chart/*/",
    };
    for (const [path, rule] of Object.entries(kinds))
      expect(pageBudgetFor(real, path)?.match, path).toBe(rule);
  });
});
