// Entry point of `npm run bench`: measures the floors, starts the service, runs the scenario registry and
// prints a markdown report (also saved under bench/results/). Exit 1 only when the harness itself fails.

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { cleanupAll, cleanupOnSignals, defer } from './lib/cleanup.ts';
import { parseCli, USAGE } from './lib/cli.ts';
import type { CpuTarget } from './lib/cpu.ts';
import * as db from './lib/db.ts';
import { type LoadSettings, load } from './lib/load.ts';
import { ROOT, startChild } from './lib/proc.ts';
import { floorRow, type Row, renderMarkdown, scenarioRow } from './lib/report.ts';
import type { BenchContext, BenchResult, FloorName, HttpResponse, Scenario } from './lib/types.ts';
import { scenarios } from './scenarios/index.ts';

const ADMIN_KEY = 'bench-admin-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${ADMIN_KEY}` };
const FLOOR_NAMES = ['get', 'insert', 'insert-pglite'] as const;
// The checkout whose service is measured: this one, or another commit's worktree (bench/compare.ts), so
// two commits are measured by the same harness, scenarios and floors.
const SERVICE_ROOT = process.env.BENCH_SERVICE_ROOT || ROOT;

const opts = parseCli(process.argv.slice(2));
const pgUrl = db.givenPgUrl();
const kind = pgUrl ? 'postgres' : 'pglite';
const floorPgUrl = pgUrl ?? db.DEFAULT_PG_URL;
const settings = (baseUrl: string, cpu?: CpuTarget): LoadSettings => ({
  baseUrl,
  headers: AUTH,
  ...opts,
  ...(cpu ? { cpu } : {}),
});
const dbName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';

async function pkgVersion(name: string): Promise<string> {
  return JSON.parse(await readFile(`${ROOT}node_modules/${name}/package.json`, 'utf8')).version;
}

function select(): { chosen: Scenario[]; floors: Set<FloorName> } {
  const known = new Set([...FLOOR_NAMES.map((f) => `floor-${f}`), 'floors', ...scenarios.map((s) => s.name)]);
  const unknown = [...(opts.only ?? [])].filter((n) => !known.has(n));
  if (unknown.length) throw new Error(`unknown --only name(s): ${unknown.join(', ')} (see --list)`);
  const wanted = (n: string) => !opts.only || opts.only.has(n);
  // A manual scenario (the soak) runs only when named.
  const chosen = scenarios.filter((s) => (s.manual ? opts.only?.has(s.name) : wanted(s.name)));
  // The PGlite insert floor belongs to PGlite runs (`floors`), or runs when named.
  const inFloors = (f: FloorName) => f !== 'insert-pglite' || kind === 'pglite';
  const floors = new Set<FloorName>(
    FLOOR_NAMES.filter((f) => (wanted('floors') && inFloors(f)) || opts.only?.has(`floor-${f}`)),
  );
  for (const s of chosen) {
    if (s.target) floors.add(s.target.ratioOf);
    const cpuFloor = cpuFloorOf(s);
    if (cpuFloor) floors.add(cpuFloor);
  }
  return { chosen, floors };
}

/** The floor of a row's "floor ÷ row" on CPU: its ratio floor, except writes on PGlite against PGlite's. */
function cpuFloorOf(s: Scenario): FloorName | undefined {
  const f = s.target?.ratioOf;
  return f === 'insert' && kind === 'pglite' ? 'insert-pglite' : f;
}

// Each floor gets its own process, started and stopped around its measurement, so floors never share
// CPU with each other or with the service.
async function measureFloor(floor: FloorName): Promise<BenchResult> {
  const table = `bench_floor_insert_${Date.now()}`;
  const dropTable =
    floor === 'insert' ? defer('floor table', () => db.dropTable(floorPgUrl, table)) : async () => {};
  const child = await startChild({
    name: `floor-${floor}`,
    script: `bench/floors/bare-${floor}.ts`,
    env: floor === 'insert' ? { FLOOR_DATABASE_URL: floorPgUrl, FLOOR_TABLE: table } : {},
    readyPath: floor === 'get' ? '/' : '/ready',
  });
  const stop = defer(`floor-${floor}`, child.stop);
  try {
    console.error(`› floor-${floor}: ${opts.warmupSec} s warm-up, ${opts.durationSec} s measured`);
    const spec = floor === 'get' ? {} : { method: 'POST' as const, json: { note: 'bench' } };
    // The insert floor shares its database with whatever else connects to it: its backends are the ones
    // with its application_name (the table's name).
    const cpu: CpuTarget = {
      pid: child.pid,
      ...(floor === 'insert'
        ? { backends: { adminUrl: floorPgUrl, datname: dbName(floorPgUrl), applicationName: table } }
        : {}),
    };
    return await load(settings(child.baseUrl, cpu), { path: '/', ...spec });
  } finally {
    await stop();
    await dropTable(); // the floor drops it itself on SIGTERM; this covers a SIGKILL
  }
}

