import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, freePort, type ServerProcess, startServer } from '../helpers/server-process.ts';
import { createTestDatabase, testDatabaseKind } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/worker-process.ts';

type Db = Awaited<ReturnType<typeof createTestDatabase>>;
const COMPLAINTS = 400;
const INCIDENTS = 5;
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

describe.runIf(testDatabaseKind() === 'postgres')('the API killed (SIGKILL) under load', () => {
  let database: Db;
  let server: ServerProcess;
  let port: number;
  const env = () => ({ DATABASE_URL: database.url! });

  beforeAll(async () => {
    database = await createTestDatabase();
    port = await freePort();
    server = await startServer(env(), port);
  }, 150_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await database?.close();
  });

  it('should keep every acknowledged request exactly once, no half transition, chains valid, retries no duplicates', async () => {
    const incidents: string[] = [];
    for (let i = 0; i < INCIDENTS; i++) {
      const res = await call(server.url, 'POST', '/v1/incidents', {
        playbookId: 'lost-or-damaged-order',
        title: `crash ${i}`,
        severity: 'low',
      });
      incidents.push(res.json.id);
    }
    const acked = new Set<string>();
    let applied = 0;

    // Integrations: each complaint retried (same Idempotency-Key) until it gets a 2xx.
    const posting = (async () => {
      const queue = Array.from({ length: COMPLAINTS }, (_, i) => i);
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
            const body = {
              source: 'email',
              externalId: `crash-${i}`,
              text: `Parcel ${i} never arrived`,
              incidentId: incidents[i % INCIDENTS],
            };
            for (;;) {
              const res = await call(server.url, 'POST', '/v1/complaints', body, {
                'idempotency-key': `crash-key-${i}`,
              });
              if (res.status === 200 || res.status === 201) {
                acked.add(body.externalId);
                break;
              }
              expect([0, 409, 503]).toContain(res.status); // down, in flight, or database away: retry
              await new Promise((r) => setTimeout(r, 100));
            }
          }
        }),
      );
    })();

    // PR managers: read, then change with If-Match; an unanswered change is re-read, never blindly resent.
    const stepping = Promise.all(
      incidents.map(async (id, n) => {
        for (let k = 1; k <= 12; k++) {
          for (;;) {
            const current = await call(server.url, 'GET', `/v1/incidents/${id}`);
            if (current.status !== 200) {
              await new Promise((r) => setTimeout(r, 100));
              continue;
            }
            const target = SEVERITIES[(n + k) % SEVERITIES.length]!;
            if (current.json.severity === target) break;
            const res = await call(
              server.url,
              'POST',
              `/v1/incidents/${id}/transitions`,
              { event: 'set_severity', evidence: { severity: target, reason: `step ${k}` } },
              { 'if-match': `"${current.json.version}"` },
            );
            if (res.status === 200) {
              applied++;
              break;
            }
            expect([0, 409, 412, 503]).toContain(res.status);
          }
        }
      }),
    );

    const enough = await waitFor(() => acked.size >= COMPLAINTS / 3, 60_000);
    server.child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    server = await startServer(env(), port);
    await Promise.all([posting, stepping]);
    expect(enough, `${acked.size} complaints acknowledged before the kill`).toBe(true);

    const db = database.db;
    const rows = await sql<{ external_id: string; n: string }>`
      select external_id, count(*)::int8 as n from complaints where external_id like 'crash-%' group by external_id
    `.execute(db);
    expect(rows.rows).toHaveLength(COMPLAINTS);
    expect(rows.rows.every((r) => Number(r.n) === 1)).toBe(true);
    for (const id of acked) expect(rows.rows.find((r) => r.external_id === id)).toBeDefined();

    let transitions = 0;
    for (const id of incidents) {
      const verdict = await call(server.url, 'GET', `/v1/incidents/${id}/audit/verify`);
      expect(verdict.json.valid).toBe(true);
      const incident = (await call(server.url, 'GET', `/v1/incidents/${id}`)).json;
      const audit = await sql<{ action: string; to_state: string; data: any }>`
        select action, to_state, data from audit_entries where incident_id = ${id} order by seq
      `.execute(db);
      const steps = audit.rows.filter((e) => e.action === 'incident.set_severity');
      transitions += steps.length;
      // The row and its chain agree: no transition half applied.
      expect(incident.version).toBe(1 + steps.length);
      expect(incident.severity).toBe(steps.at(-1)?.data.evidence.severity ?? 'low');
      const attached = await sql<{
        n: string;
      }>`select count(*)::int8 as n from complaints where incident_id = ${id}`.execute(db);
      expect(incident.complaintCount).toBe(Number(attached.rows[0]!.n));
    }
    expect(transitions).toBeGreaterThanOrEqual(applied);
  }, 180_000);
});
