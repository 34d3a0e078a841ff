// Server entry of the yield chart: definition, trimmed data, the datasets it draws and its tables.
import { registerChart } from "../chart";
import { yieldChart } from "./chart";
import { yieldData } from "./data";
import "./style.css";
import { yieldCsv, yieldTable } from "./table";

export default registerChart({
  chart: yieldChart,
  data: yieldData,
  datasets: ["dgs10", "article-figures"],
  table: yieldTable,
  csv: yieldCsv,
});
