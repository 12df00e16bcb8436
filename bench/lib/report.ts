import type { BenchResult, FloorName, Scenario } from './types.ts';

export type Verdict = 'PASS' | 'FAIL' | 'n/a' | 'skip' | '—';

export interface Row {
  name: string;
  result?: BenchResult;
  ratio?: string;
  /** Floor's total CPU µs/op ÷ this row's (per item on a batch route): the CPU twin of `ratio`. */
  cpuRatio?: string;
  target: string;
  verdict: Verdict;
  /** Why it did not pass; printed under the table. */
  reasons: string[];
  /** The scenario's own notes (BenchResult.notes), printed under the table. */
  notes?: string[];
}

export function floorRow(name: FloorName, result: BenchResult | undefined, error?: string): Row {
  return {
    name: `floor-${name}`,
    target: '—',
    verdict: error ? 'FAIL' : '—',
    reasons: error ? [`floor unavailable: ${error}`] : [],
    ...(result ? { result } : {}),
  };
}

/** Ratios, not req/s, are judged: absolute figures drift between runs and machines, ratios much less. */
export function scenarioRow(
  s: Scenario,
  outcome: { result: BenchResult } | { error: string } | { skipped: string },
  floors: Partial<Record<FloorName, BenchResult>>,
  /** The floor of the CPU ratio when it is not the req/s ratio's (writes on PGlite: `insert-pglite`). */
  cpuFloorName: FloorName | undefined = s.target?.ratioOf,
): Row {
  const per = s.itemsPerRequest && s.itemsPerRequest !== 1 ? ` (${s.itemsPerRequest} items/req)` : '';
  const targets = [
    s.target ? `≥ ${s.target.min.toFixed(2)} × ${s.target.ratioOf}${per}` : '',
    s.p95MaxMs !== undefined ? `p95 ≤ ${s.p95MaxMs} ms` : '',
    s.p99MaxMs !== undefined ? `p99 ≤ ${s.p99MaxMs} ms` : '',
    s.ownTarget ?? '',
  ].filter(Boolean);
  const row: Row = { name: s.name, target: targets.join(', ') || '—', verdict: 'PASS', reasons: [] };
  if ('skipped' in outcome) return { ...row, verdict: 'skip', reasons: [outcome.skipped] };
  if ('error' in outcome) return { ...row, verdict: 'FAIL', reasons: [`error: ${outcome.error}`] };
  const r = outcome.result;
  row.result = r;
  if (r.notes?.length) row.notes = r.notes;
  let unknown = false;
  if (s.target) {
    const floor = floors[s.target.ratioOf];
    if (!floor || floor.rps <= 0) {
      unknown = true;
      row.reasons.push(`no ${s.target.ratioOf} floor to compare with`);
    } else {
      // A batch route is judged on items per second, not requests per second.
      const ratio = (r.rps * (s.itemsPerRequest ?? 1)) / floor.rps;
      row.ratio = `${ratio.toFixed(2)} × ${s.target.ratioOf}`;
      if (ratio < s.target.min) row.reasons.push(`ratio ${ratio.toFixed(2)} < ${s.target.min.toFixed(2)}`);
    }
  }
  // Same items-per-request rule on CPU time: floor µs/op ÷ (row µs/op ÷ items).
  const cpuFloor = cpuFloorName ? floors[cpuFloorName] : undefined;
  if (cpuFloorName && cpuFloor?.cpu && r.cpu && r.cpu.totalUs > 0) {
    const cpuRatio = (cpuFloor.cpu.totalUs * (s.itemsPerRequest ?? 1)) / r.cpu.totalUs;
    row.cpuRatio = `${cpuRatio.toFixed(2)} × ${cpuFloorName}`;
  }
  if (s.p95MaxMs !== undefined && !(r.p95 <= s.p95MaxMs))
    row.reasons.push(`p95 ${fmtMs(r.p95)} ms > ${s.p95MaxMs} ms`);
  if (s.p99MaxMs !== undefined && r.p99 > s.p99MaxMs)
    row.reasons.push(`p99 ${fmtMs(r.p99)} ms > ${s.p99MaxMs} ms`);
  if (r.errors > 0) row.reasons.push(`${r.errors} errors`);
  row.reasons.push(...(r.missed ?? []));
  if (row.reasons.length > (unknown ? 1 : 0)) row.verdict = 'FAIL';
  else if (unknown) row.verdict = 'n/a';
  return row;
}

