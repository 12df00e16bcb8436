import { explainList, writeExplain } from '../lib/explain.ts';
import { ALL_STATES } from '../lib/incidents.ts';
import { SEED_COUNT, seedIncidents } from '../lib/seed-incidents.ts';
import { type BenchContext, defineScenario } from '../lib/types.ts';

const postgresOnly = (ctx: BenchContext) =>
  ctx.database.kind === 'postgres' ? undefined : 'seeds with direct SQL: PostgreSQL only';

const FILTERS = {
  stateSeverity: { state: 'apologise', severity: 'high', limit: 50 },
  playbook: { playbookId: 'delivery-delay', limit: 50 },
};
const query = (f: Record<string, string | number>) =>
  `/v1/incidents?${new URLSearchParams(Object.entries(f).map(([k, v]): [string, string] => [k, String(v)]))}`;

// A dashboard's first filtered page over 100,000 incidents: keyset order (updated_at desc, id desc) with
// an equality filter, which the (filter, updated_at desc, id desc) indexes answer without sorting.
export const list100k = defineScenario({
  name: 'list-100k',
  description: `GET ${query(FILTERS.stateSeverity)} with ${SEED_COUNT.toLocaleString('en-US')} incidents`,
  skip: postgresOnly,
  setup: seedIncidents,
  async run(ctx, seed) {
    const result = await ctx.load({ method: 'GET', path: query(FILTERS.stateSeverity) });
    // After the load, so the plan is that of a warm cache, as the measured requests saw it.
    const plans = await explainList(ctx.database.url!, [
      { label: query(FILTERS.stateSeverity), filter: FILTERS.stateSeverity },
      { label: query(FILTERS.playbook), filter: FILTERS.playbook },
    ]);
    const notes = [
      `seeded ${seed.seeded.toLocaleString('en-US')} incidents (clones of ${seed.templates} walked through ` +
        `the API, ${seed.playbookIds.length} playbooks × 4 severities × 9 states) in ${seed.seconds.toFixed(1)} s`,
      ...plans.map(
        (p) =>
          `EXPLAIN ${p.label}: ${p.indexes.length ? `index ${p.indexes.join(', ')}` : 'no index'}` +
          `${p.seqScan ? ', SEQ SCAN' : ''}, execution ${p.executionMs} ms`,
      ),
    ];
    if (ctx.resultsDir) {
      const file = `${ctx.resultsDir}/explain-list.txt`;
      await writeExplain(
        file,
        `# The service's list query (compiled by its listIncidents) on ${SEED_COUNT} seeded incidents, ` +
          `${new Date().toISOString()}`,
        plans,
      );
      notes.push('plans in bench/results/explain-list.txt');
    }
    const unindexed = plans.filter((p) => p.seqScan || p.indexes.length === 0);
    return {
      ...result,
      // Not an HTTP error, but the point of the row: a list query that stops using its index fails it.
      errors: result.errors + unindexed.length,
      notes: [...notes, ...unindexed.map((p) => `**no index used** for ${p.label}`)],
    };
  },
  p95MaxMs: 20,
});

export const list100kPlaybook = defineScenario({
  name: 'list-100k-playbook',
  description: `GET ${query(FILTERS.playbook)} with ${SEED_COUNT.toLocaleString('en-US')} incidents`,
  skip: postgresOnly,
  setup: seedIncidents,
  autocannon: { method: 'GET', path: query(FILTERS.playbook) },
  p95MaxMs: 20,
});

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

// The same load without the help of shared pages: each request asks for another of the 36 state ×
// severity views (and pages 1 or 2 of it), so concurrent requests rarely coincide and almost every
// request runs its own query. The row to read next to list-100k, where every dashboard asks for one view.
export const list100kMixed = defineScenario({
  name: 'list-100k-mixed',
  description: `GET /v1/incidents?state=…&severity=…&limit=50 rotating over ${ALL_STATES.length * SEVERITIES.length} views with ${SEED_COUNT.toLocaleString('en-US')} incidents`,
  skip: postgresOnly,
  setup: seedIncidents,
  autocannon: () => {
    const views = ALL_STATES.flatMap((state) =>
      SEVERITIES.map((severity) => query({ state, severity, limit: 50 })),
    );
    let sent = 0;
    return {
      method: 'GET',
      requests: [
        {
          setupRequest: (req) => ({ ...req, path: views[sent++ % views.length]! }),
        },
      ],
    };
  },
  p95MaxMs: 20,
});
