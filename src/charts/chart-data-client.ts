// Browser side: a chart's data from /charts/<id>.json (see src/pages/charts/[chart].json.ts), fetched once per
// page however many graphics draw that chart.
const requests = new Map<string, Promise<unknown>>();

/** The parsed data at `url`; rejects when it cannot be fetched or read, and a later call tries again. */
export function loadChartData(url: string): Promise<unknown> {
  let request = requests.get(url);
  if (request === undefined) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}
