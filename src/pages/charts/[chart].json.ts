// Each chart's data as its browser code needs it (the series trimmed to what the chart draws), fetched by the
// page's scripts after the first paint. Kept out of the HTML so the text arrives first, readers without
// JavaScript never download it, and a chapter, its embed and its presentation share one cached file. This is
// not a "Get the data" download (that is /data/<chart>.csv, where the source's terms allow one).
import type { APIRoute, GetStaticPaths } from "astro";
import { charts, chartData } from "../../charts/registry";

export const getStaticPaths: GetStaticPaths = () =>
  Object.keys(charts).map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) => {
  const id = params.chart ?? "";
  if (!charts[id]) return new Response("Not found", { status: 404 });
  return new Response(JSON.stringify(chartData(id)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
