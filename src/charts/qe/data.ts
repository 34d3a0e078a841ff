// Server entry of the QE chart's data: no dataset, only the inputs of each step of the story's script, which
// the page runs through the same teaching model as the explorer.
import type { QeData } from "./model";
import { qeStoryStates } from "./story-states";

export function qeData(): QeData {
  return {
    inputs: Object.fromEntries(qeStoryStates.map((s) => [s.id, s.inputs])) as QeData["inputs"],
  };
}
