import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../../src/domain/deadlines/duration.ts';
import { playbookVersion } from '../../../src/domain/playbooks/parse-playbook.ts';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { validEvidence } from '../../helpers/evidence.ts';
import {
  adminAuth,
  buildTestApp,
  fakeClock,
  shippedPlaybooks,
  type TestApp,
} from '../../helpers/test-app.ts';

const clock = fakeClock('2026-06-01T08:00:00.000Z');
let t: TestApp;
let social: Playbook;
let base: string;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  social = (await shippedPlaybooks()).find((p) => p.playbook.id === 'social-media-backlash')!.playbook;
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
});

async function open(playbookId = 'social-media-backlash') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId, title: 'Comments deleted after the rebrand', severity: 'high' },
  });
  return res.json() as { id: string };
}

describe('concurrent transitions on one incident', () => {
  it('should apply exactly one of 50 identical transitions sent at once through a real listener', async () => {
    const { id } = await open();
    const evidence = validEvidence(social, 'apologise');
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${base}/v1/incidents/${id}/transitions`, {
          method: 'POST',
          headers: { ...adminAuth, 'content-type': 'application/json', 'if-match': '"1"' },
          body: JSON.stringify({ event: 'apologise', evidence }),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.every((s) => s === 200 || s === 409 || s === 412)).toBe(true);

    const incident = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
    expect(incident).toMatchObject({ version: 2, state: 'admit' });
    const audit = (await t.app.inject({ url: `/v1/incidents/${id}/audit` })).json();
    expect(audit.items).toHaveLength(2);
    expect((await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json()).toEqual({
      valid: true,
      entries: 2,
    });
  });

  it('should let only one of 20 concurrent dismissals win when none carries If-Match', async () => {
    const { id } = await open();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${base}/v1/incidents/${id}/transitions`, {
          method: 'POST',
          headers: { ...adminAuth, 'content-type': 'application/json' },
          body: JSON.stringify({ event: 'dismiss', evidence: { reason: `duplicate report ${i}` } }),
        }),
      ),
    );
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(19);
    const incident = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
    expect(incident.version).toBe(2);
  });
});

