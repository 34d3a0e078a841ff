// Tells the host page how tall the embed's content is whenever that changes: the namespaced message that
// public/embed.js reads, and Canvas's lti.frameResize. Nothing is sent when the page is not in a frame.
import { heightMessages } from "./messages";

export interface HeightReports {
  /** Sends the current height; `force` sends it even when unchanged (the host asked for it). */
  report(force: boolean): void;
}

/**
 * `measure` returns the content's height, which must not depend on the frame's current height (the
 * stepper stretches to fill its frame): otherwise resizing the frame would feed back into the next report.
 * `observed` are the elements whose size changes may change it.
 */
export function startHeightReports(
  embedId: string,
  measure: () => number,
  observed: readonly Element[],
): HeightReports {
  const host = window.parent;
  if (host === window) return { report: () => {} };
  let last = 0;
  const report = (force: boolean) => {
    const height = Math.ceil(measure());
    if (height === last && !force) return;
    last = height;
    // "*": a height is no secret, and the embed cannot know which site hosts it.
    for (const message of heightMessages(embedId, height)) host.postMessage(message, "*");
  };
  const resized = new ResizeObserver(() => report(false));
  for (const element of observed) resized.observe(element);
  report(true);
  return { report };
}
