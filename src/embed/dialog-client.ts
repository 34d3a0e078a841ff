// The "Embed this" dialog in the browser: fills it for the trigger that opened it, rebuilds the snippet as
// the reader changes language, start step, height or auto-height, copies it, and shows a live preview.
// Loaded on the first click of a trigger (dialog-triggers.ts), so pages cost nothing for readers who never embed.
import { type Lang, isLang } from "../i18n/locales";
import { REQUEST_HEIGHT, parseHeightMessage } from "./messages";
import { withStartStep } from "./paths";
import { clampEmbedHeight, embedSnippet } from "./snippet";
import { type EmbedTarget, parseEmbedTarget } from "./target";

/** Snippets are pasted into other sites, so every URL in them is absolute, from where this page is served. */
const absolute = (path: string) => new URL(path, location.href).href;

type Open = (target: EmbedTarget, trigger: HTMLElement) => void;
let openDialog: Open | undefined;

/** Opens the page's dialog for the chapter or chart that `trigger` names (wiring the dialog the first time). */
export function openEmbedDialog(trigger: HTMLElement): void {
  const target = parseEmbedTarget(trigger.dataset.embedOpen);
  openDialog ??= wireEmbedDialog();
  if (target && openDialog) openDialog(target, trigger);
}

function wireEmbedDialog(): Open | undefined {
  const dialog = document.querySelector<HTMLDialogElement>("dialog[data-embed-dialog]");
  if (!dialog) return undefined;
  const $ = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!;
  const heading = $<HTMLElement>("[data-embed-heading]");
  const languages = [...dialog.querySelectorAll<HTMLInputElement>("[data-embed-lang]")];
  const stepSelect = $<HTMLSelectElement>("[data-embed-step]");
  const heightInput = $<HTMLInputElement>("[data-embed-height]");
  const auto = $<HTMLInputElement>("[data-embed-auto]");
  const code = $<HTMLTextAreaElement>("[data-embed-code]");
  const status = $<HTMLElement>("[data-embed-status]");
  const preview = $<HTMLIFrameElement>("[data-embed-preview]");
  const beginning = stepSelect.options[0]?.cloneNode(true) as HTMLOptionElement;
  let target: EmbedTarget | undefined;
  let opener: HTMLElement | undefined;

  const chosenLang = (): Lang => {
    const value = languages.find((input) => input.checked)?.value;
    return isLang(value) ? value : "ja";
  };

  const update = () => {
    if (!target) return;
    const lang = chosenLang();
    const height = clampEmbedHeight(heightInput.valueAsNumber, target.height);
    const src = withStartStep(absolute(target.paths[lang]), stepSelect.value || undefined);
    const title = target.titles[lang];
    code.value = embedSnippet({
      src,
      title,
      height,
      loaderSrc: auto.checked ? absolute(dialog.dataset.loader ?? "") : undefined,
    });
    status.textContent = "";
    if (preview.getAttribute("src") !== src) preview.src = src;
    preview.title = (dialog.dataset.previewTitle ?? "{title}").replace("{title}", title);
    // Without auto-height the preview is the frame a teacher gets; with it, the embed's messages size it.
    if (!auto.checked) preview.style.height = `${height}px`;
    else preview.contentWindow?.postMessage({ type: REQUEST_HEIGHT }, location.origin);
  };

  const open = (next: EmbedTarget, trigger: HTMLElement) => {
    // A second click while the module was loading must not reopen the dialog under the reader.
    if (dialog.open) return;
    target = next;
    opener = trigger;
    heading.textContent = next.heading;
    const pageLang = document.documentElement.lang;
    for (const input of languages) input.checked = input.value === pageLang;
    stepSelect.replaceChildren(beginning.cloneNode(true));
    for (const step of next.steps) stepSelect.add(new Option(step.label, step.key));
    heightInput.value = String(next.height);
    auto.checked = false;
    update();
    dialog.showModal();
  };

  for (const input of [...languages, stepSelect, heightInput, auto]) input.addEventListener("input", update);
  $<HTMLButtonElement>("[data-embed-close]").addEventListener("click", () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) {
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (!inside) dialog.close();
    }
  });
  dialog.addEventListener("close", () => {
    // Stop the preview's page (and its messages) until the dialog opens again.
    preview.src = "about:blank";
    opener?.focus();
  });

  $<HTMLButtonElement>("[data-embed-copy]").addEventListener("click", async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no Clipboard API");
      await navigator.clipboard.writeText(code.value);
      status.textContent = dialog.dataset.copied ?? "";
    } catch {
      // Insecure contexts, denied permission, old browsers: select the code so Ctrl+C / ⌘C copies it.
      code.focus();
      code.select();
      status.textContent = dialog.dataset.copyFallback ?? "";
    }
  });

  addEventListener("message", (event) => {
    if (!dialog.open || !auto.checked) return;
    if (event.source !== preview.contentWindow || event.origin !== location.origin) return;
    const message = parseHeightMessage(event.data);
    if (message) preview.style.height = `${message.height}px`;
  });
  return open;
}
