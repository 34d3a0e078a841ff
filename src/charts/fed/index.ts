// Server entry of the Fed balance-sheet chart: definition, trimmed data, the datasets it draws and its tables.
import { registerChart } from "../chart";
import { fedChart } from "./chart";
import { fedData } from "./data";
import "./style.css";
import { fedCsv, fedTable } from "./table";

export default registerChart({
  chart: fedChart,
  data: fedData,
  // The programme dates (content/data/fed_programmes.csv) still need an entry in sources.json.
  datasets: ["fed-balance-sheet", "fed-programmes"],
  table: fedTable,
  csv: fedCsv,
});
