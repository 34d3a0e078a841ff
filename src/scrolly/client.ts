// The scroll engine, once per page: one scrollama instance for every step, one ResizeObserver for every
// graphic, and a reconcile pass whenever scrolling settles so that loads, reloads, flings and anchor jumps all
// end on the step in view.
import scrollama from "scrollama";
import type { AnyChart } from "../charts/chart";
import { loadLiveChart } from "../charts/live-chart";
import { motionDuration, renderScene } from "../charts/render-scene";
import { isLang, type Lang } from "../i18n/locales";
import { activeStepIndex, neighbourStep, stepsByDistance } from "./active-step";
import { wireProbe } from "./probe-client";
import { SceneStore, type Size } from "./scene-store";

interface ScrollyView {
  root: HTMLElement;
  chart: AnyChart;
  data: never;
  svg: SVGSVGElement;
  steps: HTMLElement[];
  scenes: SceneStore;
  active: number;
  /** The step whose scene is drawn, and at which size. */
  drawn: { index: number; width: number; height: number } | undefined;
  /** When the drawn step last changed (performance.now()). */
  changedAt: number;
}

/** Step changes closer together than this are a fling or a jump, not reading. */
const FLING_INTERVAL_MS = 250;

const MOBILE_OFFSET = 0.75;
const DESKTOP_OFFSET = 0.5;
const desktop = matchMedia("(min-width: 60em)");
const triggerOffset = () => (desktop.matches ? DESKTOP_OFFSET : MOBILE_OFFSET);

function pageLang(): Lang {
  const lang = document.documentElement.lang;
  return isLang(lang) ? lang : "ja";
}

async function createView(root: HTMLElement): Promise<ScrollyView | undefined> {
  const svg = root.querySelector<SVGSVGElement>("[data-scrolly-frame] svg");
  const live = svg ? await loadLiveChart(root.dataset.scrolly, root.dataset.chartSrc) : undefined;
  if (!svg || !live) return undefined;
  const { chart, data } = live;
  const steps = [...root.querySelectorAll<HTMLElement>(".step")];
  const lang = pageLang();
  return {
    root,
    chart,
    data,
    svg,
    steps,
    scenes: new SceneStore((index, size) => {
      const state = chart.states[index];
      return state === undefined ? undefined : chart.scene(data, state, size, lang);
    }),
    active: 0,
    drawn: undefined,
    changedAt: -Infinity,
  };
}

