// The embed stepper in the browser: one step at a time, moved by Back/Next, the left and right arrow keys,
// swipes, footnote links and validated messages from the host page. Chart steps redraw the live graphic at
// the frame's size, animating only between neighbouring steps of the same chart.
import { isLang, type Lang } from "../i18n/locales";
import type { ChartView } from "./chart-view";
import { startHeightReports } from "./height-reports";
import { REQUEST_HEIGHT, parseHostMessage } from "./messages";
import { keyDelta, moveStep, startStepIndex, swipeDelta } from "./stepper-state";

interface StepView {
  element: HTMLElement;
  key: string;
  group: HTMLElement;
  /** The chart state this step shows, with the chart section's view; undefined for text steps. */
  state: string | undefined;
  chart: ChartView | undefined;
}

function pageLang(): Lang {
  const lang = document.documentElement.lang;
  return isLang(lang) ? lang : "ja";
}

/** A fragment as an id; a malformed escape is no id rather than an error. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return "";
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** What a screen reader hears after a step change: the position, then what the step shows. */
function stepSummary(step: StepView): string {
  const element = step.element;
  const text =
    element.querySelector("[data-step-desc]")?.textContent ??
    (step.state ? element.querySelector(".stepper__text")?.textContent : undefined) ??
    element.querySelector("h1, h2, h3")?.textContent ??
    "";
  return text.replace(/\s+/g, " ").trim();
}

