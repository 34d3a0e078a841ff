import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loaderScript, scriptsAfterPaint } from "../../../src/integrations/scripts-after-paint.mjs";

const csp =
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ` +
  `'sha256-AAAA'; style-src 'self'">`;
const page = (body: string) => `<!doctype html><html><head>${csp}</head><body>${body}</body></html>`;
const entry = (src: string) => `<script type="module" src="${src}"></script>`;
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");

describe("scriptsAfterPaint", () => {
  const html = page(
    `<p>Text</p>${entry("/explainer/_astro/Scrolly.js")}<script type="module">inline()</script>` +
      `${entry("/explainer/_astro/EmbedDialog.js")}<p>More</p>${entry("/explainer/_astro/EmbedDialog.js")}`,
  );
  const out = scriptsAfterPaint(html);

  it("takes every bundled module script out of the page, keeping the text and inline scripts where they were", () => {
    expect(out).not.toMatch(/<script type="module" src=/);
    expect(out).toContain('<p>Text</p><script type="module">inline()</script><p>More</p>');
  });

  it("loads each of them once, with its full URL (base path included), from one loader at the end of the body", () => {
    const loader = inlineScripts(out).at(-1) ?? "";
    expect(out.endsWith(`<script type="module">${loader}</script></body></html>`)).toBe(true);
    expect(loader).toBe(loaderScript(["/explainer/_astro/Scrolly.js", "/explainer/_astro/EmbedDialog.js"]));
    expect(loader.match(/import\(/g)).toHaveLength(2);
  });

  it("allows the loader in the page's Content-Security-Policy by its hash, and nothing else new", () => {
    const loader = inlineScripts(out).at(-1) ?? "";
    const hash = createHash("sha256").update(loader, "utf8").digest("base64");
    expect(out).toContain(`script-src 'self' 'sha256-${hash}' 'sha256-AAAA'; style-src 'self'`);
    expect(out).not.toContain("unsafe-inline");
  });

  it("marks the page once every script has run", () => {
    expect(loaderScript(["/a.js"])).toContain('document.documentElement.dataset.scripts="loaded"');
  });

  it("waits for the first large paint, with a fallback after load", () => {
    const loader = loaderScript(["/a.js"]);
    expect(loader).toContain('"largest-contentful-paint"');
    expect(loader).toContain('"paint"');
    expect(loader).toContain('addEventListener("load"');
  });

  it("leaves a page without bundled scripts exactly as it was", () => {
    const plain = page('<p>No scripts</p><script type="module">inline()</script>');
    expect(scriptsAfterPaint(plain)).toBe(plain);
  });

  it("refuses a page whose scripts it could not allow in its CSP", () => {
    const noCsp = `<!doctype html><html><head></head><body>${entry("/a.js")}</body></html>`;
    expect(() => scriptsAfterPaint(noCsp)).toThrow(/no CSP <meta>/);
  });
});