describe('events that lose a race are stepped again on the new state', () => {
  it('should apply each of three concurrent severity changes in turn, none lost, the chain intact', async () => {
    const { id } = await open(); // high
    const targets = ['critical', 'low', 'medium'];
    const responses = await Promise.all(
      targets.map((severity) =>
        fetch(`${base}/v1/incidents/${id}/transitions`, {
          method: 'POST',
          headers: { ...adminAuth, 'content-type': 'application/json' },
          body: JSON.stringify({ event: 'set_severity', evidence: { severity, reason: `now ${severity}` } }),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as {
      version: number;
      severity: string;
      deadline: { dueAt: string };
    }[];
    // Each applied on a different version: none overwrote another.
    expect(bodies.map((b) => b.version).sort()).toEqual([2, 3, 4]);
    const last = bodies.find((b) => b.version === 4)!;
    const incident = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
    expect(incident).toMatchObject({ version: 4, severity: last.severity, deadline: last.deadline });
    const audit = (await t.app.inject({ url: `/v1/incidents/${id}/audit` })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'incident.opened',
      'incident.set_severity',
      'incident.set_severity',
      'incident.set_severity',
    ]);
    expect((await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json()).toEqual({
      valid: true,
      entries: 4,
    });
    const pending = await sql<{ n: string }>`select count(*) as n from deadlines
      where incident_id = ${id} and status = 'pending' and due_at = ${last.deadline.dueAt}::timestamptz`.execute(
      t.database.db,
    );
    expect(Number(pending.rows[0]!.n)).toBe(1);
  });
});

describe('events on many incidents at once (written together as one statement)', () => {
  it('should apply 30 concurrent events on 30 incidents each exactly once, every chain and deadline intact', async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, async () => (await open()).id));
    const responses = await Promise.all(
      ids.map((id, i) =>
        fetch(`${base}/v1/incidents/${id}/transitions`, {
          method: 'POST',
          headers: { ...adminAuth, 'content-type': 'application/json', 'if-match': '"1"' },
          body: JSON.stringify(
            i % 2 === 0
              ? {
                  event: 'escalate_legal',
                  evidence: {
                    reason: `letter ${i}`,
                    customerAtFault: {
                      summary: 'The account posts invented orders to extort refunds.',
                      evidence: ['https://example.com/evidence/forged-receipt.png'],
                    },
                  },
                }
              : { event: 'set_severity', evidence: { severity: 'critical', reason: `wave ${i}` } },
          ),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(ids.map(() => 200));
    for (const [i, id] of ids.entries()) {
      const incident = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
      expect(incident).toMatchObject(
        i % 2 === 0
          ? { version: 2, state: 'legal' }
          : { version: 2, state: 'apologise', severity: 'critical' },
      );
      expect((await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json()).toEqual({
        valid: true,
        entries: 2,
      });
      const deadlines = (await t.app.inject({ url: `/v1/incidents/${id}/deadlines` })).json().items;
      expect(deadlines).toHaveLength(1);
      expect(deadlines[0].status).toBe(i % 2 === 0 ? 'paused' : 'pending');
    }
    const events = await sql<{ n: string }>`select count(*) as n from outbox
      where incident_id in (${sql.join(ids)}) and event = 'incident.transitioned'`.execute(t.database.db);
    expect(Number(events.rows[0]!.n)).toBe(30);
  });
});

describe('the audit log is append-only and tamper-evident', () => {
  it('should refuse UPDATE, DELETE and TRUNCATE on audit rows at the database', async () => {
    const { id } = await open();
    const db = t.database.db;
    await expect(
      sql`update audit_entries set actor = 'mallory' where incident_id = ${id}`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_entries where incident_id = ${id}`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`truncate audit_entries cascade`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('should report an entry altered behind the trigger’s back', async () => {
    const { id } = await open();
    await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      payload: { event: 'apologise', evidence: validEvidence(social, 'apologise') },
    });
    await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      payload: { event: 'set_severity', evidence: { severity: 'critical', reason: 'It trends nationally' } },
    });
    await t.database.db.transaction().execute(async (trx) => {
      await sql`alter table audit_entries disable trigger audit_entries_no_update_delete`.execute(trx);
      await sql`update audit_entries set actor = 'mallory' where incident_id = ${id} and seq = 2`.execute(
        trx,
      );
      await sql`alter table audit_entries enable trigger audit_entries_no_update_delete`.execute(trx);
    });
    const verdict = (await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json();
    expect(verdict).toMatchObject({ valid: false, entries: 3, firstInvalidSeq: 2 });
    expect(verdict.reason).toMatch(/altered/);
  });

  it('should report the newest entry deleted', async () => {
    const { id } = await open();
    await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      payload: { event: 'dismiss', evidence: { reason: 'Not our brand' } },
    });
    await t.database.db.transaction().execute(async (trx) => {
      await sql`alter table audit_entries disable trigger audit_entries_no_update_delete`.execute(trx);
      await sql`delete from audit_entries where incident_id = ${id} and seq = 2`.execute(trx);
      await sql`alter table audit_entries enable trigger audit_entries_no_update_delete`.execute(trx);
    });
    const verdict = (await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json();
    expect(verdict).toMatchObject({ valid: false, entries: 1, firstInvalidSeq: 2 });
    expect(verdict.reason).toMatch(/removed/);
  });
});

describe('playbook versions', () => {
  it('should keep an incident on the rules it was opened with after its playbook file changes', async () => {
    const { id } = await open();
    const original = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();

    // The same database, restarted with an edited playbook: the admit deadline is now much longer.
    const edited: Playbook = structuredClone(social);
    edited.stages.admit.deadlines.high = 'P3D';
    const restarted = await buildTestApp({
      clock,
      database: t.database,
      playbooks: [{ playbook: edited, version: playbookVersion(edited), file: 'social-media-backlash.yaml' }],
    });
    try {
      const step = await restarted.app.inject({
        method: 'POST',
        url: `/v1/incidents/${id}/transitions`,
        payload: { event: 'apologise', evidence: validEvidence(social, 'apologise') },
      });
      expect(step.statusCode).toBe(200);
      expect(step.json().playbookVersion).toBe(original.playbookVersion);
      const expectedAdmitDue = clock().getTime() + parseIsoDuration(social.stages.admit.deadlines.high);
      expect(new Date(step.json().deadline.dueAt).getTime()).toBe(expectedAdmitDue);

      const fresh = await restarted.app.inject({
        method: 'POST',
        url: '/v1/incidents',
        payload: { playbookId: 'social-media-backlash', title: 'Another wave', severity: 'high' },
      });
      expect(fresh.json().playbookVersion).toBe(playbookVersion(edited));
      expect(fresh.json().playbookVersion).not.toBe(original.playbookVersion);
      const served = (await restarted.app.inject({ url: '/v1/playbooks/social-media-backlash' })).json();
      expect(served.version).toBe(playbookVersion(edited));
    } finally {
      await restarted.app.close();
    }
  });
});
