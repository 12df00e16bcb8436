import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

// Both shipped playbooks used here run in Europe/Warsaw: UTC+1 in winter, UTC+2 in summer.
const clock = fakeClock('2026-01-15T09:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

interface Shown {
  id: string;
  firstReplyDueAt: string | null;
  firstReplyDueAtLocal: string | null;
}

/** `iso` as the wall-clock time `hours` ahead of UTC, the way the API writes local times. */
const wall = (iso: string, hours: number) =>
  `${new Date(Date.parse(iso) + hours * 3_600_000).toISOString().slice(0, 19)}+0${hours}:00`;

let n = 0;
const complaint = (extra: Record<string, unknown> = {}) => ({
  source: 'facebook',
  externalId: `local-${++n}`,
  text: `My parcel never arrived (${n})`,
  ...extra,
});
async function post(extra: Record<string, unknown> = {}): Promise<Shown> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/complaints', payload: complaint(extra) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function openIncident(): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'defective-product', title: 'Chargers overheating', severity: 'high' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

describe('firstReplyDueAtLocal', () => {
  it.each([
    ['winter', '2026-01-15T09:00:00.000Z', 1],
    ['summer', '2026-07-15T09:00:00.000Z', 2],
  ])(
    'should show a matched Europe/Warsaw playbook’s first-reply time in %s local time',
    async (_season, now, hours) => {
      clock.set(now);
      const created = await post({ playbookId: 'lost-or-damaged-order' });
      expect(created.firstReplyDueAt).not.toBeNull();
      const local = wall(created.firstReplyDueAt!, hours);
      expect(created.firstReplyDueAtLocal).toBe(local);
      expect(Date.parse(created.firstReplyDueAtLocal!)).toBe(Date.parse(created.firstReplyDueAt!));

      const one = (await t.app.inject({ url: `/v1/complaints/${created.id}` })).json() as Shown;
      expect(one.firstReplyDueAtLocal).toBe(local);
      const list = await t.app.inject({ url: '/v1/complaints?limit=100' });
      const listed = (list.json().items as Shown[]).find((c) => c.id === created.id);
      expect(listed?.firstReplyDueAtLocal).toBe(local);
    },
  );

  it('should use the time zone of the complaint’s incident’s playbook, in the batch, the list and alone', async () => {
    clock.set('2026-07-20T18:30:00.000Z');
    const incidentId = await openIncident();
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints/batch',
      payload: {
        items: [
          complaint({ incidentId }),
          complaint({ incidentId }),
          complaint({ text: 'Hello there, team' }),
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json().items as { status: number; complaint: Shown }[]).map((i) => i.complaint);
    expect(items.map((c) => c.firstReplyDueAtLocal)).toEqual([
      wall(items[0]!.firstReplyDueAt!, 2),
      wall(items[1]!.firstReplyDueAt!, 2),
      // No playbook claims it: the default policy, shown in UTC.
      `${items[2]!.firstReplyDueAt!.slice(0, 19)}+00:00`,
    ]);

    const listed = (await t.app.inject({ url: `/v1/incidents/${incidentId}/complaints` })).json()
      .items as Shown[];
    expect(listed.map((c) => c.firstReplyDueAtLocal).sort()).toEqual(
      [items[0]!, items[1]!].map((c) => wall(c.firstReplyDueAt!, 2)).sort(),
    );
    const all = (await t.app.inject({ url: '/v1/complaints?limit=100' })).json().items as Shown[];
    const byId = new Map(all.map((c) => [c.id, c.firstReplyDueAtLocal]));
    for (const c of items) expect(byId.get(c.id), c.id).toBe(c.firstReplyDueAtLocal);
    const alone = (await t.app.inject({ url: `/v1/complaints/${items[0]!.id}` })).json() as Shown;
    expect(alone.firstReplyDueAtLocal).toBe(items[0]!.firstReplyDueAtLocal);
  });

  it('should answer a retried complaint with the same local time', async () => {
    clock.set('2026-01-20T07:00:00.000Z');
    const body = complaint({ playbookId: 'lost-or-damaged-order' });
    const first = await t.app.inject({ method: 'POST', url: '/v1/complaints', payload: body });
    const again = await t.app.inject({ method: 'POST', url: '/v1/complaints', payload: body });
    expect(again.statusCode).toBe(200);
    expect(again.json().firstReplyDueAtLocal).toBe(first.json().firstReplyDueAtLocal);
    expect(first.json().firstReplyDueAtLocal).toMatch(/\+01:00$/);
  });
});
