import { compareReasons } from './reason-labels.js';

export interface ReasonCell<K> {
  key: K;
  reason: string | null;
  conversations: number;
}

export interface ReasonSeries {
  reason: string | null;
  /** Escalations per key, in the order of the keys. */
  counts: number[];
  total: number;
}

/**
 * One series per reason over `keys`, largest reason first, for stacked bars and their tables. The
 * service leaves out empty cells, so a missing one is a true zero here; cells of other keys are ignored.
 */
export function stackByReason<K>(cells: ReasonCell<K>[], keys: K[]): ReasonSeries[] {
  const index = new Map(keys.map((k, i) => [k, i]));
  const byReason = new Map<string | null, number[]>();
  for (const cell of cells) {
    const i = index.get(cell.key);
    if (i === undefined) continue;
    const counts = byReason.get(cell.reason) ?? keys.map(() => 0);
    counts[i]! += cell.conversations;
    byReason.set(cell.reason, counts);
  }
  return [...byReason]
    .map(([reason, counts]) => ({ reason, counts, total: counts.reduce((n, c) => n + c, 0) }))
    .sort((x, y) => y.total - x.total || compareReasons(x.reason, y.reason));
}

/** Escalations per key over all reasons. */
export function keyTotals(series: ReasonSeries[], keys: unknown[]): number[] {
  return keys.map((_, i) => series.reduce((n, s) => n + s.counts[i]!, 0));
}

/**
 * Room under a grid for a legend of `items` reasons at the bottom: ECharts does not keep the two
 * apart by itself, and a fixed margin leaves a gap under a one-line legend.
 */
export function legendRoom(items: number): number {
  return 40 + 24 * Math.ceil(items / 4);
}
