// "Get the data": a CSV of exactly what each chart draws (none for sources whose terms forbid it).
import type { APIRoute, GetStaticPaths } from "astro";
import { charts, chartData } from "../../charts/registry";
import { csvText } from "../../charts/csv";

export const getStaticPaths: GetStaticPaths = () =>
  Object.values(charts)
    .filter((entry) => entry.csv !== undefined)
    .map((entry) => ({ params: { chart: entry.chart.id } }));

export const GET: APIRoute = ({ params }) => {
  const entry = charts[params.chart ?? ""];
  if (!entry?.csv) return new Response("Not found", { status: 404 });
  return new Response(csvText(entry.csv(chartData(entry.chart.id) as never)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
