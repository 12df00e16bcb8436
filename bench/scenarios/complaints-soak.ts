import { readFile } from 'node:fs/promises';
import { complaintFactory } from '../lib/complaints.ts';
import { openAcrossPlaybooks } from '../lib/incidents.ts';
import type { BenchContext, BenchResult } from '../lib/types.ts';
import { defineScenario } from '../lib/types.ts';

const TOTAL = 1_000_000;
const BATCH = 500;
const INCIDENTS = 500;
const MAX_RSS_MB = 250;
/** The last 10% must be ingested at no less than this share of the first 10%'s rate. */
const MIN_LATE_RATE = 0.8;

/** Resident and peak resident memory of a process in MB (Linux /proc), or null where there is none. */
async function memoryOf(pid: number): Promise<{ rss: number; hwm: number } | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : Number.NaN;

/**
 * Sends TOTAL complaints as batches over the CLI's connections, as fast as the service answers, while
 * sampling its memory twice a second. Growth shows up as a higher RSS or as a slower last 10% (a query
 * whose cost grows with the data, a cache that never forgets).
 */
async function soak(ctx: BenchContext, incidentIds: string[]): Promise<BenchResult> {
  const next = complaintFactory(incidentIds);
  const batches = TOTAL / BATCH;
  const doneAt: number[] = [];
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  let peakRss = 0;
  let lastRss = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const m = await memoryOf(ctx.servicePid);
      if (m) {
        peakRss = Math.max(peakRss, m.rss);
        lastRss = m.rss;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  const started = performance.now();
  let lastReport = started;
  const sender = async () => {
    while (sent < batches) {
      sent++;
      const body = JSON.stringify({ items: Array.from({ length: BATCH }, next) });
      const t0 = performance.now();
      const res = await fetch(new URL('/v1/complaints/batch', ctx.baseUrl), {
        method: 'POST',
        headers: { ...ctx.authHeaders, 'content-type': 'application/json' },
        body,
      });
      const text = await res.text();
      const t1 = performance.now();
      latencies.push(t1 - t0);
      doneAt.push(t1);
      if (res.status !== 200) errors += BATCH;
      else
        errors += (JSON.parse(text) as { items: { status: number }[] }).items.filter(
          (i) => i.status !== 201,
        ).length;
      if (t1 - lastReport > 10_000) {
        lastReport = t1;
        const done = doneAt.length * BATCH;
        console.error(
          `  soak: ${done.toLocaleString('en-US')} complaints, ${Math.round(done / ((t1 - started) / 1000))}/s, RSS ${lastRss.toFixed(0)} MB`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: ctx.connections }, sender));
  const finished = performance.now();
  sampling = false;
  await sampler;
  const end = await memoryOf(ctx.servicePid);
  peakRss = Math.max(peakRss, end?.rss ?? 0);

  doneAt.sort((a, b) => a - b);
  const tenth = Math.floor(batches / 10);
  // Rates from batch completions: the first 10% from the start, the last 10% from the completion before it.
  const firstRate = (tenth * BATCH) / ((doneAt[tenth - 1]! - started) / 1000);
  const lastRate = (tenth * BATCH) / ((doneAt[batches - 1]! - doneAt[batches - 1 - tenth]!) / 1000);
  const missed: string[] = [];
  if (!(peakRss <= MAX_RSS_MB)) missed.push(`peak RSS ${peakRss.toFixed(0)} MB > ${MAX_RSS_MB} MB`);
  if (!(lastRate >= MIN_LATE_RATE * firstRate)) {
    missed.push(
      `last 10% at ${Math.round(lastRate)}/s < ${MIN_LATE_RATE} × first 10% (${Math.round(firstRate)}/s)`,
    );
  }
  latencies.sort((a, b) => a - b);
  const seconds = (finished - started) / 1000;
  return {
    rps: batches / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    requests: batches,
    missed,
    notes: [
      `${TOTAL.toLocaleString('en-US')} complaints in ${seconds.toFixed(0)} s: ${Math.round(TOTAL / seconds).toLocaleString('en-US')} complaints/s overall`,
      `first 10%: ${Math.round(firstRate).toLocaleString('en-US')} complaints/s; last 10%: ${Math.round(lastRate).toLocaleString('en-US')} complaints/s (${((lastRate / firstRate) * 100).toFixed(0)}%)`,
      `service RSS: peak ${peakRss.toFixed(0)} MB (sampled every 0.5 s), ${end?.rss.toFixed(0) ?? '?'} MB at the end, kernel high-water mark ${end?.hwm.toFixed(0) ?? '?'} MB`,
    ],
  };
}

// A million complaints through the batch route: memory must stay flat and the ingest rate must not decay as
// the tables and the incidents grow. Long (minutes), so only with `--only complaints-soak`.
export default defineScenario({
  name: 'complaints-soak',
  description: `${TOTAL.toLocaleString('en-US')} complaints via POST /v1/complaints/batch (${BATCH} per request), RSS and rate over time`,
  manual: true,
  ownTarget: `RSS ≤ ${MAX_RSS_MB} MB, last 10% ≥ ${MIN_LATE_RATE} × first 10%`,
  skip: (ctx) =>
    process.platform === 'linux'
      ? undefined
      : `needs /proc to read the service's memory (pid ${ctx.servicePid})`,
  setup: async (ctx) => (await openAcrossPlaybooks(ctx, INCIDENTS, 'Bench soak')).map((i) => i.id),
  run: soak,
});
