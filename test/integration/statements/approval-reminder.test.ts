import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorker } from '../../../src/worker/create-worker.ts';
import { issueKey, type TestKey } from '../../helpers/keys.ts';
import {
  buildTestApp,
  fakeClock,
  shippedPlaybooks,
  TEST_SECRETS_KEY,
  type TestApp,
} from '../../helpers/test-app.ts';
import { apologyBody, decide, draft, openIncident, outboxOf } from './statement-helpers.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let worker: Awaited<ReturnType<typeof createWorker>>;
let writer: TestKey;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  worker = await createWorker({
    db: t.database.db,
    clock,
    config: { WORKER_INTERVAL_MS: 1000, WEBHOOK_TIMEOUT_MS: 2000, DB_POOL_SIZE: 10 },
    secretsKey: TEST_SECRETS_KEY,
    playbooks: await shippedPlaybooks(),
  });
  writer = await issueKey(t, 'manager', 'Anna (PR)');
});
afterAll(async () => {
  await t.close();
});

const requested = async (incidentId: string) =>
  (await outboxOf(t, incidentId, 'statement.approval_requested')).map((e) => e.reminder);

describe('approval reminders (worker, fake clock)', () => {
  it('should remind a pending approval once, when half the time to the stage deadline has passed', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'critical');
    clock.advance(5 * 60_000);
    const drafted = (await draft(t, incidentId, apologyBody(), writer)).json();
    const incident = (await t.app.inject({ url: `/v1/incidents/${incidentId}` })).json();
    const half = (Date.parse(incident.deadline.dueAt) - clock().getTime()) / 2;

    clock.advance(half - 1_000);
    await worker.scheduler.tick();
    expect(await requested(incidentId)).toEqual([false]);

    clock.advance(1_000);
    const tick = await worker.scheduler.tick();
    expect(tick.approvalsReminded).toBe(1);
    expect(await requested(incidentId)).toEqual([false, true]);
    const reminder = (await outboxOf(t, incidentId, 'statement.approval_requested'))[1];
    expect(reminder).toMatchObject({ statementId: drafted.id, stage: 'apologise' });

    clock.advance(60_000);
    await worker.scheduler.tick();
    expect(await requested(incidentId)).toEqual([false, true]);
    // The clock of the stage kept running: a pending statement does not stop it.
    const after = (await t.app.inject({ url: `/v1/incidents/${incidentId}` })).json();
    expect(after.deadline.dueAt).toBe(incident.deadline.dueAt);
    const verdict = (await t.app.inject({ url: `/v1/incidents/${incidentId}/audit/verify` })).json();
    expect(verdict).toEqual({ valid: true, entries: 2 });
  });

  it('should not remind a statement decided before its reminder time', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'critical');
    const drafted = (await draft(t, incidentId, apologyBody(), writer)).json();
    expect((await decide(t, drafted.id, { decision: 'approve' })).statusCode).toBe(200);
    clock.advance(24 * 3_600_000);
    await worker.scheduler.tick();
    expect(await requested(incidentId)).toEqual([false]);
  });
});
