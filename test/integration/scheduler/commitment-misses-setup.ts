import { sql } from 'kysely';
import { expect } from 'vitest';
import { mapLimit } from '../../../src/services/map-limit.ts';
import type { TestApp } from '../../helpers/test-app.ts';

/**
 * `incidents` incidents with `each` commitments apiece, all due a day ago by the real clock: the app runs
 * on a clock three days back, so they were added in time, and a worker process (real clock) misses them.
 */
export async function seedOverdueCommitments(t: TestApp, incidents: number, each: number): Promise<void> {
  const dueAt = new Date(Date.now() - 86_400_000).toISOString();
  await mapLimit(
    Array.from({ length: incidents }, (_, i) => i),
    16,
    async (i) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/incidents',
        payload: { playbookId: 'delivery-delay', title: `Promises ${i}`, severity: 'low' },
      });
      expect(res.statusCode).toBe(201);
      for (let k = 0; k < each; k++) {
        const added = await t.app.inject({
          method: 'POST',
          url: `/v1/incidents/${res.json().id}/commitments`,
          payload: { description: `Promise ${i}.${k}`, owner: 'Ops', dueAt },
        });
        expect(added.statusCode).toBe(201);
      }
    },
  );
}

/** How many `commitment.missed` audit entries and outbox events each commitment has. */
export async function missCounts(t: TestApp) {
  const db = t.database.db;
  const audit = await sql<{ id: string; n: string }>`
    select data->>'commitmentId' as id, count(*)::int8 as n from audit_entries
    where action = 'commitment.missed' group by 1`.execute(db);
  const outbox = await sql<{ id: string; n: string }>`
    select payload->'data'->>'commitmentId' as id, count(*)::int8 as n from outbox
    where event = 'commitment.missed' group by 1`.execute(db);
  const open = await sql<{
    n: string;
  }>`select count(*)::int8 as n from commitments where status = 'open'`.execute(db);
  return {
    audited: audit.rows.map((r) => Number(r.n)),
    announced: outbox.rows.map((r) => Number(r.n)),
    open: Number(open.rows[0]!.n),
  };
}
