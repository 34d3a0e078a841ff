// Server entry of the holdings chart: definition, trimmed data, the datasets it draws and its tables.
import { registerChart } from "../chart";
import { holdingsChart } from "./chart";
import { holdingsData } from "./data";
import { holdingsCsv, holdingsTable } from "./table";

export default registerChart({
  chart: holdingsChart,
  data: holdingsData,
  datasets: ["tic-holdings"],
  table: holdingsTable,
  csv: holdingsCsv,
});
