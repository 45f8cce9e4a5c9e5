import { parseArgs } from 'node:util';
import { suites } from './suites';
import type { BenchRow } from './types';

function meets(row: BenchRow): string {
  if (!row.limit) return '';
  const okMax = row.limit.max === undefined || row.value <= row.limit.max;
  const okMin = row.limit.min === undefined || row.value >= row.limit.min;
  const target = row.limit.max !== undefined ? `≤ ${row.limit.max}` : `≥ ${row.limit.min}`;
  return `${okMax && okMin ? 'ok' : 'MISSED'} (${target})`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string', multiple: true } },
    strict: true,
  });
  const chosen = values.only ? suites.filter((s) => values.only!.includes(s.name)) : suites;
  const rows: BenchRow[] = [];
  for (const suite of chosen) {
    console.error(`running ${suite.name}…`);
    rows.push(...(await suite.run()));
  }
  const table = rows.map((r) => ({
    area: r.area,
    metric: r.metric,
    value: Number.isInteger(r.value) ? r.value : Number(r.value.toFixed(2)),
    unit: r.unit,
    target: meets(r),
  }));
  console.table(table);
  console.log(JSON.stringify(rows, null, 2));
}

await main();