// Required with DATABASE_URL by the service and by every worker a scenario starts (they inherit this
// process's environment); a bench database is thrown away, so any key will do.
const BENCH_SECRETS_KEY = randomBytes(32).toString('base64');
process.env.SECRETS_KEY = BENCH_SECRETS_KEY;

interface Service {
  baseUrl: string;
  pid: number;
  cpu: CpuTarget;
  dbLabel: string;
  database: BenchContext['database'];
}

async function startService(): Promise<Service> {
  const env: Record<string, string> = {
    LOG_LEVEL: 'warn',
    WORKER: 'off',
    ADMIN_API_KEY: ADMIN_KEY,
    SECRETS_KEY: BENCH_SECRETS_KEY,
    // The per-key limits (600/min for admin by default) would turn a load test into a 429 test. The
    // limiter still runs on every keyed request (its cost is measured); only its ceiling is raised to
    // the largest the config accepts (1,000,000/min ≈ 16,700/s, above any route's rate on a bench box).
    ...Object.fromEntries(
      ['ADMIN', 'MANAGER', 'DASHBOARD', 'INTEGRATION'].map((r) => [`RATE_LIMIT_PER_MINUTE_${r}`, '1000000']),
    ),
  };
  let dbLabel: string;
  let database: Service['database'] = { kind: 'pglite' };
  let backends: CpuTarget['backends'];
  if (pgUrl) {
    const name = `fivep_bench_${Date.now()}`;
    env.DATABASE_URL = await db.createDatabase(pgUrl, name);
    database = { kind: 'postgres', url: env.DATABASE_URL };
    backends = { adminUrl: pgUrl, datname: name };
    defer('bench database', () => db.dropDatabase(pgUrl, name));
    dbLabel = `postgres, ${await db.pgVersion(pgUrl)} (fresh database ${name})`;
  } else {
    env.PGLITE_DIR = 'memory://';
    dbLabel = `pglite, ${await db.pgliteVersion()} (in memory)`;
  }
  // The service as `npm start` runs it: compiled once, plain node (no TypeScript loader in the process).
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    console.error(`› building the service (npm run build in ${SERVICE_ROOT})`);
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: SERVICE_ROOT, stdio: ['ignore', 2, 2] });
  }
  console.error(`› starting service (${dbLabel})`);
  const child = await startChild({
    name: 'service',
    script: 'dist/src/server.js',
    cwd: SERVICE_ROOT,
    env,
    readyPath: '/ready',
  });
  defer('service', child.stop);
  const cpu: CpuTarget = { pid: child.pid, ...(backends ? { backends } : {}) };
  return { baseUrl: child.baseUrl, pid: child.pid, cpu, dbLabel, database };
}

