// The postMessage protocol between an embed page (in an iframe) and the page that hosts it. Messages carry a
// namespaced `type`; every incoming message is checked field by field before anything acts on it, and anything
// else is ignored. public/embed.js (the host-side loader) repeats the height check in plain JavaScript.

const NAMESPACE = "treasury-explainer";

/** Embed -> host: the embed's content height in CSS pixels. `id` names the embed, e.g. "en/sell-off". */
export const HEIGHT = `${NAMESPACE}:height`;
/** Host -> embed: "tell me your height now" (the loader may start after the embed first reported). */
export const REQUEST_HEIGHT = `${NAMESPACE}:request-height`;
/** Host -> embed: show the step with this key (the `?step=` value). */
export const SHOW_STEP = `${NAMESPACE}:show-step`;

/** Heights outside this range are not a page's content height; a message carrying one is ignored. */
export const MIN_HEIGHT = 1;
export const MAX_HEIGHT = 20_000;
const MAX_ID_LENGTH = 200;
const MAX_STEP_LENGTH = 200;
const EMBED_ID = /^(ja|en)\/[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;

export interface HeightMessage {
  type: typeof HEIGHT;
  id: string;
  height: number;
}

/** Canvas LMS resizes an iframe that sends this (the LTI frame resize message). */
export interface CanvasFrameResize {
  subject: "lti.frameResize";
  height: number;
}

export type HostMessage = { type: typeof REQUEST_HEIGHT } | { type: typeof SHOW_STEP; step: string };

/** A structured-clone result that is a plain object (not an array, not null, not a class instance). */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export function isValidHeight(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= MIN_HEIGHT && value <= MAX_HEIGHT;
}

/** The two messages an embed posts whenever its height changes. */
export function heightMessages(id: string, height: number): [HeightMessage, CanvasFrameResize] {
  const rounded = Math.ceil(height);
  return [
    { type: HEIGHT, id, height: rounded },
    { subject: "lti.frameResize", height: rounded },
  ];
}

/** Host side: a height report from an embed, or undefined when the message is anything else or malformed. */
export function parseHeightMessage(data: unknown): HeightMessage | undefined {
  if (!isRecord(data) || data.type !== HEIGHT) return undefined;
  const { id, height } = data;
  if (typeof id !== "string" || id.length > MAX_ID_LENGTH || !EMBED_ID.test(id)) return undefined;
  if (!isValidHeight(height)) return undefined;
  return { type: HEIGHT, id, height: Math.ceil(height) };
}

/** Embed side: a request from the host page, checked against the embed's own step keys. */
export function parseHostMessage(data: unknown, stepKeys: readonly string[]): HostMessage | undefined {
  if (!isRecord(data)) return undefined;
  if (data.type === REQUEST_HEIGHT) return { type: REQUEST_HEIGHT };
  if (data.type !== SHOW_STEP) return undefined;
  const { step } = data;
  if (typeof step !== "string" || step.length > MAX_STEP_LENGTH || !stepKeys.includes(step)) return undefined;
  return { type: SHOW_STEP, step };
}
