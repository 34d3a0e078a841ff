// "Download the chart" buttons: one listener for the page. The code that builds the file (chart-file.ts) loads
// on the first click, so readers who never download a chart never fetch it.
import type { ExportText } from "./chart-file";

export function wireChartExport(): void {
  // The buttons are disabled in the HTML until this runs.
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-chart-export]")) {
    button.disabled = false;
  }
  document.addEventListener("click", async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-chart-export]");
    if (!button) return;
    const chart = button.dataset.chart ?? "";
    const svg = document.querySelector<SVGSVGElement>(`[data-scrolly="${chart}"] [data-scrolly-frame] svg`);
    if (!svg) return;
    const state = svg.parentElement?.dataset.state ?? "";
    const text: ExportText = {
      title: button.dataset.title ?? chart,
      source: button.dataset.source ?? "",
      date: `${button.dataset.dateLabel ?? ""} ${new Date().toISOString().slice(0, 10)} · ${location.href.split("#")[0]}`,
    };
    const { standaloneSvg, download, pngOf } = await import("./chart-file");
    const { markup, width, height } = standaloneSvg(svg, text);
    const name = `${chart}-${state}`;
    if (button.dataset.chartExport === "png") download(await pngOf(markup, width, height), `${name}.png`);
    else download(new Blob([markup], { type: "image/svg+xml" }), `${name}.svg`);
  });
}
