import type autocannon from 'autocannon';
import type { CpuPerOp } from './cpu.ts';

/** What one measured load run boils down to; every row of the report is one of these. */
export interface BenchResult {
  /** Mean of autocannon's per-second samples (its headline "Req/Sec Avg"). */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses outside 2xx/3xx, body mismatches, plus socket errors and timeouts. */
  errors: number;
  /** Completed requests in the measured window (warm-up excluded). */
  requests: number;
  /** CPU µs per request of the server process and of its PostgreSQL backends, over the measured window. */
  cpu?: CpuPerOp;
  /** Lines a scenario wants under the table (what it seeded, where it wrote an EXPLAIN, …). */
  notes?: string[];
  /** Targets of the scenario's own that were missed (`Scenario.ownTarget`); each makes the row FAIL. */
  missed?: string[];
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response says it is JSON (including problem+json), else the raw text. */
  body: unknown;
}

/**
 * One autocannon run against the server under test. `url`, `connections` and `duration` come from the CLI
 * so every scenario is measured alike; `json` is a convenience that serialises the body and sets content-type.
 */
export type LoadSpec = Omit<autocannon.Options, 'url' | 'connections' | 'duration'> & {
  path?: string;
  json?: unknown;
};

export interface BenchContext {
  baseUrl: string;
  /** The service's database: `url` is set on PostgreSQL (a fresh bench database the bench may seed directly). */
  database: { kind: 'postgres' | 'pglite'; url?: string };
  /** Where a scenario may write artefacts (an EXPLAIN, …); undefined with `--no-save`. */
  resultsDir?: string;
  adminKey: string;
  /** The service's process id (its memory can be read from /proc/<pid>/status). */
  servicePid: number;
  /** `Authorization: Bearer <adminKey>`, already merged into `http()` and `load()`. */
  authHeaders: Record<string, string>;
  http(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<HttpResponse>;
  /** Warm-up then measured autocannon run with the CLI's connections/duration. */
  load(spec: LoadSpec): Promise<BenchResult>;
  connections: number;
  durationSec: number;
  warmupSec: number;
}

/** `insert-pglite` (an INSERT into PGlite in the floor's own process) is the CPU floor of writes on PGlite. */
export type FloorName = 'get' | 'insert' | 'insert-pglite';

/**
 * A benchmark scenario. Either `autocannon` (a spec, or a function of what `setup` returned) or `run`
 * must be given; `run` is for scenarios that need several phases or compute their own result.
 */
export interface Scenario<S = unknown> {
  name: string;
  description: string;
  /** Runs only when named in `--only` (a long soak is not part of the default run). */
  manual?: boolean;
  /** A target the scenario judges itself (shown in the target column; misses come back as `missed`). */
  ownTarget?: string;
  /** A reason to skip on this run (e.g. direct SQL seeding needs PostgreSQL); the row reads `skip`. */
  skip?(ctx: BenchContext): string | undefined;
  setup?(ctx: BenchContext): Promise<S>;
  autocannon?: LoadSpec | ((ctx: BenchContext, state: S) => LoadSpec);
  run?(ctx: BenchContext, state: S): Promise<BenchResult>;
  /** Pass when rps >= min × the named floor's rps, measured in the same run. */
  target?: { ratioOf: FloorName; min: number };
  /**
   * Work items per request (a batch route's items): the ratio compares rps × this with the floor, so
   * "complaints per second ≥ 5× the INSERT floor" is `target: { ratioOf: 'insert', min: 5 }, itemsPerRequest: 500`.
   */
  itemsPerRequest?: number;
  p95MaxMs?: number;
  p99MaxMs?: number;
}

/** Keeps each scenario file type-safe about its own setup state while the registry holds them uniformly. */
export function defineScenario<S>(scenario: Scenario<S>): Scenario {
  return scenario as unknown as Scenario;
}
