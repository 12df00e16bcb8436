import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ServerProcess, startServer } from '../helpers/server-process.ts';
import { createTestDatabase, testDatabaseKind } from '../helpers/test-database.ts';
import { startWorkerProcess, stopProcess, waitFor } from '../helpers/worker-process.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
const INCIDENTS = 60;
const EACH = 5;

/**
 * Commitments come due while people mark some of them done and two workers miss the rest, one of them
 * SIGKILLed and restarted again and again. Each commitment must end in exactly one final status, with
 * exactly one `commitment.missed` entry and event when missed and none when done, chains intact.
 */
describe.runIf(testDatabaseKind() === 'postgres')(
  'commitment misses with workers killed and done racing',
  () => {
    let database: Db;
    let server: ServerProcess;

    beforeAll(async () => {
      database = await createTestDatabase();
      server = await startServer({ DATABASE_URL: database.url! });
    }, 150_000);

    afterAll(async () => {
      server?.child.kill('SIGKILL');
      await database?.close();
    });

    it('should end each commitment once: missed exactly once or done, never both', async () => {
      const dueAt = new Date(Date.now() + 4_000).toISOString();
      const commitments: { id: string; incidentId: string }[] = [];
      const incidents: string[] = [];
      for (let i = 0; i < INCIDENTS; i++) {
        const opened = await call(server.url, 'POST', '/v1/incidents', {
          playbookId: 'delivery-delay',
          title: `Promises under fire ${i}`,
          severity: 'low',
        });
        expect(opened.status).toBe(201);
        incidents.push(opened.json.id);
        for (let k = 0; k < EACH; k++) {
          const added = await call(server.url, 'POST', `/v1/incidents/${opened.json.id}/commitments`, {
            description: `Promise ${i}.${k}`,
            owner: 'Ops',
            dueAt,
          });
          expect(added.status).toBe(201);
          commitments.push({ id: added.json.id, incidentId: opened.json.id });
        }
      }
      const steady = startWorkerProcess(database.url!);
      let victim = startWorkerProcess(database.url!);
      let running = true;
      // The victim dies every 700 ms and comes back.
      const killer = (async () => {
        while (running) {
          await new Promise((r) => setTimeout(r, 700));
          await stopProcess(victim, 'SIGKILL');
          if (running) victim = startWorkerProcess(database.url!);
        }
      })();
      // Every other commitment is marked done by a person, around its due time.
      const answers = new Map<string, number>();
      const people = (async () => {
        await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(dueAt) - Date.now() - 300)));
        for (const c of commitments.filter((_, i) => i % 2 === 0)) {
          const res = await call(server.url, 'POST', `/v1/commitments/${c.id}/status`, { status: 'done' });
          answers.set(c.id, res.status);
        }
      })();
      try {
        await people;
        const open = async () =>
          Number(
            (
              await sql<{
                n: string;
              }>`select count(*)::int8 as n from commitments where status = 'open'`.execute(database.db)
            ).rows[0]!.n,
          );
        expect(await waitFor(async () => (await open()) === 0, 60_000)).toBe(true);
        await new Promise((r) => setTimeout(r, 1_000));
      } finally {
        running = false;
        await killer;
        await Promise.all([stopProcess(steady), stopProcess(victim, 'SIGKILL')]);
      }

      const rows = await sql<{ id: string; status: string; missed: string; events: string }>`
      select c.id, c.status,
        (select count(*) from audit_entries a where a.action = 'commitment.missed'
          and a.data->>'commitmentId' = c.id::text)::int8 as missed,
        (select count(*) from outbox o where o.event = 'commitment.missed'
          and o.payload->'data'->>'commitmentId' = c.id::text)::int8 as events
      from commitments c`.execute(database.db);
      expect(rows.rows).toHaveLength(INCIDENTS * EACH);
      for (const r of rows.rows) {
        const expected = r.status === 'missed' ? 1 : 0;
        expect([r.id, r.status, Number(r.missed), Number(r.events)]).toEqual([
          r.id,
          r.status,
          expected,
          expected,
        ]);
        expect(['missed', 'done']).toContain(r.status);
        // A person's 200 means done; a 409 means the worker missed it first.
        const answer = answers.get(r.id);
        if (answer !== undefined) expect(answer).toBe(r.status === 'done' ? 200 : 409);
      }
      for (const id of incidents.slice(0, 20)) {
        const verdict = await call(server.url, 'GET', `/v1/incidents/${id}/audit/verify`);
        expect(verdict.json.valid).toBe(true);
      }
    });
  },
);
