// Embeds as a teacher's course page meets them: a host page on another origin (another port) with a plain
// iframe, or with the auto-height loader, and messages from windows the embed must not trust.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";

let host: Server;
let hostOrigin = "";
/** Host pages by path, written per test. */
const hostPages = new Map<string, string>();

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const html = hostPages.get(new URL(req.url ?? "/", "http://host").pathname);
    res.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" }).end(html ?? "Not found");
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** A course page with the snippet the embed dialog gives, optionally with the loader. */
function coursePage(name: string, site: string, embedPath: string, { loader = false, sibling = false } = {}) {
  hostPages.set(
    `/${name}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title>
<style>body{margin:0 auto;max-width:900px;padding:16px;font-family:sans-serif}</style></head><body>
<h1>Week 3: bond markets</h1><p>Work through the chart, then answer the questions below.</p>
<iframe id="embed" src="${site}${embedPath}" title="Embedded chart" width="100%" height="740" loading="lazy"
 style="width:100%;max-width:100%;border:0"></iframe>
${sibling ? `<iframe id="sibling" title="Another widget" srcdoc="<p>widget</p>"></iframe>` : ""}
<p id="after">Questions follow the embed.</p>
${loader ? `<script src="${site}/embed.js" async></script>` : ""}
</body></html>`,
  );
  return `${hostOrigin}/${name}`;
}

const frameState = (frame: FrameLocator) =>
  frame.locator("[data-stepper-group][data-active] [data-stepper-frame]");
const iframeHeight = (page: Page) =>
  page.locator("#embed").evaluate((el) => Math.round(el.getBoundingClientRect().height));

/** The embed's content height, measured inside the frame: its bar and steps plus the controls. */
const contentHeight = (frame: FrameLocator) =>
  frame.locator("[data-stepper-body]").evaluate((body) => {
    const controls = document.querySelector(".stepper__controls")!;
    return Math.ceil(body.getBoundingClientRect().bottom + scrollY + controls.getBoundingClientRect().height);
  });

test("a plain iframe on another site is a complete stepper, by click and by keyboard", async ({
  page,
  baseURL,
}) => {
  await page.goto(coursePage("plain", baseURL!, "/en/embed/chart/holdings/"));
  const frame = page.frameLocator("#embed");
  await expect(frame.locator("[data-stepper][data-ready]")).toBeAttached();
  await expect(frameState(frame)).toHaveAttribute("data-state", "long-view");

  await frame.getByRole("button", { name: "Next" }).click();
  await expect(frameState(frame)).toHaveAttribute("data-state", "china-peak");
  await expect(frame.locator("[data-stepper-counter]")).toHaveText("Step 2 of 5");

  // Focus is in the frame now: the arrow keys step, and Tab reaches the buttons.
  const hostScroll = await page.evaluate(() => scrollY);
  await page.keyboard.press("ArrowRight");
  await expect(frameState(frame)).toHaveAttribute("data-state", "japan-path");
  await page.keyboard.press("ArrowLeft");
  await expect(frameState(frame)).toHaveAttribute("data-state", "china-peak");
  await frame.getByRole("button", { name: "Back" }).focus();
  await page.keyboard.press("Enter");
  await expect(frameState(frame)).toHaveAttribute("data-state", "long-view");

  // Stepping never scrolls the course page, and the frame keeps the height the snippet gave it.
  expect(await page.evaluate(() => scrollY)).toBe(hostScroll);
  expect(await iframeHeight(page)).toBe(740);
});

test("with the loader, the iframe takes the content's height and follows it when the width changes", async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(coursePage("loader", baseURL!, "/en/embed/chart/yield/", { loader: true }));
  const frame = page.frameLocator("#embed");
  await expect(frame.locator("[data-stepper][data-ready]")).toBeAttached();
  await expect.poll(async () => (await iframeHeight(page)) - (await contentHeight(frame))).toBe(0);
  const wide = await iframeHeight(page);
  expect(wide).not.toBe(740);

  await page.setViewportSize({ width: 375, height: 800 });
  await expect.poll(async () => (await iframeHeight(page)) - (await contentHeight(frame))).toBe(0);
  expect(await iframeHeight(page)).not.toBe(wide);

  // The whole stepper shows without scrolling inside the frame.
  const innerOverflow = await frame.locator("html").evaluate((html) => html.scrollHeight - html.clientHeight);
  expect(innerOverflow).toBeLessThanOrEqual(1);
});

