// The contract every scroll-driven chart meets: pure, so the server and the browser run the same code.
import type { Lang, Localized } from "../i18n/locales";
import type { Scene, Size } from "./scene";

export interface ChartDefinition<Data, State extends string = string> {
  /** Folder name under src/charts and the `chart` prop in MDX. */
  id: string;
  /** The steps, in story order; each is a `<Step state>` in the chapter. */
  states: readonly State[];
  title: Localized;
  scene(data: Data, state: State, size: Size, lang: Lang): Scene;
  /** What the graphic shows at this step, in words, for screen readers and the no-JS caption. */
  describe(data: Data, state: State, lang: Lang): string;
}

/** Any chart, with its data type erased (the page hands each chart back its own data). */
export type AnyChart = ChartDefinition<never, string>;

/** Size of server-rendered frames; the browser redraws at the real size. */
export const SERVER_FRAME: Size = { width: 640, height: 400 };
