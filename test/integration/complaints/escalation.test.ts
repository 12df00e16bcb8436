import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../../src/domain/deadlines/duration.ts';
import { type Playbook, STAGES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { validEvidence } from '../../helpers/evidence.ts';
import { buildTestApp, fakeClock, shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let defective: Playbook;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  defective = (await shippedPlaybooks()).find((p) => p.playbook.id === 'defective-product')!.playbook;
});
afterAll(async () => {
  await t.close();
});

let n = 0;
async function postComplaint(incidentId: string, source = 'email') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: {
      source,
      externalId: `esc-${++n}`,
      text: `Complaint number ${n} about the kettle.`,
      incidentId,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  clock.advance(1_000); // distinct receivedAt, so "oldest first" is well defined
  return res.json();
}

async function open(severity: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'defective-product', title: 'Kettles overheating', severity },
  });
  return res.json() as { id: string; deadline: { dueAt: string } };
}

const get = async (id: string) => (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
const transition = (id: string, event: string, evidence: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/v1/incidents/${id}/transitions`, payload: { event, evidence } });

describe('volume escalation', () => {
  it('should raise the severity past N complaints within the window, recompute the deadline and never lower it', async () => {
    // defective-product: 10 within PT2H → high; 25 within PT2H → critical.
    const incident = await open('low');
    const openedAt = clock().getTime();
    expect(incident.deadline.dueAt).toBe(
      new Date(openedAt + parseIsoDuration(defective.stages.apologise.deadlines.low)).toISOString(),
    );
    const first = await postComplaint(incident.id);
    for (let i = 0; i < 9; i++) await postComplaint(incident.id);
    const raised = await get(incident.id);
    expect(raised.severity).toBe('high');
    expect(raised.complaintCount).toBe(10);
    expect(raised.deadline.dueAt).toBe(
      new Date(openedAt + parseIsoDuration(defective.stages.apologise.deadlines.high)).toISOString(),
    );
    // The first complaint's reply is now due under the high severity.
    const listed = await t.app.inject({ url: `/v1/incidents/${incident.id}/complaints?limit=1` });
    expect(listed.json().items[0].id).toBe(first.id);
    expect(listed.json().items[0].firstReplyDueAt).toBe(
      new Date(openedAt + parseIsoDuration(defective.firstReply.deadlines.high)).toISOString(),
    );
    const audit = await t.app.inject({ url: `/v1/incidents/${incident.id}/audit` });
    const escalation = audit
      .json()
      .items.find((e: { action: string }) => e.action === 'incident.set_severity');
    expect(escalation.data.evidence).toMatchObject({ severity: 'high' });

    // Ten more, three hours later: the old ones left the window, so nothing crosses 25 and nothing falls.
    clock.advance(3 * 3_600_000);
    for (let i = 0; i < 10; i++) await postComplaint(incident.id);
    expect((await get(incident.id)).severity).toBe('high');
  });
});

describe('complaints and the 5P walk', () => {
  it('should refuse the apology until it names every channel the complaints came from', async () => {
    const incident = await open('medium');
    await postComplaint(incident.id, 'facebook');
    await postComplaint(incident.id, 'x');
    const missing = await transition(incident.id, 'apologise', validEvidence(defective, 'apologise'));
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual([
      expect.objectContaining({
        field: 'evidence.channels',
        rule: 'channels',
        // Worded for people, the code kept in params for integrations.
        message: expect.stringMatching(/missing X\.$/),
        params: { missing: ['x'] },
      }),
    ]);
    const named = await transition(
      incident.id,
      'apologise',
      validEvidence(defective, 'apologise', { channels: ['facebook', 'x'] }),
    );
    expect(named.statusCode, named.body).toBe(200);
  });

  it('should keep an incident in monitoring when one complaint arrives (changed in v1.2), and reopen it at the playbook’s threshold', async () => {
    const incident = await open('medium');
    for (const stage of STAGES) {
      clock.advance(60_000);
      const res = await transition(incident.id, stage, validEvidence(defective, stage));
      expect(res.statusCode, `${stage}: ${res.body}`).toBe(200);
    }
    expect((await get(incident.id)).state).toBe('monitoring');
    clock.advance(parseIsoDuration('P1D'));
    const late = await postComplaint(incident.id, 'facebook');
    expect(late).toMatchObject({ incidentId: incident.id, answered: false });
    expect(await get(incident.id)).toMatchObject({ state: 'monitoring', newSinceMonitoring: 1 });

    const threshold = defective.reopen!.threshold;
    for (let i = 1; i < threshold; i++) await postComplaint(incident.id, 'facebook');
    const reopened = await get(incident.id);
    expect(reopened.state).toBe(defective.reopenTo);
    const audit = await t.app.inject({ url: `/v1/incidents/${incident.id}/audit?limit=200` });
    expect(audit.json().items.at(-1)).toMatchObject({
      action: 'incident.reopen',
      actor: 'system',
      toState: defective.reopenTo,
    });
    const verify = await t.app.inject({ url: `/v1/incidents/${incident.id}/audit/verify` });
    expect(verify.json().valid).toBe(true);
  });
});
