// Line paths for the server-rendered SVG, written with relative moves ("l dx,dy") instead of absolute points:
// the same points to a tenth of a pixel in about half the gzipped bytes. Every chart page carries a path per
// series for each step (the frames no-JS readers and print use), so on chapter 4 this halves the HTML.

/** A number of tenths as the shortest decimal: 1234 -> "123.4", -30 -> "-3". */
const tenths = (n: number) => String(n / 10);

/**
 * `d` with each L as a relative l, when `d` is a polyline or polygon as d3's line() and area() write them
 * (M x,y L x,y ... [Z], any number of subpaths); any other path comes back unchanged.
 */
export function compactPath(d: string): string {
  const commands = d.match(/[MLZ][^MLZ]*/g);
  if (!commands || commands.join("") !== d || !d.startsWith("M")) return d;
  let out = "";
  let x = 0;
  let y = 0;
  let closed = false;
  for (const command of commands) {
    const letter = command[0];
    if (letter === "Z") {
      if (command.length > 1) return d;
      out += "Z";
      closed = true;
      continue;
    }
    const point = /^[ML](-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?),(-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?)$/.exec(command);
    if (!point) return d;
    // Relative moves from rounded points, so the errors never add up along a long line.
    const px = Math.round(Number(point[1]) * 10);
    const py = Math.round(Number(point[2]) * 10);
    if (letter === "M") {
      out += `M${tenths(px)},${tenths(py)}`;
      closed = false;
    } else {
      // After Z the pen is back at the subpath's start; d3 always moves (M) before drawing on, so bail out.
      if (closed) return d;
      const dy = tenths(py - y);
      out += `l${tenths(px - x)}${dy.startsWith("-") ? "" : ","}${dy}`;
    }
    x = px;
    y = py;
  }
  return out;
}
