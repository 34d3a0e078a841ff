// The "Embed this" buttons: hidden in the HTML (without scripts there is no dialog to open), shown once this
// runs. The dialog's own code (dialog-client.ts) loads on the first click.
export function wireEmbedTriggers(): void {
  if (!document.querySelector("dialog[data-embed-dialog]")) return;
  for (const trigger of document.querySelectorAll<HTMLButtonElement>("[data-embed-open]")) {
    trigger.hidden = false;
    trigger.addEventListener("click", async () => {
      const { openEmbedDialog } = await import("./dialog-client");
      openEmbedDialog(trigger);
    });
  }
}