const fmtRps = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtMs = (n: number) => (Number.isNaN(n) ? '—' : String(Number(n.toFixed(2))));

const fmtUs = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? '—' : n >= 100 ? String(Math.round(n)) : n.toFixed(1);

const HEAD = [
  'scenario',
  'CPU µs/op service',
  'PG backends',
  'total',
  'floor ÷ row',
  'req/s',
  'ratio to floor',
  'target',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'errors',
  'pass/fail',
];
const RIGHT = new Set([1, 2, 3, 4, 5, 6, 8, 9, 10, 11]);
const width = (text: string) => [...text].length;

/** Padded the way biome formats markdown tables, so the committed results pass `npm run lint` untouched. */
function table(cells: string[][]): string[] {
  const widths = HEAD.map((_, i) => Math.max(3, ...cells.map((row) => width(row[i] ?? ''))));
  const line = (row: string[]) =>
    `| ${row.map((c, i) => (RIGHT.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = widths.map((w, i) => (RIGHT.has(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  return [line(cells[0]!), `| ${rule.join(' | ')} |`, ...cells.slice(1).map(line)];
}

const CPU_LEGEND =
  'CPU µs/op: utime+stime from /proc/<pid>/stat over the measured window ÷ requests completed in it; ' +
  'service = the service process (all threads), PG backends = the PostgreSQL backends of its database ' +
  '(— on PGlite, where the database runs inside the service). floor ÷ row = the floor total µs/op ÷ the ' +
  'row total µs/op, the CPU twin of the req/s ratio (0.5 = the row costs twice the CPU of its floor). ' +
  'req/s follows other load on the box; CPU per operation is not taken by it but still moves with it: ' +
  'compare commits interleaved (bench/compare.ts, bench/README.md).';

export function renderMarkdown(header: string, rows: Row[]): string {
  const cells = rows.map((row) => {
    const r = row.result;
    const verdict = row.verdict === 'FAIL' ? '**FAIL**' : row.verdict;
    const cpu = r?.cpu
      ? [fmtUs(r.cpu.serviceUs), fmtUs(r.cpu.backendUs), fmtUs(r.cpu.totalUs), row.cpuRatio ?? '—']
      : ['—', '—', '—', '—'];
    const figures = r
      ? [
          ...cpu,
          fmtRps(r.rps),
          row.ratio ?? '—',
          row.target,
          fmtMs(r.p50),
          fmtMs(r.p95),
          fmtMs(r.p99),
          String(r.errors),
        ]
      : ['—', '—', '—', '—', '—', '—', row.target, '—', '—', '—', '—'];
    return [row.name, ...figures, verdict];
  });
  const lines = [header, '', ...table([HEAD, ...cells]), '', CPU_LEGEND];
  const failed = rows.filter((r) => r.verdict === 'FAIL' || r.verdict === 'n/a' || r.verdict === 'skip');
  lines.push('');
  if (failed.length === 0) lines.push('All targets met.');
  for (const row of failed) {
    const why = row.reasons.join('; ').replaceAll(/\s+/g, ' ');
    const label = row.verdict === 'FAIL' ? '**FAIL**' : row.verdict;
    lines.push(`- ${label} ${row.name}: ${why}`);
  }
  for (const row of rows) {
    const b = row.result?.cpu?.backends;
    if (b && (b.appeared > 0 || b.vanished > 0)) {
      row.notes = row.notes ?? [];
      row.notes.push(
        `PostgreSQL backends: ${b.read} read at both ends, ${b.appeared} appeared during the window ` +
          `(counted in full), ${b.vanished} vanished (their CPU after the start is missing)`,
      );
    }
  }
  const noted = rows.filter((r) => r.notes?.length);
  if (noted.length > 0) lines.push('', 'Notes:', '');
  for (const row of noted) {
    for (const note of row.notes ?? []) lines.push(`- ${row.name}: ${note.replaceAll(/\s+/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
