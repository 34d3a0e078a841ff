// Server entry of the auction chart: definition, trimmed data, the dataset it draws and its tables.
// Treasury's auction results are a U.S. government work in the public domain, so the CSV may be offered.
import { registerChart } from "../chart";
import { auctionsChart } from "./chart";
import { auctionsData } from "./data";
import "./style.css";
import { auctionsCsv, auctionsTable } from "./table";

export default registerChart({
  chart: auctionsChart,
  data: auctionsData,
  datasets: ["treasury-auctions"],
  table: auctionsTable,
  csv: auctionsCsv,
});
