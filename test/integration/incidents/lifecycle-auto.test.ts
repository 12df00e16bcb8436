import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../../src/domain/deadlines/duration.ts';
import { STAGES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { createWorker } from '../../../src/worker/create-worker.ts';
import { validEvidence } from '../../helpers/evidence.ts';
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
  playbook,
  send,
  setStatus,
  walkToMonitoring,
} from '../commitments/commitment-helpers.ts';

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

const state = async (id: string) => (await t.app.inject({ url: `/v1/incidents/${id}` })).json().state;
const soon = () => [
  { description: 'Courier tracking', owner: 'Ops', dueAt: new Date(clock().getTime() + DAY).toISOString() },
];

let n = 0;
async function complaint(body: Record<string, unknown>) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: {
      source: 'facebook',
      externalId: `life-${++n}`,
      text: `Complaint ${n}: where is my order?`,
      ...body,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; incidentId: string | null };
}

describe('monitoring closes by itself (worker, fake clock)', () => {
  it('should close once the watch window passed quietly, as the system through the normal step, not before', async () => {
    const delivery = await playbook('delivery-delay');
    expect(delivery.monitoring.autoClose).toBe(true);
    const id = await openIncident(t);
    await walkToMonitoring(t, id, delivery, soon());
    const [c] = await commitmentsOf(t, id);
    expect((await setStatus(t, c!.id, { status: 'done' })).statusCode).toBe(200);
    const window = parseIsoDuration(delivery.monitoring.watchWindow);
    clock.advance(window - 60_000);
    expect((await worker.scheduler.tick()).autoClosed).toBe(0);
    expect(await state(id)).toBe('monitoring');
    clock.advance(2 * 60_000);
    expect((await worker.scheduler.tick()).autoClosed).toBe(1);
    expect(await state(id)).toBe('closed');
    const last = (await auditOf(t, id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'incident.close',
      actor: 'system',
      fromState: 'monitoring',
      toState: 'closed',
    });
    expect(last.data.note).toContain(delivery.monitoring.watchWindow);
    expect((await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json().valid).toBe(true);
    expect((await worker.scheduler.tick()).autoClosed).toBe(0);
  });

  it('should wait while close would be refused: an open commitment, then an unanswered complaint', async () => {
    const delivery = await playbook('delivery-delay');
    const id = await openIncident(t);
    const waiting = await complaint({ incidentId: id });
    const evidence = (stage: (typeof STAGES)[number]) =>
      validEvidence(delivery, stage, { channels: ['facebook'] });
    for (const stage of STAGES) {
      const body =
        stage === 'improve'
          ? { ...evidence(stage), changes: [{ ...soon()[0]!, dueAt: '2027-06-01' }] }
          : evidence(stage);
      expect((await send(t, id, stage, body)).statusCode).toBe(200);
    }
    clock.advance(parseIsoDuration(delivery.monitoring.watchWindow) + 60_000);
    await worker.scheduler.tick();
    expect(await state(id)).toBe('monitoring');
    const [c] = await commitmentsOf(t, id);
    expect((await setStatus(t, c!.id, { status: 'cancelled' })).statusCode).toBe(200);
    await worker.scheduler.tick();
    expect(await state(id)).toBe('monitoring');
    const replied = await t.app.inject({
      method: 'POST',
      url: `/v1/complaints/${waiting.id}/replies`,
      payload: {
        channel: 'facebook',
        visibility: 'public',
        text: 'We are sorry, your parcel is on its way today.',
      },
    });
    expect(replied.statusCode, replied.body).toBe(201);
    await worker.scheduler.tick();
    expect(await state(id)).toBe('closed');
  });

  it('should close each quiet incident once when two schedulers tick at the same moment', async () => {
    const delivery = await playbook('delivery-delay');
    const other = await createWorker({
      db: t.database.db,
      clock,
      config: { WORKER_INTERVAL_MS: 1000, WEBHOOK_TIMEOUT_MS: 2000, DB_POOL_SIZE: 10 },
      secretsKey: TEST_SECRETS_KEY,
      playbooks: await shippedPlaybooks(),
    });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await openIncident(t);
      await walkToMonitoring(t, id, delivery, soon());
      const [c] = await commitmentsOf(t, id);
      await setStatus(t, c!.id, { status: 'done' });
      ids.push(id);
    }
    clock.advance(parseIsoDuration(delivery.monitoring.watchWindow) + 60_000);
    const [a, b] = await Promise.all([worker.scheduler.tick(), other.scheduler.tick()]);
    expect(a.autoClosed + b.autoClosed).toBe(ids.length);
    for (const id of ids) {
      const closes = (await auditOf(t, id)).filter((e) => e.action === 'incident.close');
      expect(closes).toHaveLength(1);
      expect(await state(id)).toBe('closed');
    }
  });

  it('should leave a playbook that does not close by itself to a person', async () => {
    const payment = await playbook('payment-or-data-incident');
    expect(payment.monitoring.autoClose).toBe(false);
    const id = await openIncident(t, 'payment-or-data-incident', 'high');
    await walkToMonitoring(t, id, payment, soon());
    const [c] = await commitmentsOf(t, id);
    await setStatus(t, c!.id, { status: 'done' });
    clock.advance(parseIsoDuration(payment.monitoring.watchWindow) + DAY);
    await worker.scheduler.tick();
    expect(await state(id)).toBe('monitoring');
  });
});

describe('a complaint reaching a closed incident within the playbook’s reopenWindow (changed in v1.2)', () => {
  it('should let one complaint join the closed incident inside the window and wait, not reopen it; after the window, not join', async () => {
    const social = await playbook('social-media-backlash');
    const window = parseIsoDuration(social.reopenWindow!);
    const id = await openIncident(t, 'social-media-backlash', 'high');
    await walkToMonitoring(t, id, social, soon());
    expect((await send(t, id, 'close', { carryOver: true })).statusCode).toBe(200);

    clock.advance(window - DAY);
    const first = await complaint({ playbookId: 'social-media-backlash' });
    expect(first.incidentId).toBe(id);
    const after = (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
    expect(after).toMatchObject({ state: 'closed', newSinceMonitoring: 1 });
    const entry = (await auditOf(t, id)).find((e) => e.action === 'complaint.stragglers')!;
    expect(entry).toMatchObject({ fromState: 'closed', toState: 'closed' });
    expect(entry.data).toMatchObject({ count: 1, complaintIds: [first.id] });
    expect((await auditOf(t, id)).some((e) => e.action === 'incident.reopen')).toBe(false);
    expect((await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json().valid).toBe(true);

    clock.advance(window + 60_000);
    const late = await complaint({ playbookId: 'social-media-backlash' });
    expect(late.incidentId).not.toBe(id);
    expect(await state(id)).toBe('closed');
  });

  it('should only attach a complaint naming a closed incident once its window passed', async () => {
    const social = await playbook('social-media-backlash');
    const id = await openIncident(t, 'social-media-backlash', 'high');
    await walkToMonitoring(t, id, social, soon());
    expect((await send(t, id, 'close', { carryOver: true })).statusCode).toBe(200);
    clock.advance(parseIsoDuration(social.reopenWindow!) + DAY);
    const named = await complaint({ incidentId: id });
    expect(named.incidentId).toBe(id);
    expect(await state(id)).toBe('closed');
  });
});
