import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
});

let n = 0;
const complaint = (source: string, text: string, extra: Record<string, unknown> = {}) => ({
  source,
  externalId: `c-${++n}`,
  text,
  ...extra,
});

async function incidentsOf(playbookId: string) {
  const res = await t.app.inject({ url: `/v1/incidents?playbookId=${playbookId}` });
  return res.json().items as { id: string; complaintCount: number; severity: string; state: string }[];
}

describe('correlation by playbook triggers', () => {
  it('should open exactly one incident when concurrent posts cross a trigger threshold, audited as the integration', async () => {
    // payment-or-data-incident: 5 matching complaints within PT1H open an incident of high severity.
    const bodies = Array.from({ length: 12 }, (_, i) =>
      complaint(i % 2 ? 'facebook' : 'x', `I was CHARGED TWICE for my order, number ${i}!`),
    );
    const responses = await Promise.all(
      bodies.map((b) =>
        fetch(`${base}/v1/complaints`, {
          method: 'POST',
          headers: { ...adminAuth, 'content-type': 'application/json' },
          body: JSON.stringify(b),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
    const incidents = await incidentsOf('payment-or-data-incident');
    expect(incidents).toHaveLength(1);
    const [incident] = incidents;
    expect(incident).toMatchObject({ severity: 'high', state: 'apologise', complaintCount: 12 });
    const attached = await t.app.inject({ url: `/v1/incidents/${incident?.id}/complaints` });
    expect(attached.json().items).toHaveLength(12);
    const audit = await t.app.inject({ url: `/v1/incidents/${incident?.id}/audit` });
    expect(audit.json().items[0]).toMatchObject({ seq: 1, action: 'incident.opened' });
    expect(audit.json().items[0].actor).not.toBe('anonymous');
  });

  it('should keep complaints below the threshold unattached for triage, and let a manager attach one', async () => {
    // lost-or-damaged-order needs 15 within PT2H; two stay in triage.
    const a = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: complaint('review', 'The parcel arrived damaged, the box was crushed.'),
    });
    clock.advance(1_000);
    const b = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: complaint('chat', 'Nothing to do with any crisis, just hello.'),
    });
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().incidentId).toBeNull();
    expect(a.json().firstReplyDueAt).not.toBeNull(); // it matched a playbook: its first-reply time applies
    // No playbook claims it: the default first-reply policy (24 h) applies, so it is answered too.
    expect(b.json().firstReplyDueAt).toBe(new Date(clock().getTime() + 24 * 3_600_000).toISOString());
    const triage = await t.app.inject({ url: '/v1/complaints?incidentId=none' });
    expect(triage.json().items.map((c: { id: string }) => c.id)).toEqual([a.json().id, b.json().id]);

    const open = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'lost-or-damaged-order', title: 'Crushed parcels', severity: 'low' },
    });
    const attach = await t.app.inject({
      method: 'POST',
      url: `/v1/complaints/${b.json().id}/attach`,
      payload: { incidentId: open.json().id, actor: 'Anna (PR)' },
    });
    expect(attach.statusCode, attach.body).toBe(200);
    expect(attach.json().incidentId).toBe(open.json().id);
    const again = await t.app.inject({
      method: 'POST',
      url: `/v1/complaints/${b.json().id}/attach`,
      payload: { incidentId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(again.statusCode).toBe(409);
    const audit = await t.app.inject({ url: `/v1/incidents/${open.json().id}/audit` });
    expect(audit.json().items.at(-1)).toMatchObject({ action: 'complaint.attached', actor: 'Anna (PR)' });

    // The incident is open now: the next matching complaint joins it instead of waiting for a threshold.
    const c = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: complaint('email', 'My parcel never arrived, it is a lost parcel.'),
    });
    expect(c.json().incidentId).toBe(open.json().id);
    expect((await incidentsOf('lost-or-damaged-order'))[0]?.complaintCount).toBe(2);
  });

  it('should attach by an explicit incidentId and refuse an unknown playbookId with 422', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: complaint('email', 'hello', { playbookId: 'no-such-playbook' }),
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('body.playbookId');
  });
});
