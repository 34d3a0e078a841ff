// The <qe-explorer> element: takes over the server-rendered explorer, enables its controls and redraws the
// teaching model's scene as the reader moves a slider, types an amount or ticks the announcement. Typed amounts
// are checked first; a refused one shows its message on the field and leaves the last valid picture in place.
import {
  applyCheck,
  checkTyped,
  type ExplorerChoice,
  type ExplorerField,
  sliderValue,
  toModelInputs,
  valueOf,
} from "../../charts/qe/explorer-input";
import { explorerAnnouncement, explorerReadout } from "../../charts/qe/explorer-readout";
import { qeExplorerScene } from "../../charts/qe/explorer-scene";
import { amountText } from "../../charts/qe/qe-format";
import { qeModel, type QeState } from "../../charts/qe/teaching-model";
import { motionDuration, renderScene } from "../../charts/render-scene";
import { isLang, type Lang } from "../../i18n/locales";

/** Wait this long after the last change before speaking, so dragging or typing is read out once, not per step. */
const ANNOUNCE_AFTER_MS = 400;

interface FieldParts {
  range: HTMLInputElement;
  number: HTMLInputElement;
  error: HTMLElement;
}

class QeExplorerElement extends HTMLElement {
  #lang: Lang = "ja";
  #choice: ExplorerChoice = { sellingBn: 0, purchasesBn: 0, announcement: false };
  #model: QeState | undefined;
  #svg: SVGSVGElement | undefined;
  #drawnWidth = 0;
  #teardown: Array<() => void> = [];
  #announceTimer: number | undefined;

  connectedCallback(): void {
    const lang = this.dataset.lang;
    this.#lang = isLang(lang) ? lang : "ja";
    this.#choice = {
      sellingBn: Number(this.dataset.selling ?? 0),
      purchasesBn: Number(this.dataset.purchases ?? 0),
      announcement: this.dataset.announcement === "true",
    };
    const frame = this.querySelector<HTMLElement>("[data-qe-frame]");
    const svgs = [...(frame?.querySelectorAll<SVGSVGElement>("svg") ?? [])];
    if (!frame || svgs.length === 0) return;
    // Keep one server frame to morph from; the script redraws it at the real width.
    this.#svg = svgs[0];
    for (const other of svgs.slice(1)) other.remove();
    this.#svg?.classList.remove("is-narrow", "is-wide");

    const fields = new Map<ExplorerField, FieldParts>();
    for (const field of ["selling", "purchases"] as const) {
      const root = this.querySelector<HTMLElement>(`[data-field="${field}"]`);
      const range = root?.querySelector<HTMLInputElement>("[data-range]");
      const number = root?.querySelector<HTMLInputElement>("[data-number]");
      const error = root?.querySelector<HTMLElement>("[data-error]");
      if (range && number && error) fields.set(field, { range, number, error });
    }
    for (const [field, parts] of fields) this.#wireField(field, parts);
    const announcement = this.querySelector<HTMLInputElement>("[data-announcement]");
    this.#listen(announcement, "change", () => {
      this.#choice = { ...this.#choice, announcement: announcement?.checked ?? false };
      this.#update(true);
    });

    const controls = this.querySelector<HTMLFieldSetElement>("[data-qe-controls]");
    if (controls) controls.disabled = false;
    const note = this.querySelector<HTMLElement>("[data-qe-noscript]");
    if (note) note.hidden = true;
    // The outcome table stands in for the controls without JavaScript; with them it is there on request.
    this.querySelector("[data-qe-outcomes]")?.removeAttribute("open");

    const resized = new ResizeObserver(() => this.#draw(false));
    resized.observe(frame);
    this.#teardown.push(() => resized.disconnect());
    this.#teardown.push(() => window.clearTimeout(this.#announceTimer));
    this.#update(false);
  }

  disconnectedCallback(): void {
    for (const teardown of this.#teardown.splice(0)) teardown();
  }

  #listen(target: EventTarget | null | undefined, type: string, handler: () => void): void {
    if (!target) return;
    target.addEventListener(type, handler);
    this.#teardown.push(() => target.removeEventListener(type, handler));
  }

  #wireField(field: ExplorerField, parts: FieldParts): void {
    this.#listen(parts.range, "input", () => {
      const value = sliderValue(field, parts.range.value);
      this.#choice =
        field === "selling" ? { ...this.#choice, sellingBn: value } : { ...this.#choice, purchasesBn: value };
      parts.number.value = String(value);
      this.#showError(parts, undefined);
      this.#update(true);
    });
    this.#listen(parts.number, "input", () => {
      const check = checkTyped(field, parts.number.value, parts.number.validity.badInput, this.#lang);
      if (!check.ok) {
        this.#showError(parts, check.message);
        return;
      }
      this.#choice = applyCheck(this.#choice, field, check);
      parts.range.value = String(check.value);
      this.#showError(parts, undefined);
      this.#update(true);
    });
  }

  #showError(parts: FieldParts, message: string | undefined): void {
    parts.error.textContent = message ?? "";
    parts.number.setAttribute("aria-invalid", message ? "true" : "false");
  }

  #update(animate: boolean): void {
    const model = qeModel(toModelInputs(this.#choice));
    this.#model = model;
    for (const item of explorerReadout(model, this.#lang)) {
      const out = this.querySelector<HTMLElement>(`[data-out="${item.key}"]`);
      if (out) out.textContent = item.value;
    }
    for (const field of ["selling", "purchases"] as const) {
      const range = this.querySelector<HTMLInputElement>(`[data-field="${field}"] [data-range]`);
      range?.setAttribute("aria-valuetext", amountText(valueOf(this.#choice, field), this.#lang));
    }
    this.#draw(animate, true);
    if (animate) this.#announceSoon();
  }

  #draw(animate: boolean, force = false): void {
    const svg = this.#svg;
    const model = this.#model;
    const width = Math.round(svg?.parentElement?.clientWidth ?? 0);
    if (!svg || !model || width === 0 || (!force && width === this.#drawnWidth)) return;
    renderScene(svg, qeExplorerScene(model, width, this.#lang), animate ? motionDuration(this) : 0);
    this.#drawnWidth = width;
    // Tests and embeds read what the picture shows.
    this.dataset.drawn = `${model.inputs.foreignSellingBn}/${model.inputs.fedPurchasesBn}/${model.inputs.credibility}`;
  }

  #announceSoon(): void {
    window.clearTimeout(this.#announceTimer);
    this.#announceTimer = window.setTimeout(() => {
      const live = this.querySelector<HTMLElement>("[data-qe-live]");
      if (live && this.#model) live.textContent = explorerAnnouncement(this.#model, this.#lang);
    }, ANNOUNCE_AFTER_MS);
  }
}

/** Registers the element once, however many explorers the page has. */
export function defineQeExplorer(): void {
  if (!customElements.get("qe-explorer")) customElements.define("qe-explorer", QeExplorerElement);
}
