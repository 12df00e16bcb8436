import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker } from '../../../src/worker/create-worker.ts';
import {
  buildTestApp,
  fakeClock,
  shippedPlaybooks,
  TEST_SECRETS_KEY,
  type TestApp,
} from '../../helpers/test-app.ts';
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
let worker: Awaited<ReturnType<typeof createWorker>>;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  worker = await createWorker({
    db: t.database.db,
    clock,
    config: { WORKER_INTERVAL_MS: 1000, WEBHOOK_TIMEOUT_MS: 2000, DB_POOL_SIZE: 10 },
    secretsKey: TEST_SECRETS_KEY,
    playbooks: await shippedPlaybooks(),
  });
});
afterAll(async () => {
  await t.close();
});

const addIn = async (id: string, days: number) => {
  const dueAt = new Date(clock().getTime() + days * DAY).toISOString();
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${id}/commitments`,
    payload: { description: `Due in ${days} days`, owner: 'Ops', dueAt },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; dueAt: string };
};

describe('commitment reminders and misses (worker, fake clock)', () => {
  it('should remind once at the playbook’s reminderAt of the span, then mark missed once at dueAt, audited as the system', async () => {
    const id = await openIncident(t);
    const reminderAt = (await playbook('delivery-delay')).escalation.reminderAt;
    const c = await addIn(id, 10);
    clock.advance(10 * DAY * reminderAt - 60_000);
    await worker.scheduler.tick();
    expect(await outboxOf(t, id, 'commitment.approaching')).toEqual([]);

    clock.advance(60_000);
    expect((await worker.scheduler.tick()).commitmentsReminded).toBe(1);
    await worker.scheduler.tick();
    expect(await outboxOf(t, id, 'commitment.approaching')).toEqual([
      expect.objectContaining({ commitmentId: c.id, dueAt: c.dueAt, status: 'open' }),
    ]);

    clock.set(new Date(Date.parse(c.dueAt) - 1).toISOString());
    expect((await worker.scheduler.tick()).commitmentsMissed).toBe(0);
    clock.advance(1);
    expect((await worker.scheduler.tick()).commitmentsMissed).toBe(1);
    expect((await worker.scheduler.tick()).commitmentsMissed).toBe(0);

    expect((await commitmentsOf(t, id)).map((x) => x.status)).toEqual(['missed']);
    const missed = (await auditOf(t, id)).filter((e) => e.action === 'commitment.missed');
    expect(missed).toEqual([
      expect.objectContaining({
        actor: 'deadline scheduler',
        keyId: null,
        data: expect.objectContaining({ commitmentId: c.id }),
      }),
    ]);
    expect(await outboxOf(t, id, 'commitment.missed')).toHaveLength(1);
    const verdict = (await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json();
    expect(verdict.valid).toBe(true);
    // Missed is final: nobody marks it done afterwards.
    expect((await setStatus(t, c.id, { status: 'done' })).statusCode).toBe(409);
  });

  it('should mark several of one incident missed in one tick, each chained on the incident’s log', async () => {
    const id = await openIncident(t);
    const made = [await addIn(id, 1), await addIn(id, 1), await addIn(id, 2)];
    clock.advance(3 * DAY);
    expect((await worker.scheduler.tick()).commitmentsMissed).toBeGreaterThanOrEqual(3);
    const missed = (await auditOf(t, id)).filter((e) => e.action === 'commitment.missed');
    expect(missed.map((e) => e.data.commitmentId).sort()).toEqual(made.map((c) => c.id).sort());
    const verdict = (await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json();
    // Opened, three added, the apology's deadline breached on the way, three missed.
    expect(verdict).toEqual({ valid: true, entries: 1 + 3 + 1 + 3 });
  });

  it('should neither remind nor miss a commitment done in time', async () => {
    const id = await openIncident(t);
    const c = await addIn(id, 4);
    expect((await setStatus(t, c.id, { status: 'done' })).statusCode).toBe(200);
    clock.advance(5 * DAY);
    await worker.scheduler.tick();
    expect(await outboxOf(t, id, 'commitment.approaching')).toEqual([]);
    expect(await outboxOf(t, id, 'commitment.missed')).toEqual([]);
  });

  it('should keep reminding and missing carried-over commitments after the incident closed', async () => {
    const id = await openIncident(t);
    const dueAt = new Date(clock().getTime() + 20 * DAY).toISOString();
    await walkToMonitoring(t, id, await playbook('delivery-delay'), [
      { description: 'Lockers in every city', owner: 'COO', dueAt },
    ]);
    const closed = await send(t, id, 'close', { carryOver: true });
    expect(closed.statusCode, closed.body).toBe(200);
    clock.advance(19 * DAY);
    await worker.scheduler.tick();
    expect(await outboxOf(t, id, 'commitment.approaching')).toHaveLength(1);
    clock.advance(2 * DAY);
    await worker.scheduler.tick();
    expect((await commitmentsOf(t, id)).map((x) => x.status)).toEqual(['missed']);
    const last = (await auditOf(t, id)).at(-1)!;
    expect(last).toMatchObject({ action: 'commitment.missed', fromState: 'closed', toState: 'closed' });
  });
});
