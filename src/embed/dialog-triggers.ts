// The "Embed this" buttons: laid out from the first paint (not shown at all without scripting) but disabled
// until this runs, so an early click is never silently lost. The dialog's code (dialog-client.ts) loads on the
// first click.
export function wireEmbedTriggers(): void {
  if (!document.querySelector("dialog[data-embed-dialog]")) return;
  for (const trigger of document.querySelectorAll<HTMLButtonElement>("[data-embed-open]")) {
    trigger.hidden = false;
    trigger.disabled = false;
    trigger.addEventListener("click", async () => {
      const { openEmbedDialog } = await import("./dialog-client");
      openEmbedDialog(trigger);
    });
  }
}
