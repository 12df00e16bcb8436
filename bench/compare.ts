// `node --import tsx bench/compare.ts A B [--runs 3] [--only a,b] [--duration N] [--warmup N]`
// Measures the service of commits A and B with this checkout's harness: each commit is checked out into a
// temporary worktree (git worktree add --detach) and built once, then the bench runs A, B, A, B, … (runs
// interleaved, so drift of the box hits both alike) with --no-save, and the median CPU µs/op per row of
// each commit and the ratio B/A are printed. Set DATABASE_URL as for `npm run bench`.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/proc.ts';
import type { BenchResult } from './lib/types.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: 'floors,health,poll-304,read-200' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
  },
});
if (positionals.length !== 2) {
  console.error('usage: bench/compare.ts A B [--runs 3] [--only a,b] [--duration 5] [--warmup 2]');
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs));
const git = (args: string[], cwd = ROOT) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 2] }).trim();

interface Side {
  label: string;
  sha: string;
  dir: string;
  rows: Map<string, BenchResult[]>;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-compare-'));
const sides: Side[] = positionals.map((ref, i) => ({
  label: i === 0 ? 'A' : 'B',
  sha: git(['rev-parse', '--verify', `${ref}^{commit}`]),
  dir: path.join(tmp, i === 0 ? 'a' : 'b'),
  rows: new Map(),
}));

function cleanup() {
  for (const s of sides) {
    if (existsSync(s.dir)) {
      try {
        git(['worktree', 'remove', '--force', s.dir]);
      } catch (err) {
        console.error(`could not remove worktree ${s.dir}: ${(err as Error).message}`);
      }
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}
process.once('SIGINT', () => {
  cleanup();
  process.exit(130);
});

try {
  for (const s of sides) {
    git(['worktree', 'add', '--detach', s.dir, s.sha]);
    // This checkout's node_modules: right as long as package-lock.json is the same; otherwise `npm ci` there.
    const lockHere = readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8');
    const lockThere = readFileSync(path.join(s.dir, 'package-lock.json'), 'utf8');
    if (lockHere === lockThere)
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(s.dir, 'node_modules'));
    else execFileSync('npm', ['ci', '--ignore-scripts'], { cwd: s.dir, stdio: ['ignore', 2, 2] });
    console.error(`› ${s.label} = ${s.sha.slice(0, 10)}: building in ${s.dir}`);
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: s.dir, stdio: ['ignore', 2, 2] });
  }
  for (let run = 1; run <= runs; run++) {
    for (const s of sides) {
      console.error(`› run ${run}/${runs}, ${s.label} (${s.sha.slice(0, 10)})`);
      const out = path.join(tmp, `${s.label}-${run}.json`);
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/run.ts',
          '--no-save',
          '--json',
          out,
          '--only',
          values.only,
          '--duration',
          values.duration,
          '--warmup',
          values.warmup,
        ],
        {
          cwd: ROOT,
          env: { ...process.env, BENCH_SERVICE_ROOT: s.dir, BENCH_SKIP_BUILD: '1' },
          stdio: ['ignore', 'ignore', 2],
        },
      );
      const { rows } = JSON.parse(readFileSync(out, 'utf8')) as {
        rows: { name: string; result?: BenchResult }[];
      };
      for (const row of rows) {
        if (!row.result) continue;
        s.rows.set(row.name, [...(s.rows.get(row.name) ?? []), row.result]);
      }
    }
  }
  console.log(report());
} finally {
  cleanup();
}

function median(xs: number[]): number {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

function report(): string {
  const [a, b] = sides as [Side, Side];
  const names = [...new Set([...a.rows.keys(), ...b.rows.keys()])];
  const fmt = (n: number) => (Number.isNaN(n) ? '—' : n >= 100 ? String(Math.round(n)) : n.toFixed(1));
  const all = (s: Side, name: string, f: (r: BenchResult) => number | undefined) =>
    (s.rows.get(name) ?? []).map((r) => f(r) ?? Number.NaN);
  // The median, with the spread of the runs behind it: the same code on both sides shows the noise.
  const spread = (xs: number[], f: (n: number) => string) => {
    const v = xs.filter(Number.isFinite);
    return v.length > 1 ? `${f(median(v))} (${f(Math.min(...v))}–${f(Math.max(...v))})` : f(median(v));
  };
  const rps = (n: number) => (Number.isNaN(n) ? '—' : String(Math.round(n)));
  const lines = [
    `A = ${a.sha.slice(0, 10)} (${positionals[0]}), B = ${b.sha.slice(0, 10)} (${positionals[1]}); ` +
      `${runs} interleaved runs each, ${values.duration} s per row; median (min–max over the runs) of ` +
      'CPU µs/op (service + PG backends) and of req/s',
    '',
    '| row | A µs/op | B µs/op | B/A µs/op | A req/s | B req/s | B/A req/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const name of names) {
    const ua = all(a, name, (r) => r.cpu?.totalUs);
    const ub = all(b, name, (r) => r.cpu?.totalUs);
    const ra = all(a, name, (r) => r.rps);
    const rb = all(b, name, (r) => r.rps);
    const ratio = (x: number[], y: number[]) =>
      median(x) > 0 && median(y) > 0 ? (median(y) / median(x)).toFixed(2) : '—';
    lines.push(
      `| ${name} | ${spread(ua, fmt)} | ${spread(ub, fmt)} | ${ratio(ua, ub)} | ` +
        `${spread(ra, rps)} | ${spread(rb, rps)} | ${ratio(ra, rb)} |`,
    );
  }
  return lines.join('\n');
}
