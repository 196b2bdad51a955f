// The soak's figures: the server's memory and the p99 latency in a window at the start and one at the
// end of the run, and the verdict on their growth.
import { quantile } from "./latency.js";
import type { ScaleName } from "./synthetic-ecosystem.js";

/** One request of the soak: when it was sent (ms from the start), how long it took, whether it succeeded. */
export interface SoakSample {
  atMs: number;
  kind: "read" | "write";
  ms: number;
  ok: boolean;
  /** Not sent: too many requests were already waiting for an answer. */
  dropped: boolean;
}

/** A window of the run and what was measured in it. */
export interface SoakWindow {
  fromSeconds: number;
  toSeconds: number;
  /** Median of the server's resident memory samples in the window. */
  rssMb: number;
  p99Ms: number;
  requests: number;
}

export interface SoakFigures {
  requests: { reads: number; writes: number };
  errors: number;
  dropped: number;
  start: SoakWindow;
  end: SoakWindow;
  /** Growth from start to end, as a fraction (0.05 = 5 %). */
  growth: { rss: number; p99: number };
  met: boolean;
  verdict: string;
}

export interface SoakResults extends SoakFigures {
  version: 1;
  scale: ScaleName;
  startedAt: string;
  minutes: number;
  rate: number;
  writeShare: number;
  loadAverage: { start: number; end: number };
  cpus: number;
}

/** The most either figure may grow from the start to the end of the run (and no request may fail). */
export const allowedGrowth = 0.1;

/**
 * The windows: after a warm-up of a tenth of the run (at most 30 s), the first fifth of the run (at most a
 * minute) against its last; each window's median memory and p99 latency, and whether either grew
 * more than 10 %.
 */
export function soakVerdict(
  requests: SoakSample[],
  memory: Array<{ atMs: number; rssMb: number }>,
  durationMs: number,
): SoakFigures {
  const warmup = Math.min(30_000, durationMs / 10);
  const length = Math.min(60_000, durationMs / 5);
  const window = (from: number, to: number): SoakWindow => {
    const inside = <T extends { atMs: number }>(items: T[]) =>
      items.filter((item) => item.atMs >= from && item.atMs < to);
    const answered = inside(requests).filter((request) => !request.dropped);
    const rss = inside(memory)
      .map((sample) => sample.rssMb)
      .sort((a, b) => a - b);
    return {
      fromSeconds: from / 1000,
      toSeconds: to / 1000,
      rssMb: quantile(rss, 0.5),
      p99Ms: quantile(
        answered.map((request) => request.ms).sort((a, b) => a - b),
        0.99,
      ),
      requests: answered.length,
    };
  };
  const start = window(warmup, warmup + length);
  const end = window(durationMs - length, durationMs + 1);
  const growth = { rss: end.rssMb / start.rssMb - 1, p99: end.p99Ms / start.p99Ms - 1 };
  const errors = requests.filter((request) => !request.ok && !request.dropped).length;
  const dropped = requests.filter((request) => request.dropped).length;
  const grew = growth.rss > allowedGrowth || growth.p99 > allowedGrowth;
  // A run with failed or dropped requests is not a steady state, whatever its figures.
  const met = !grew && errors === 0 && dropped === 0;
  const percent = (value: number) => `${value >= 0 ? "+" : ""}${(value * 100).toFixed(0)} %`;
  const failures = errors + dropped > 0 ? `; ${errors} failed, ${dropped} dropped` : "";
  return {
    requests: {
      reads: requests.filter((request) => request.kind === "read").length,
      writes: requests.filter((request) => request.kind === "write").length,
    },
    errors,
    dropped,
    start,
    end,
    growth,
    met,
    verdict: `${grew ? "grew beyond 10 %" : "no growth beyond 10 %"} (RSS ${percent(growth.rss)}, p99 ${percent(growth.p99)}${failures})`,
  };
}
