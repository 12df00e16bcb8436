import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findIncidentsForStep } from '../../../src/db/repositories/incident.repository.ts';
import { applyIncidentChanges, WRITER_SQL_FILE } from '../../../src/db/writer/incident-writer.ts';
import { SCHEDULER_ACTOR } from '../../../src/domain/deadlines/deadline-plans.ts';
import { outboxEvent } from '../../../src/domain/events.ts';
import { planComplaintsAdded, planRecord } from '../../../src/domain/incidents/index.ts';
import { headStateOf } from '../../../src/services/incident-view.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-06-01T08:00:00.000Z');
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

async function open(title = 'Parcels stuck at the depot'): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'delivery-delay', title, severity: 'high' },
  });
  expect(res.statusCode).toBe(201);
  return (res.json() as { id: string }).id;
}

const count = async (table: 'audit_entries' | 'outbox' | 'deadlines', incidentId: string) =>
  Number(
    (
      await sql<{
        n: string;
      }>`select count(*) as n from ${sql.table(table)} where incident_id = ${incidentId}`.execute(
        t.database.db,
      )
    ).rows[0]!.n,
  );

describe('the incident writer', () => {
  it('should run the function exactly as src/db/writer/apply-incident-changes.sql defines it', async () => {
    const file = readFileSync(WRITER_SQL_FILE, 'utf8');
    const body = file.slice(file.indexOf('$fn$') + 4, file.lastIndexOf('$fn$'));
    const { rows } = await sql<{ prosrc: string }>`
      select prosrc from pg_proc where proname = 'fivep_apply_incident_changes'`.execute(t.database.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.prosrc).toBe(body);
  });

  it('should leave no copy of the old transitions function in the database', async () => {
    const { rows } = await sql`select 1 from pg_proc where proname = 'fivep_apply_transitions'`.execute(
      t.database.db,
    );
    expect(rows).toHaveLength(0);
  });

  it('should write nothing for a change whose row moved since it was read, and apply the others', async () => {
    const [a, b] = [await open('a'), await open('b')];
    const [rowA, rowB] = await findIncidentsForStep(t.database.db, [a, b]);
    const at = clock();
    const stale = {
      ...planRecord(headStateOf(rowA!), { action: 'x.stale', data: {}, actor: SCHEDULER_ACTOR, at }),
    };
    const guarded = {
      ...stale,
      expect: { kind: 'version' as const, version: rowA!.version + 1, auditSeq: rowA!.audit_seq },
    };
    const fine = planRecord(headStateOf(rowB!), { action: 'x.fine', data: {}, actor: SCHEDULER_ACTOR, at });
    const before = await count('audit_entries', a);
    const written = await applyIncidentChanges(t.database.db, [guarded, fine]);
    expect([...written.keys()]).toEqual([b]);
    expect(await count('audit_entries', a)).toBe(before);
    expect(written.get(b)!.audit_seq).toBe(rowB!.audit_seq + 1);
    expect(written.get(b)!.version).toBe(rowB!.version);
  });

  it('should add to counters of many incidents in one call without moving their versions', async () => {
    const ids = [await open('c'), await open('d'), await open('e')];
    const written = await applyIncidentChanges(
      t.database.db,
      ids.map((id, i) => planComplaintsAdded(id, i + 1, clock())),
    );
    expect(ids.map((id) => written.get(id)!.complaint_count)).toEqual([1, 2, 3]);
    expect(ids.map((id) => written.get(id)!.version)).toEqual([1, 1, 1]);
  });

  it('should write an outbox event that belongs to no change, with nothing else', async () => {
    const id = await open('f');
    const outboxBefore = await count('outbox', id);
    const deadlinesBefore = await count('deadlines', id);
    const event = outboxEvent('deadline.breached', clock(), { incidentId: id, kind: 'first_reply' });
    const written = await applyIncidentChanges(t.database.db, [], [event]);
    expect(written.size).toBe(0);
    expect(await count('outbox', id)).toBe(outboxBefore + 1);
    expect(await count('deadlines', id)).toBe(deadlinesBefore);
  });

  it('should refuse two changes of one incident in one call', async () => {
    const id = await open('g');
    await expect(
      applyIncidentChanges(t.database.db, [
        planComplaintsAdded(id, 1, clock()),
        planComplaintsAdded(id, 1, clock()),
      ]),
    ).rejects.toThrow(/at most one change per incident/);
  });
});
