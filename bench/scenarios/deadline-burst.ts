import { spawn } from 'node:child_process';
import pg from 'pg';
import { type BenchContext, defineScenario } from '../lib/types.ts';

const BURST = 10_000;
const LEAD_MS = 6_000;

const postgresOnly = (ctx: BenchContext) =>
  ctx.database.kind === 'postgres'
    ? undefined
    : 'seeds with direct SQL and runs a worker process: PostgreSQL only';

interface Seeded {
  pollId: string;
  dueAt: Date;
}

// 10,000 stage deadlines falling due at the same instant while dashboards poll: the worker (its own
// process, as in production) must breach, audit and outbox all of them within 10 s, and polling p99
// must stay ≤ 100 ms meanwhile.
export default defineScenario<Seeded>({
  name: 'deadline-burst',
  description: `${BURST.toLocaleString('en-US')} deadlines due at once, worker process; polling GET /v1/incidents/{id} during it`,
  skip: postgresOnly,
  async setup(ctx) {
    const opened = await ctx.http('POST', '/v1/incidents', {
      playbookId: 'lost-or-damaged-order',
      title: 'Burst template',
      severity: 'medium',
    });
    const template = (opened.body as { id: string }).id;
    const client = new pg.Client({ connectionString: ctx.database.url });
    await client.connect();
    const dueAt = new Date(Date.now() + LEAD_MS + 10_000);
    try {
      await client.query(
        `insert into incidents (id, playbook_id, playbook_version, title, summary, severity, state, version, snapshot,
           opened_at, updated_at, deadline_stage, deadline_due_at, complaint_count, view)
         select gen_random_uuid(), playbook_id, playbook_version, title || ' ' || g, summary, severity, state, version,
           snapshot, opened_at, updated_at, deadline_stage, $2, 0, view
         from incidents, generate_series(1, $3) g where id = $1`,
        [template, dueAt, BURST],
      );
      await client.query(
        `insert into deadlines (id, incident_id, stage, started_at, due_at, status)
         select gen_random_uuid(), i.id, 'apologise', i.opened_at, $2, 'pending'
         from incidents i where i.id <> $1 and i.deadline_due_at = $2`,
        [template, dueAt],
      );
      await client.query('analyze');
    } finally {
      await client.end();
    }
    return { pollId: template, dueAt };
  },
  async run(ctx, seeded) {
    // Start the worker, then let the deadlines fall due while the load runs.
    const worker = spawn(process.execPath, ['--import', 'tsx', 'src/worker-main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: ctx.database.url,
        LOG_LEVEL: 'warn',
        WORKER_INTERVAL_MS: '200',
        DB_POOL_SIZE: '10',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const client = new pg.Client({ connectionString: ctx.database.url });
    await client.connect();
    try {
      const wait = seeded.dueAt.getTime() - Date.now() - ctx.warmupSec * 1000 - 1_000;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      let doneAt: number | null = null;
      const watching = (async () => {
        while (doneAt === null && Date.now() < seeded.dueAt.getTime() + 60_000) {
          const r = await client.query(
            `select count(*)::int as n from deadlines where status = 'breached' and due_at = $1`,
            [seeded.dueAt],
          );
          if (r.rows[0].n >= BURST) doneAt = Date.now();
          else await new Promise((res) => setTimeout(res, 100));
        }
      })();
      const result = await ctx.load({ method: 'GET', path: `/v1/incidents/${seeded.pollId}` });
      await watching;
      const seconds = doneAt === null ? null : (doneAt - seeded.dueAt.getTime()) / 1000;
      const outbox = await client.query(
        `select count(*)::int as n from outbox where event = 'deadline.breached'`,
      );
      result.notes = [
        seconds === null
          ? `FAIL: the ${BURST} breaches were not all recorded within 60 s of falling due`
          : `${seconds <= 10 ? 'PASS' : 'FAIL'}: ${BURST.toLocaleString('en-US')} deadlines breached, audited and outboxed ` +
            `${seconds.toFixed(1)} s after falling due (target < 10 s); ${outbox.rows[0].n} deadline.breached events in the outbox`,
      ];
      return result;
    } finally {
      await client.end();
      worker.kill('SIGTERM');
    }
  },
  p99MaxMs: 100,
});