/** The graphic's frame in whole CSS pixels; undefined while it is not laid out (hidden, printing). */
function frameSize(view: ScrollyView): Size | undefined {
  const box = view.svg.parentElement?.getBoundingClientRect();
  if (!box || box.width === 0 || box.height === 0) return undefined;
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

function draw(view: ScrollyView, animate: boolean, size = frameSize(view)): void {
  if (!size) return;
  const { width, height } = size;
  const { drawn } = view;
  if (drawn && drawn.index === view.active && drawn.width === width && drawn.height === height) return;
  const state = view.chart.states[view.active];
  const scene = view.scenes.get(view.active, size);
  if (state === undefined || scene === undefined) return;
  // Only a move to a neighbouring step, at a reading pace, animates. Jumps, flings, resizes and the first
  // frame go straight to the end state, so a fast scroll never replays every step's animation.
  const now = performance.now();
  const neighbour = drawn !== undefined && Math.abs(drawn.index - view.active) === 1 && drawn.width === width;
  const readingPace = now - view.changedAt > FLING_INTERVAL_MS;
  renderScene(view.svg, scene, animate && neighbour && readingPace ? motionDuration(view.root) : 0);
  view.drawn = { index: view.active, width, height };
  view.changedAt = now;
  // Tests and the embed stepper read which state the graphic shows.
  if (view.svg.parentElement) view.svg.parentElement.dataset.state = state;
  // Have the other steps ready before the reader gets there, nearest first (the next one before the previous).
  view.scenes.prefetch(stepsByDistance(view.active, view.chart.states.length), size);
}

function announce(view: ScrollyView): void {
  const step = view.steps[view.active];
  const counter = view.root.querySelector<HTMLElement>("[data-step-counter]");
  const template = counter?.dataset.template ?? "{i}/{n}";
  const position = template.replace("{i}", String(view.active + 1)).replace("{n}", String(view.steps.length));
  if (counter) counter.textContent = position;
  const live = view.root.querySelector<HTMLElement>("[data-scrolly-live]");
  const description = step?.querySelector("[data-step-desc]")?.textContent ?? "";
  if (live) live.textContent = `${position}: ${description}`;
  view.root.querySelector<HTMLButtonElement>("[data-step-prev]")!.disabled = view.active === 0;
  view.root.querySelector<HTMLButtonElement>("[data-step-next]")!.disabled =
    view.active === view.steps.length - 1;
  view.steps.forEach((s, i) => s.classList.toggle("is-active", i === view.active));
}

/**
 * The language switch keeps the reader's place: the active step of the section being read (`reading`, from
 * `views.find(isInView)`), if any.
 */
function updateLanguageSwitch(reading: ScrollyView | undefined): void {
  const langSwitch = document.querySelector<HTMLAnchorElement>("a[data-lang-switch]");
  if (!langSwitch) return;
  const step = reading?.steps[reading.active];
  langSwitch.hash = step ? step.id : "";
}

function activate(view: ScrollyView, index: number, animate: boolean, size?: Size): void {
  if (index === view.active && view.drawn) return;
  view.active = index;
  draw(view, animate, size);
  announce(view);
}

let allViews: ScrollyView[] = [];

/**
 * While a keyboard move scrolls the page, the step the reader chose wins over the geometry of the moment:
 * a second key press can interrupt a smooth scroll halfway, and the steps passed on the way must not take over.
 */
let keyboardTarget: { view: ScrollyView; index: number } | undefined;

/** Geometry wins over trigger history: recompute every scrolly's step from where the steps are now. */
function reconcile(views: ScrollyView[], animate: boolean): void {
  if (keyboardTarget) return;
  // Every box is read before anything is drawn: a read after a write makes the browser lay out the whole page
  // again, which on a slow phone turned one scroll step into a task over 50 ms.
  const measured = views.map((view) => ({
    view,
    index: activeStepIndex(
      view.steps.map((s) => s.getBoundingClientRect()),
      window.innerHeight,
      triggerOffset(),
    ),
    size: frameSize(view),
  }));
  const reading = views.find(isInView);
  for (const { view, index, size } of measured) activate(view, index, animate, size);
  updateLanguageSwitch(reading);
}

/** Where a step's top sits after keyboard navigation: a little above the trigger line, below a phone's graphic. */
const READING_POSITION_ABOVE_TRIGGER = 0.13;

function goToStep(view: ScrollyView, index: number): void {
  const step = view.steps[index];
  if (!step) return;
  const smooth = motionDuration(view.root) > 0;
  const targetTop = window.innerHeight * (triggerOffset() - READING_POSITION_ABOVE_TRIGGER);
  const distance = step.getBoundingClientRect().top - targetTop;
  // No scroll (and so no scrollend) when the step is already in place.
  keyboardTarget = Math.abs(distance) >= 1 ? { view, index } : undefined;
  window.scrollTo({ top: window.scrollY + distance, behavior: smooth ? "smooth" : "instant" });
  step.focus({ preventScroll: true });
  history.replaceState(history.state, "", `#${step.id}`);
  const reading = allViews.find(isInView);
  activate(view, index, true);
  updateLanguageSwitch(reading);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function wireKeyboard(views: ScrollyView[]): void {
  for (const view of views) {
    view.root
      .querySelector("[data-step-prev]")
      ?.addEventListener("click", () => goToStep(view, neighbourStep(view.active, -1, view.steps.length)));
    view.root
      .querySelector("[data-step-next]")
      ?.addEventListener("click", () => goToStep(view, neighbourStep(view.active, 1, view.steps.length)));
  }
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
      return;
    const focused = views.find((v) => v.root.contains(document.activeElement));
    const arrows = event.key === "ArrowDown" || event.key === "ArrowUp";
    // Arrow keys scroll the page as usual unless focus is inside a scrolly; j/k work anywhere on the page.
    const view = focused ?? (arrows ? undefined : views.find(isInView));
    if (!view) return;
    const delta =
      event.key === "ArrowDown" || event.key === "j"
        ? 1
        : event.key === "ArrowUp" || event.key === "k"
          ? -1
          : 0;
    if (delta === 0) return;
    event.preventDefault();
    goToStep(view, neighbourStep(view.active, delta, view.steps.length));
  });
}