export async function startStepper(): Promise<void> {
  const root = document.querySelector<HTMLElement>("[data-stepper]");
  if (!root) return;
  const groups = [...root.querySelectorAll<HTMLElement>("[data-stepper-group]")];
  const chartGroups = groups.filter((group) => group.dataset.embedChart);
  const views = new Map<HTMLElement, ChartView>();
  const charts = chartGroups.length > 0 ? await import("./chart-view") : undefined;
  await Promise.all(
    chartGroups.map(async (group) => {
      const view = await charts?.loadChartView(group, pageLang());
      if (view) views.set(group, view);
    }),
  );
  const draw = (view: ChartView, state: string, animate: boolean) => charts?.drawChart(view, state, animate);
  const steps: StepView[] = [...root.querySelectorAll<HTMLElement>("[data-step-key]")].map((element) => {
    const group = element.closest<HTMLElement>("[data-stepper-group]") ?? root;
    const chart = views.get(group);
    return {
      element,
      key: element.dataset.stepKey ?? "",
      group,
      state: chart && element.dataset.state,
      chart,
    };
  });
  if (steps.length === 0) return;

  const prev = root.querySelector<HTMLButtonElement>("[data-stepper-prev]");
  const next = root.querySelector<HTMLButtonElement>("[data-stepper-next]");
  const counter = root.querySelector<HTMLElement>("[data-stepper-counter]");
  const live = root.querySelector<HTMLElement>("[data-stepper-live]");
  const open = root.querySelector<HTMLAnchorElement>("[data-stepper-open]");
  const template = counter?.dataset.template ?? "{i}/{n}";
  let active = -1;

  const show = (index: number, { animate, announce }: { animate: boolean; announce: boolean }) => {
    const step = steps[index];
    if (!step || index === active) return;
    const previous = steps[active];
    active = index;
    for (const group of groups) group.toggleAttribute("data-active", group === step.group);
    for (const s of steps) s.element.toggleAttribute("data-active", s === step);
    if (step.chart && step.state) {
      const neighbour = previous?.chart === step.chart && Math.abs(steps.indexOf(previous) - index) === 1;
      draw(step.chart, step.state, animate && neighbour);
    }
    const position = template.replace("{i}", String(index + 1)).replace("{n}", String(steps.length));
    if (counter) counter.textContent = position;
    prev?.setAttribute("aria-disabled", String(index === 0));
    next?.setAttribute("aria-disabled", String(index === steps.length - 1));
    if (live && announce) live.textContent = `${position}: ${stepSummary(step)}`;
    if (open?.dataset.href) {
      const anchor = step.element.dataset.anchor;
      open.href = anchor ? `${open.dataset.href}#${anchor}` : open.dataset.href;
    }
    // Focus inside a step that is now hidden would fall back to the page: keep it on the new step instead.
    if (previous?.element.contains(document.activeElement)) step.element.focus({ preventScroll: true });
    // In a fixed-height frame the reader may have scrolled to the controls: bring the new step's top back.
    if (root.getBoundingClientRect().top < 0) window.scrollTo({ top: 0, behavior: "instant" });
  };
  const go = (delta: number) =>
    show(moveStep(active, delta, steps.length), { animate: true, announce: true });

  const params = new URLSearchParams(location.search);
  show(
    startStepIndex(
      steps.map((s) => s.key),
      params.get("step"),
      fragmentId(location.hash),
    ),
    { animate: false, announce: false },
  );
  root.setAttribute("data-ready", "");

  prev?.addEventListener("click", () => go(-1));
  next?.addEventListener("click", () => go(1));
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target))
      return;
    const delta = keyDelta(event.key);
    if (delta === undefined) return;
    event.preventDefault();
    go(delta);
  });
  wireSwipe(root.querySelector<HTMLElement>("[data-stepper-body]") ?? root, go);

  // A footnote reference (or its way back) moves to the step that holds its target.
  root.addEventListener("click", (event) => {
    const link =
      event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
    const target = link && document.getElementById(fragmentId(link.hash));
    const index = target ? steps.findIndex((s) => s.element.contains(target)) : -1;
    if (!target || index < 0) return;
    event.preventDefault();
    show(index, { animate: false, announce: false });
    if (!target.hasAttribute("tabindex") && !target.matches("a[href], button")) target.tabIndex = -1;
    target.focus();
  });

  // Redraw the live graphic when its frame changes size (the host resized the iframe, a phone rotated).
  const resized = new ResizeObserver(() => {
    const step = steps[active];
    if (step?.chart && step.state) draw(step.chart, step.state, false);
  });
  for (const view of views.values()) resized.observe(view.frame);

  // The content's height: the bar and the steps as laid out, plus the controls, without the space the
  // stepper adds to fill a taller frame.
  const body = root.querySelector<HTMLElement>("[data-stepper-body]") ?? root;
  const controls = root.querySelector<HTMLElement>(".stepper__controls");
  const contentHeight = () =>
    body.getBoundingClientRect().bottom + window.scrollY + (controls?.getBoundingClientRect().height ?? 0);
  const heights = startHeightReports(root.dataset.embedId ?? "", contentHeight, [
    body,
    ...(controls ? [controls] : []),
  ]);
  const keys = steps.map((s) => s.key);
  addEventListener("message", (event) => {
    // Only the page that frames this one may ask, and only for what the protocol allows.
    if (window.parent === window || event.source !== window.parent) return;
    const message = parseHostMessage(event.data, keys);
    if (!message) return;
    if (message.type === REQUEST_HEIGHT) heights.report(true);
    else show(keys.indexOf(message.step), { animate: false, announce: true });
  });
}

/** Touch swipes left and right on the stepper move a step; vertical strokes stay scrolling. */
function wireSwipe(area: HTMLElement, go: (delta: number) => void): void {
  let start: { id: number; x: number; y: number; time: number } | undefined;
  area.addEventListener("pointerdown", (event) => {
    if (event.pointerType === "touch" && event.isPrimary) {
      start = { id: event.pointerId, x: event.clientX, y: event.clientY, time: event.timeStamp };
    }
  });
  area.addEventListener("pointerup", (event) => {
    if (!start || event.pointerId !== start.id) return;
    const delta = swipeDelta(event.clientX - start.x, event.clientY - start.y, event.timeStamp - start.time);
    start = undefined;
    if (delta !== 0) go(delta);
  });
  area.addEventListener("pointercancel", () => {
    start = undefined;
  });
}
