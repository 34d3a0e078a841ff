// Server entry of the scenarios graphic. It draws no series: the footer cites the article its stages come from,
// and there is no CSV to offer.
import { registerChart } from "../chart";
import { scenariosChart } from "./chart";
import type { ScenariosData } from "./model";
import { scenariosTable } from "./table";
import "./style.css";

export default registerChart({
  chart: scenariosChart,
  data: (): ScenariosData => ({}),
  datasets: ["article-figures"],
  table: scenariosTable,
});
