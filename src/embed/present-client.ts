// Presentation mode's keys: F toggles full screen, Escape (outside full screen) leaves for the chapter page.
export function wirePresentation(): void {
  const open = document.querySelector<HTMLAnchorElement>("[data-stepper-open]");
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  document.querySelector("[data-present-fullscreen]")?.addEventListener("click", toggleFullScreen);
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "f" || event.key === "F") toggleFullScreen();
    // In full screen the browser uses Escape to leave full screen first; a second Escape leaves the mode.
    if (event.key === "Escape" && !document.fullscreenElement && open) location.assign(open.href);
  });
}