function isInView(view: ScrollyView): boolean {
  const box = view.root.getBoundingClientRect();
  return box.top < window.innerHeight * 0.5 && box.bottom > window.innerHeight * 0.5;
}

export async function startScrollies(): Promise<void> {
  const roots = [...document.querySelectorAll<HTMLElement>("[data-scrolly]")];
  const views = (await Promise.all(roots.map(createView))).filter((v): v is ScrollyView => v !== undefined);
  if (views.length === 0) return;
  allViews = views;

  // scrollama tells us when a step crosses the trigger line; where the steps are now decides which one is
  // active. A burst of triggers (a fling, or stale ones after a resize) collapses into one update per frame.
  let pending: number | undefined;
  const scroller = scrollama();
  scroller.setup({ step: views.flatMap((v) => v.steps), offset: triggerOffset() as 0.5 }).onStepEnter(() => {
    if (pending !== undefined) return;
    pending = requestAnimationFrame(() => {
      pending = undefined;
      reconcile(views, true);
    });
  });

  const settle = () => reconcile(views, false);
  addEventListener(
    "scrollend",
    () => {
      keyboardTarget = undefined;
      settle();
    },
    { passive: true },
  );
  // A reader who takes over with the wheel or a touch ends the keyboard move at once.
  for (const type of ["wheel", "touchstart"] as const) {
    addEventListener(type, () => (keyboardTarget = undefined), { passive: true });
  }
  addEventListener("hashchange", settle);
  // scrollama's typings name this method offsetTrigger; the library itself calls it offset.
  const setOffset = (scroller as unknown as { offset(value: number): void }).offset;
  desktop.addEventListener("change", () => setOffset(triggerOffset()));

  // Viewport changes (rotation, zoom, the mobile URL bar) move trigger lines: recompute them once per frame.
  let resizeFrame: number | undefined;
  const relayout = () => {
    if (resizeFrame !== undefined) return;
    resizeFrame = requestAnimationFrame(() => {
      resizeFrame = undefined;
      for (const view of views) draw(view, false);
      scroller.resize();
      settle();
    });
  };
  addEventListener("resize", relayout, { passive: true });
  const resized = new ResizeObserver(relayout);
  for (const view of views) if (view.svg.parentElement) resized.observe(view.svg.parentElement);

  wireKeyboard(views);
  for (const view of views) {
    wireProbe({
      chart: view.chart,
      data: view.data,
      svg: view.svg,
      lang: pageLang(),
      state: () => (view.drawn ? view.chart.states[view.drawn.index] : undefined),
    });
  }

  // First frame, once keys and buttons are wired: the step in view (after a reload, a deep link or restored
  // scroll), drawn without animation, one graphic per task: drawing every chart of a chapter in one go blocked
  // input for over 100 ms on a slow phone. The last pass draws nothing new; it settles the language switch.
  for (const view of views) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!view.drawn) reconcile([view], false);
  }
  reconcile(views, false);
}
