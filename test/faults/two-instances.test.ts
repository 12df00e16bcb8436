import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { call, type ServerProcess, startServer } from '../helpers/server-process.ts';
import { createTestDatabase, testDatabaseKind } from '../helpers/test-database.ts';
import { startReceiver } from '../helpers/webhook-receiver.ts';
import { startWorkerProcess, stopProcess, waitFor } from '../helpers/worker-process.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** The shipped playbooks with every stage deadline shortened to 4 s, so breaches happen under load. */
async function fastPlaybooks(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fivep-fast-'));
  for (const file of (await readdir('playbooks')).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(await readFile(join('playbooks', file), 'utf8'));
    for (const stage of Object.values(doc.stages) as { deadlines: Record<string, string> }[]) {
      for (const s of SEVERITIES) stage.deadlines[s] = 'PT4S';
    }
    await writeFile(join(dir, file), stringify(doc));
  }
  return dir;
}

describe.runIf(testDatabaseKind() === 'postgres')(
  'two API processes and two workers on one PostgreSQL',
  () => {
    let database: Db;
    let dir: string;
    const servers: ServerProcess[] = [];

    beforeAll(async () => {
      database = await createTestDatabase();
      dir = await fastPlaybooks();
      for (let i = 0; i < 2; i++)
        servers.push(await startServer({ DATABASE_URL: database.url!, PLAYBOOKS_DIR: dir }));
    }, 150_000);

    afterAll(async () => {
      for (const s of servers) s.child.kill('SIGKILL');
      await database?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('should lose no update, record each breach once, send no webhook id twice, and keep chains valid', async () => {
      const receiver = await startReceiver();
      await call(servers[0]!.url, 'POST', '/v1/webhooks', {
        url: receiver.url,
        events: [
          'incident.opened',
          'incident.transitioned',
          'deadline.approaching',
          'deadline.breached',
          'incident.escalated',
        ],
      });
      const workers = [
        startWorkerProcess(database.url!, { PLAYBOOKS_DIR: dir }),
        startWorkerProcess(database.url!, { PLAYBOOKS_DIR: dir }),
      ];
      const incidents: string[] = [];
      for (let i = 0; i < 20; i++) {
        const res = await call(servers[i % 2]!.url, 'POST', '/v1/incidents', {
          playbookId: 'lost-or-damaged-order',
          title: `wave ${i}`,
          severity: 'low',
        });
        expect(res.status).toBe(201);
        incidents.push(res.json.id);
      }

      const wins: string[] = [];
      const until = Date.now() + 8_000;
      await Promise.all(
        Array.from({ length: 8 }, async (_, w) => {
          const url = servers[w % 2]!.url;
          for (let k = 0; Date.now() < until; k++) {
            const id = incidents[(w * 7 + k) % incidents.length]!;
            const current = await call(url, 'GET', `/v1/incidents/${id}`);
            const target = SEVERITIES[(SEVERITIES.indexOf(current.json.severity) + 1) % SEVERITIES.length];
            const res = await call(
              url,
              'POST',
              `/v1/incidents/${id}/transitions`,
              { event: 'set_severity', evidence: { severity: target, reason: `load ${w}/${k}` } },
              { 'if-match': `"${current.json.version}"` },
            );
            if (res.status === 200) wins.push(`${id}:${res.json.version}`);
            else expect([409, 412]).toContain(res.status);
          }
        }),
      );
      // Every 4 s deadline has passed: wait for the workers (slow to start on a busy machine) to record them.
      const breachedAll = await waitFor(async () => {
        const r = await sql<{
          n: string;
        }>`select count(*)::int8 as n from audit_entries where action = 'deadline.breached'`.execute(
          database.db,
        );
        return Number(r.rows[0]!.n) >= incidents.length;
      }, 90_000);
      expect(breachedAll).toBe(true);
      await new Promise((r) => setTimeout(r, 2_000)); // deliveries catch up; a duplicate would show
      await Promise.all(workers.map((w) => stopProcess(w)));
      await receiver.close();

      expect(new Set(wins).size).toBe(wins.length); // no two writers got the same version
      const db = database.db;
      for (const id of incidents) {
        const audit = await sql<{
          action: string;
        }>`select action from audit_entries where incident_id = ${id}`.execute(db);
        const steps = audit.rows.filter((e) => e.action === 'incident.set_severity').length;
        const breaches = audit.rows.filter((e) => e.action === 'deadline.breached').length;
        const rows = await sql<{ n: string }>`
        select count(*)::int8 as n from deadlines where incident_id = ${id} and breached_at is not null
      `.execute(db);
        expect(breaches).toBe(Number(rows.rows[0]!.n));
        expect(breaches).toBe(1);
        const incident = (await call(servers[0]!.url, 'GET', `/v1/incidents/${id}`)).json;
        expect(incident.version).toBe(1 + steps + breaches);
        expect(wins.filter((w) => w.startsWith(id)).length).toBe(steps);
        expect((await call(servers[1]!.url, 'GET', `/v1/incidents/${id}/audit/verify`)).json.valid).toBe(
          true,
        );
      }
      const ids = receiver.received.map((r) => r.headers['webhook-id']);
      expect(ids.length).toBeGreaterThan(incidents.length);
      expect(new Set(ids).size).toBe(ids.length);
    }, 180_000);
  },
);
