// Server entry of the spreads chart: definition, trimmed data, the datasets it draws and its table. No CSV: ICE's
// terms allow charting with attribution but not redistribution, so the footer links to the series on FRED instead.
import { registerChart } from "../chart";
import { spreadsChart } from "./chart";
import { spreadsData } from "./data";
import "./style.css";
import { spreadsTable } from "./table";

export default registerChart({
  chart: spreadsChart,
  data: spreadsData,
  datasets: ["corporate-oas", "article-figures"],
  table: spreadsTable,
});
