// "Download the chart": the chart at its current step as a standalone SVG or PNG, with its title, source and
// the date, for slides and worksheets. Styles are copied from the page onto the marks, since the file has no
// stylesheet; colours are those of the reader's current theme.
const SVG_NS = "http://www.w3.org/2000/svg";
const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "paint-order",
  "stroke-linejoin",
  "stroke-linecap",
] as const;

export interface ExportText {
  title: string;
  source: string;
  date: string;
}

/** A standalone copy of `svg` with inline styles and a header and footer of text; returns markup and size. */
export function standaloneSvg(
  svg: SVGSVGElement,
  text: ExportText,
): { markup: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  live.forEach((element, i) => {
    const copy = copies[i];
    if (!copy || element.tagName === "defs") return;
    const computed = getComputedStyle(element);
    const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
    copy.setAttribute("style", style);
    copy.removeAttribute("class");
  });
  const page = getComputedStyle(document.documentElement);
  const paper = page.getPropertyValue("--paper").trim() || "#fff";
  const ink = page.getPropertyValue("--ink").trim() || "#000";
  const soft = page.getPropertyValue("--ink-soft").trim() || "#444";
  const font = getComputedStyle(svg).fontFamily;
  const header = 40;
  const footer = 44;
  const width = box.width;
  const height = box.height + header + footer;
  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  const background = document.createElementNS(SVG_NS, "rect");
  Object.entries({ x: 0, y: 0, width, height, fill: paper }).forEach(([k, v]) =>
    background.setAttribute(k, String(v)),
  );
  root.append(background);
  const line = (content: string, y: number, size: number, weight: number, colour: string) => {
    const t = document.createElementNS(SVG_NS, "text");
    t.textContent = content;
    Object.entries({
      x: 8,
      y,
      fill: colour,
      "font-size": size,
      "font-weight": weight,
      "font-family": font,
    }).forEach(([k, v]) => t.setAttribute(k, String(v)));
    root.append(t);
  };
  line(text.title, 24, 15, 700, ink);
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(header));
  clone.setAttribute("width", String(box.width));
  clone.setAttribute("height", String(box.height));
  clone.removeAttribute("style");
  root.append(clone);
  line(text.source, header + box.height + 18, 11, 400, soft);
  line(text.date, header + box.height + 34, 11, 400, soft);
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function pngOf(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
