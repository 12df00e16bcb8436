import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../../src/domain/deadlines/duration.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import {
  auditOf,
  openIncident,
  outboxOf,
  playbook,
  send,
  walkToMonitoring,
} from '../commitments/commitment-helpers.ts';

// Stragglers (v1.2, changed): a complaint arriving in monitoring or after the close joins the incident and
// waits for its reply; only the playbook's reopen threshold (or a person) reopens it.

const clock = fakeClock('2026-12-07T09:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

let n = 0;
async function batch(count: number, playbookId: string) {
  const items = Array.from({ length: count }, () => ({
    source: 'instagram',
    externalId: `straggler-${++n}`,
    text: `Comment ${n}: my parcel never arrived`,
    playbookId,
  }));
  const res = await t.app.inject({ method: 'POST', url: '/v1/complaints/batch', payload: { items } });
  expect(res.statusCode, res.body).toBe(200);
  const answers = res.json().items as { status: number; complaint: Record<string, any> }[];
  for (const a of answers) expect(a.status).toBe(201);
  return answers.map((a) => a.complaint);
}

const incident = async (id: string) => (await t.app.inject({ url: `/v1/incidents/${id}` })).json();

/** A new incident walked to monitoring: the newest of its playbook, so it is the one complaints join. */
async function monitored(playbookId: string) {
  clock.advance(60_000);
  const id = await openIncident(t, playbookId, 'high');
  await walkToMonitoring(t, id, await playbook(playbookId));
  return id;
}

describe('a straggler in monitoring', () => {
  it('should join and wait for its reply without moving the incident, audited, announced once', async () => {
    const id = await monitored('lost-or-damaged-order');
    const [late] = await batch(1, 'lost-or-damaged-order');
    expect(late).toMatchObject({ incidentId: id, answered: false });
    expect(late?.firstReplyDueAt).not.toBeNull();
    expect(await incident(id)).toMatchObject({ state: 'monitoring', newSinceMonitoring: 1 });
    const recorded = (await auditOf(t, id)).filter((e) => e.action === 'complaint.stragglers');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ fromState: 'monitoring', toState: 'monitoring' });
    expect(recorded[0]?.data).toMatchObject({ count: 1, since: 'monitoring', complaintIds: [late?.id] });

    await batch(2, 'lost-or-damaged-order');
    expect(await incident(id)).toMatchObject({ state: 'monitoring', newSinceMonitoring: 3 });
    // Announced when the first one arrives, not for every one.
    expect(await outboxOf(t, id, 'incident.stragglers')).toEqual([
      { incidentId: id, state: 'monitoring', count: 1 },
    ]);
    const board = (await t.app.inject({ url: `/v1/board?incidentId=${id}` })).json();
    expect(board.items[0]).toMatchObject({ newSinceMonitoring: 3, unanswered: 3 });
  });

  it('should reopen to the playbook’s reopenTo at the threshold within its window, as the system, and start counting anew', async () => {
    const lost = await playbook('lost-or-damaged-order');
    const rule = lost.reopen!;
    expect(rule.threshold).toBeGreaterThanOrEqual(5);
    const id = await monitored('lost-or-damaged-order');
    await batch(rule.threshold - 1, 'lost-or-damaged-order');
    expect((await incident(id)).state).toBe('monitoring');
    await batch(1, 'lost-or-damaged-order');
    const reopened = await incident(id);
    expect(reopened).toMatchObject({ state: lost.reopenTo, newSinceMonitoring: 0 });
    const entry = (await auditOf(t, id)).find((e) => e.action === 'incident.reopen');
    expect(entry).toMatchObject({ actor: 'system', fromState: 'monitoring', toState: lost.reopenTo });
    expect(entry?.data.evidence.stragglers).toEqual({ count: rule.threshold, within: rule.within });
    expect((await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json().valid).toBe(true);
    // The desk announces it: the workspace names the reopen while the incident has not moved since.
    const { lastReopen } = (await t.app.inject({ url: `/v1/incidents/${id}/workspace` })).json();
    expect(lastReopen).toMatchObject({
      actor: 'system',
      stragglers: { count: rule.threshold, within: rule.within },
    });
  });

  it('should not reopen when the stragglers are spread wider than the window', async () => {
    const lost = await playbook('lost-or-damaged-order');
    const rule = lost.reopen!;
    const id = await monitored('lost-or-damaged-order');
    await batch(rule.threshold - 1, 'lost-or-damaged-order');
    clock.advance(parseIsoDuration(rule.within) + 60_000);
    await batch(1, 'lost-or-damaged-order');
    expect(await incident(id)).toMatchObject({ state: 'monitoring', newSinceMonitoring: rule.threshold });
    // A manager still decides: reopen by hand, which resets the count.
    const res = await send(t, id, 'reopen', { reason: 'Customers keep writing about the same parcels.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await incident(id)).toMatchObject({ state: lost.reopenTo, newSinceMonitoring: 0 });
  });
});