test("with the loader, a chapter embed's frame follows each step's height", async ({ page, baseURL }) => {
  await page.goto(coursePage("chapter", baseURL!, "/en/embed/sell-off/", { loader: true }));
  const frame = page.frameLocator("#embed");
  await expect(frame.locator("[data-stepper][data-ready]")).toBeAttached();
  await expect.poll(async () => (await iframeHeight(page)) - (await contentHeight(frame))).toBe(0);
  const intro = await iframeHeight(page);
  await frame.getByRole("button", { name: "Next" }).click();
  await expect.poll(async () => (await iframeHeight(page)) - (await contentHeight(frame))).toBe(0);
  expect(await iframeHeight(page)).not.toBe(intro);
});

test("messages the embed must not trust change nothing and raise no error", async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(
    coursePage("hostile", baseURL!, "/en/embed/chart/holdings/", { loader: true, sibling: true }),
  );
  const frame = page.frameLocator("#embed");
  await expect(frame.locator("[data-stepper][data-ready]")).toBeAttached();
  await frame.getByRole("button", { name: "Next" }).click();
  await expect(frameState(frame)).toHaveAttribute("data-state", "china-peak");
  await expect.poll(async () => (await iframeHeight(page)) - (await contentHeight(frame))).toBe(0);
  const settledHeight = await iframeHeight(page);

  // Record every state the graphic takes from now on.
  const embedFrame = page.frames().find((f) => f.url().includes("/embed/chart/holdings/"))!;
  await embedFrame.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => {
      const state = document.querySelector<HTMLElement>(
        "[data-stepper-group][data-active] [data-stepper-frame]",
      )?.dataset.state;
      if (state) seen.push(state);
    }).observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: ["data-state", "data-active"],
    });
  });

  await page.evaluate(() => {
    const embed = (document.getElementById("embed") as HTMLIFrameElement).contentWindow!;
    const show = "treasury-explainer:show-step";
    // Malformed messages from the parent.
    for (const data of [
      null,
      "treasury-explainer:show-step",
      42,
      [show, "after-april"],
      { type: show },
      { type: show, step: 4 },
      { type: show, step: "no-such-step" },
      { type: show, step: "after-april".repeat(100) },
      { type: "treasury-explainer:reload" },
      { type: "treasury-explainer:height", id: "en/chart/holdings", height: 10 },
    ]) {
      embed.postMessage(data, "*");
    }
    // A well-formed message from a window that is not the embed's parent.
    const sibling = (document.getElementById("sibling") as HTMLIFrameElement).contentWindow!;
    (sibling as unknown as { eval(code: string): void }).eval(
      `parent.frames[0].postMessage({ type: "${show}", step: "after-april" }, "*")`,
    );
    // Height reports the loader must not believe: from the host page itself, and from the sibling.
    window.postMessage({ type: "treasury-explainer:height", id: "en/chart/holdings", height: 20 }, "*");
    (sibling as unknown as { eval(code: string): void }).eval(
      `parent.postMessage({ type: "treasury-explainer:height", id: "en/chart/holdings", height: 20 }, "*")`,
    );
    // Last, a well-formed message from the parent: when it has been handled, so have all the others.
    embed.postMessage({ type: show, step: "japan-path" }, "*");
  });

  await expect(frameState(frame)).toHaveAttribute("data-state", "japan-path");
  expect(await embedFrame.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([
    "japan-path",
  ]);
  expect(await iframeHeight(page)).toBe(settledHeight);
  expect(errors).toEqual([]);
});
