// Server entry of the QE chart: definition, the story's inputs, and its tables. It draws no dataset: the numbers
// are the teaching model's outputs (see model-assumptions.ts), so `datasets` is empty.
import { registerChart } from "../chart";
import { qeChart } from "./chart";
import { qeData } from "./data";
import "./style.css";
import { qeCsv, qeTable } from "./table";

export default registerChart({
  chart: qeChart,
  data: qeData,
  datasets: [],
  table: qeTable,
  csv: qeCsv,
});
