import autocannon from 'autocannon';
import { type CpuTarget, startCpuWindow } from './cpu.ts';
import type { BenchResult, LoadSpec } from './types.ts';

export interface LoadSettings {
  baseUrl: string;
  connections: number;
  durationSec: number;
  warmupSec: number;
  headers: Record<string, string>;
  /** Whose CPU to read around the measured window (not the warm-up): the server and its backends. */
  cpu?: CpuTarget;
}

/**
 * Runs autocannon from this (the bench) process, never from the server's, so the load generator's CPU
 * cost is the same for the floors and the service and cancels out of the ratios.
 */
export async function load(settings: LoadSettings, spec: LoadSpec): Promise<BenchResult> {
  const { path = '/', json, headers, ...rest } = spec;
  const options: autocannon.Options = {
    ...rest,
    url: new URL(path, settings.baseUrl).toString(),
    connections: settings.connections,
    headers: {
      ...settings.headers,
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  };
  // The warm-up lets the JIT, connection pools and caches settle; its numbers are thrown away.
  if (settings.warmupSec > 0) await autocannon({ ...options, duration: settings.warmupSec });
  const window = settings.cpu ? await startCpuWindow(settings.cpu) : undefined;
  const { result: r, latencies } = await measure({ ...options, duration: settings.durationSec });
  const cpu = await window?.end(r.requests.total);
  return {
    rps: r.requests.average,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    // non2xx counts 1xx/3xx/4xx/5xx; 3xx (e.g. 304 on polling) is a success here.
    errors: r.non2xx - r['3xx'] + r.errors + r.mismatches,
    requests: r.requests.total,
    ...(cpu ? { cpu } : {}),
  };
}

/**
 * autocannon's own latency histogram has 1 ms resolution (a fast route shows p50 = 0) and keeps 2xx only
 * (a 304 polling scenario would have none), so we record every 2xx/3xx response time ourselves.
 */
function measure(
  options: autocannon.Options,
): Promise<{ result: autocannon.Result; latencies: Float64Array }> {
  let latencies = new Float64Array(1 << 16);
  let n = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err, result) => {
      if (err) reject(err);
      else resolve({ result, latencies: latencies.subarray(0, n).sort() });
    });
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status < 200 || status >= 400) return;
      if (n === latencies.length) {
        const grown = new Float64Array(n * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[n++] = ms;
    });
  });
}

/** Nearest-rank percentile of an ascending array; NaN when nothing succeeded. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
