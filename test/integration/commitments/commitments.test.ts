import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfLocalDay } from '../../../src/domain/deadlines/time-zone.ts';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import {
  auditOf,
  commitmentsOf,
  DAY,
  openIncident,
  outboxOf,
  playbook,
  send,
  setStatus,
  walkToMonitoring,
} from './commitment-helpers.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let delivery: Playbook;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  delivery = await playbook('delivery-delay');
});
afterAll(async () => {
  await t.close();
});

const changes = [
  { description: 'Send a tracking link with every order', owner: 'Head of logistics', dueAt: '2026-03-20' },
  { description: 'A second courier for the north', owner: 'COO', dueAt: '2026-04-01T10:00:00+02:00' },
];

function add(id: string, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/v1/incidents/${id}/commitments`, payload: body });
}

describe('public commitments over HTTP', () => {
  it('should make each change of the improve step an open commitment, a plain date ending that day in the playbook’s zone', async () => {
    const id = await openIncident(t);
    await walkToMonitoring(t, id, delivery, changes);
    const items = await commitmentsOf(t, id);
    expect(items).toEqual([
      {
        id: expect.any(String),
        incidentId: id,
        description: changes[0]!.description,
        owner: 'Head of logistics',
        dueAt: endOfLocalDay('2026-03-20', 'Europe/Warsaw').toISOString(),
        status: 'open',
        source: 'improve',
        doneAt: null,
        note: null,
      },
      expect.objectContaining({ dueAt: '2026-04-01T08:00:00.000Z', source: 'improve', status: 'open' }),
    ]);
    const improve = (await auditOf(t, id)).find((e) => e.action === 'incident.improve')!;
    expect([...improve.data.commitmentIds].sort()).toEqual(items.map((c) => c.id).sort());
  });

  it('should add one by hand, audited and announced, and refuse a bad due date or an unknown incident', async () => {
    const id = await openIncident(t);
    const res = await add(id, {
      description: 'Refund the shipping',
      owner: 'Care lead',
      dueAt: '2026-03-09',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ incidentId: id, source: 'manual', status: 'open' });
    const audit = await auditOf(t, id);
    expect(audit.at(-1)).toMatchObject({ action: 'commitment.added', data: { commitmentId: res.json().id } });
    expect(await outboxOf(t, id, 'commitment.changed')).toEqual([
      expect.objectContaining({ commitmentId: res.json().id, status: 'open', source: 'manual' }),
    ]);
    expect((await add(id, { description: 'x', owner: 'y', dueAt: 'next week' })).statusCode).toBe(400);
    const unknown = await add('0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c', {
      description: 'x',
      owner: 'y',
      dueAt: '2026-03-09',
    });
    expect(unknown.statusCode).toBe(404);
    const verdict = (await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json();
    expect(verdict.valid).toBe(true);
  });

  it('should mark an open commitment done once, and refuse every move after that with 409', async () => {
    const id = await openIncident(t);
    const c = (await add(id, { description: 'Hire two drivers', owner: 'COO', dueAt: '2026-03-30' })).json();
    const done = await setStatus(t, c.id, { status: 'done', note: 'Both started on Monday.' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      doneAt: clock().toISOString(),
      note: 'Both started on Monday.',
    });
    for (const status of ['done', 'cancelled']) {
      const again = await setStatus(t, c.id, { status });
      expect(again.statusCode).toBe(409);
      expect(again.json().type).toContain('/problems/commitment-move-refused');
    }
    // `missed` is the worker's to set, at the due time.
    expect((await setStatus(t, c.id, { status: 'missed' })).statusCode).toBe(400);
    expect((await setStatus(t, '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c', { status: 'done' })).statusCode).toBe(
      404,
    );
    const actions = (await auditOf(t, id)).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('commitment.'))).toEqual([
      'commitment.added',
      'commitment.done',
    ]);
  });

  it('should refuse close while a commitment is open, naming it, and close once it is cancelled', async () => {
    const id = await openIncident(t);
    await walkToMonitoring(t, id, delivery, [changes[0]!]);
    const [open] = await commitmentsOf(t, id);
    const refused = await send(t, id, 'close');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ count: 1, commitmentIds: [open!.id] });
    expect(refused.json().type).toContain('/problems/open-commitments');
    const pl = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: { 'accept-language': 'pl' },
      payload: { event: 'close' },
    });
    expect(pl.headers['content-language']).toBe('pl');
    expect(pl.json().detail).toContain('zobowiązania');
    expect((await setStatus(t, open!.id, { status: 'cancelled', note: 'Superseded' })).statusCode).toBe(200);
    const closed = await send(t, id, 'close');
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it('should close with carryOver: true and keep the commitment open and tracked', async () => {
    const id = await openIncident(t);
    await walkToMonitoring(t, id, delivery, [changes[1]!]);
    const closed = await send(t, id, 'close', { carryOver: true });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await commitmentsOf(t, id)).map((c) => c.status)).toEqual(['open']);
  });

  it('should list commitments across incidents by status and due time, soonest first, a page at a time', async () => {
    const id = await openIncident(t);
    const due = ['2031-01-03', '2031-01-01', '2031-01-02'];
    for (const d of due)
      expect((await add(id, { description: `Due ${d}`, owner: 'Ops', dueAt: d })).statusCode).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `/v1/commitments?status=open&dueBefore=2031-01-03T00:00:00Z&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { items: { description: string; dueAt: string }[]; nextCursor: string | null } = (
        await t.app.inject({ url })
      ).json();
      seen.push(
        ...page.items
          .filter((c) => c.dueAt.startsWith('2030') || c.dueAt.startsWith('2031'))
          .map((c) => c.description),
      );
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Due 2031-01-01', 'Due 2031-01-02']);
    expect((await t.app.inject({ url: '/v1/commitments?status=kept' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/v1/commitments?cursor=nonsense' })).statusCode).toBe(422);
  });

  it('should list open commitments as next tasks, soonest due first, overdue once due', async () => {
    const id = await openIncident(t);
    // A commitment is made for the future (one due in the past is refused); this one falls due an hour on.
    const inHours = (h: number) => new Date(clock().getTime() + h * 3_600_000).toISOString();
    const late = (await add(id, { description: 'Late', owner: 'Ops', dueAt: inHours(1) })).json();
    const soon = (await add(id, { description: 'Soon', owner: 'Ops', dueAt: inHours(72) })).json();
    const doneOne = (await add(id, { description: 'Done', owner: 'Ops', dueAt: inHours(48) })).json();
    await setStatus(t, doneOne.id, { status: 'done' });
    clock.advance(2 * 3_600_000);
    const next = (await t.app.inject({ url: `/v1/incidents/${id}/next` })).json();
    const tasks = next.tasks.filter((task: { kind: string }) => task.kind === 'commitment');
    expect(tasks).toEqual([
      expect.objectContaining({ id: late.id, dueAt: late.dueAt, overdue: true }),
      expect.objectContaining({ id: soon.id, dueAt: soon.dueAt, overdue: false }),
    ]);
    expect(tasks[0].dueAtLocal).toMatch(/\+01:00$/);
    clock.advance(DAY);
  });

  it('should let a manager add and settle commitments and a dashboard only read them', async () => {
    const id = await openIncident(t);
    const manager = await issueKey(t, 'manager', 'Anna (PR)');
    const dashboard = await issueKey(t, 'dashboard', 'Wall screen');
    const body = { description: 'Weekly status post', owner: 'PR', dueAt: '2026-04-01' };
    const asDashboard = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/commitments`,
      headers: bearer(dashboard.key),
      payload: body,
    });
    expect(asDashboard.statusCode).toBe(403);
    const added = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/commitments`,
      headers: bearer(manager.key),
      payload: body,
    });
    expect(added.statusCode).toBe(201);
    const read = await t.app.inject({
      url: `/v1/incidents/${id}/commitments`,
      headers: bearer(dashboard.key),
    });
    expect(read.json().items).toHaveLength(1);
    const audit = await auditOf(t, id);
    expect(audit.at(-1)).toMatchObject({ action: 'commitment.added', actor: 'Anna (PR)' });
  });
});