function context({ baseUrl, pid, cpu, database }: Service): BenchContext {
  const s = settings(baseUrl, cpu);
  return {
    baseUrl,
    database,
    ...(opts.save ? { resultsDir: `${ROOT}bench/results` } : {}),
    adminKey: ADMIN_KEY,
    servicePid: pid,
    authHeaders: AUTH,
    connections: opts.connections,
    durationSec: opts.durationSec,
    warmupSec: opts.warmupSec,
    load: (spec) => load(s, spec),
    async http(method, path, body, headers): Promise<HttpResponse> {
      const res = await fetch(new URL(path, baseUrl), {
        method,
        headers: {
          ...AUTH,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      const text = await res.text();
      const isJson = (res.headers.get('content-type') ?? '').includes('json') && text !== '';
      return { status: res.status, headers: res.headers, body: isJson ? JSON.parse(text) : text };
    },
  };
}

// A scenario that throws (e.g. its route does not exist yet) is a FAIL row, not a harness error.
async function runScenario(s: Scenario, ctx: BenchContext) {
  const skipped = s.skip?.(ctx);
  if (skipped) {
    console.error(`› ${s.name}: skipped (${skipped})`);
    return { skipped };
  }
  try {
    console.error(`› ${s.name}: ${s.description}`);
    const state = await s.setup?.(ctx);
    // The machine's speed drifts over minutes (the GET floor moved 31k–51k req/s between runs here), so
    // a ratio is taken against its floor measured again right before the row's load, not at the start.
    // A floor that cannot run here (no PostgreSQL for the insert floor) leaves the start-of-run figure.
    const floor = s.target ? await measureFloor(s.target.ratioOf).catch(() => undefined) : undefined;
    const paired: Partial<Record<FloorName, BenchResult>> =
      floor && s.target ? { [s.target.ratioOf]: floor } : {};
    const cpuFloor = cpuFloorOf(s);
    if (cpuFloor && cpuFloor !== s.target?.ratioOf) {
      const f = await measureFloor(cpuFloor).catch(() => undefined);
      if (f) paired[cpuFloor] = f;
    }
    if (s.run) return { result: await s.run(ctx, state), paired };
    const spec = typeof s.autocannon === 'function' ? s.autocannon(ctx, state) : s.autocannon;
    if (!spec) throw new Error('scenario has neither run() nor autocannon');
    return { result: await ctx.load(spec), paired };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

async function main(): Promise<void> {
  if (opts.help) return void console.log(USAGE);
  if (opts.list) return void console.log(scenarios.map((s) => `${s.name}\t${s.description}`).join('\n'));
  const { chosen, floors: floorSet } = select();
  cleanupOnSignals();
  const loadBefore = os.loadavg()[0]!.toFixed(2);

  const rows: Row[] = [];
  const floors: Partial<Record<FloorName, BenchResult>> = {};
  for (const f of FLOOR_NAMES.filter((n) => floorSet.has(n))) {
    try {
      floors[f] = await measureFloor(f);
      rows.push(floorRow(f, floors[f]));
    } catch (err) {
      // Reported, not fatal: e.g. no PostgreSQL for the insert floor while benchmarking PGlite.
      console.error(`floor-${f} failed: ${(err as Error).message}`);
      rows.push(floorRow(f, undefined, (err as Error).message));
    }
  }

  let dbLabel = kind === 'postgres' ? 'postgres (service not started)' : 'pglite (service not started)';
  if (chosen.length > 0) {
    const service = await startService();
    dbLabel = service.dbLabel;
    const ctx = context(service);
    for (const s of chosen) {
      const outcome = await runScenario(s, ctx);
      const paired: Partial<Record<FloorName, BenchResult>> = ('paired' in outcome && outcome.paired) || {};
      const ratioOf = s.target?.ratioOf;
      const floor = ratioOf ? paired[ratioOf] : undefined;
      if (ratioOf && floor && 'result' in outcome && outcome.result) {
        const start = floors[ratioOf]?.rps;
        outcome.result.notes = [
          ...(outcome.result.notes ?? []),
          `ratio against floor-${ratioOf} measured right before this row: ` +
            `${Math.round(floor.rps).toLocaleString('en-US')} req/s` +
            (start ? ` (${Math.round(start).toLocaleString('en-US')} at the start of the run)` : ''),
        ];
      }
      rows.push(scenarioRow(s, outcome, { ...floors, ...paired }, cpuFloorOf(s)));
    }
  }
  await cleanupAll();

  const floorDb = floorSet.has('insert')
    ? await db.pgVersion(floorPgUrl).catch(() => 'unreachable')
    : 'not run';
  const header =
    `**${new Date().toISOString()}** · node ${process.version} · ${os.availableParallelism()} cores ` +
    `(${os.cpus()[0]?.model.trim() ?? '?'}) · database: ${dbLabel} · fastify ${await pkgVersion('fastify')}, ` +
    `insert floor on ${floorDb} · autocannon ${opts.connections} connections, ` +
    `${opts.durationSec} s per scenario after ${opts.warmupSec} s warm-up · ` +
    // Other work on the machine skews one measurement more than another: the load average flags it.
    `load avg (1 min) ${loadBefore} at start, ${os.loadavg()[0]!.toFixed(2)} at end`;
  const markdown = renderMarkdown(header, rows);
  console.log(`\n${markdown}`);
  if (opts.save) {
    const file = `${ROOT}bench/results/latest-${kind}.md`;
    await mkdir(`${ROOT}bench/results`, { recursive: true });
    await writeFile(file, markdown);
    console.error(`saved ${file}`);
  }
  if (opts.json) {
    const json = rows.map(({ name, result, verdict }) => ({ name, verdict, ...(result ? { result } : {}) }));
    await writeFile(opts.json, `${JSON.stringify({ kind, rows: json }, null, 2)}\n`);
  }
}

try {
  await main();
  process.exit(0);
} catch (err) {
  console.error(`bench harness error: ${(err as Error).stack ?? err}`);
  await cleanupAll();
  process.exit(1);
}
