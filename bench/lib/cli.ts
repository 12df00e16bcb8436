import { parseArgs } from 'node:util';

export interface CliOptions {
  /** Scenario names plus `floors`, `floor-get`, `floor-insert`; undefined means everything. */
  only?: Set<string>;
  durationSec: number;
  warmupSec: number;
  connections: number;
  save: boolean;
  /** Also write the rows as JSON to this file (bench/compare.ts reads it). */
  json?: string;
  list: boolean;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]
  --only a,b        run only these (scenario names, floors, floor-get, floor-insert, floor-insert-pglite);
                    a floor that a selected target needs is always measured
  --duration N      measured seconds per scenario (default 10)
  --warmup N        warm-up seconds before each measurement, discarded (default 2)
  --connections N   autocannon connections (default 20)
  --no-save         do not write bench/results/latest-<pglite|postgres>.md
  --json FILE       also write the rows as JSON to FILE (read by bench/compare.ts)
  --list            list scenarios and exit
  --help            this text
env: BENCH_DATABASE_URL or DATABASE_URL → service on a fresh database on that server, else PGlite in memory
     BENCH_SERVICE_ROOT=DIR → build and run the service of that checkout (bench/compare.ts sets it)
     BENCH_SKIP_BUILD=1 → run its dist/ as it is`;

function positive(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !allowZero))
    throw new Error(`--${name} must be a positive number`);
  return n;
}

export function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      only: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      'no-save': { type: 'boolean', default: false },
      json: { type: 'string' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    ...(only ? { only: new Set(only) } : {}),
    durationSec: positive('duration', values.duration, 10),
    warmupSec: positive('warmup', values.warmup, 2, true),
    connections: Math.round(positive('connections', values.connections, 20)),
    save: !values['no-save'],
    ...(values.json ? { json: values.json } : {}),
    list: values.list,
    help: values.help,
  };
}
