/** One measured figure; `limit` is the target it must meet, when there is one. */
export interface BenchRow {
  area: string;
  metric: string;
  value: number;
  unit: string;
  limit?: { max?: number; min?: number };
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
