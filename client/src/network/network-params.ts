// The page's parameters from its URL: `?metric=BETWEENNESS&year=2024` (every year by default).
import type { NetworkMetric } from "../__generated__/graphql";

export const networkMetrics: readonly NetworkMetric[] = ["DEGREE", "BETWEENNESS", "PAGERANK"];

/** The years the page compares. */
export const comparedYears = { from: 2023, to: 2024 } as const;

/** How many actors the page shows. */
export const topActors = 40;

/** The metric and the year asked (null: every year). */
export function networkParams(search: URLSearchParams): { metric: NetworkMetric; year: number | null } {
  const metric = search.get("metric")?.toUpperCase() as NetworkMetric | undefined;
  const year = Number(search.get("year"));
  return {
    metric: metric && networkMetrics.includes(metric) ? metric : "DEGREE",
    year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : null,
  };
}

/** The query's variables for the parameters. */
export function networkVariables(search: URLSearchParams) {
  const { metric, year } = networkParams(search);
  return {
    metric,
    top: topActors,
    projection: year === null ? null : { years: [year] },
    changeProjection: null,
    ...comparedYears,
  };
}
