// Server entry of the shares chart: definition, trimmed data, the datasets it draws and its tables.
import { registerChart } from "../chart";
import { sharesChart } from "./chart";
import { sharesData } from "./data";
import "./style.css";
import { sharesCsv, sharesTable } from "./table";

export default registerChart({
  chart: sharesChart,
  data: sharesData,
  datasets: ["tic-holdings"],
  table: sharesTable,
  csv: sharesCsv,
});
