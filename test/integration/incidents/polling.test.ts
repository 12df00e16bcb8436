import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEvidence } from '../../helpers/evidence.ts';
import { buildTestApp, fakeClock, shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-05-04T10:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

async function open(title: string, playbookId = 'social-media-backlash') {
  clock.advance(1_000);
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId, title, severity: 'medium' },
  });
  return res.json() as { id: string; version: number };
}

describe('GET /v1/incidents/{id} for polling dashboards', () => {
  it('should answer 304 without a body while the ETag matches, and 200 with a new ETag after a change', async () => {
    const { id } = await open('Profile renamed overnight');
    const first = await t.app.inject({ url: `/v1/incidents/${id}` });
    expect(first.headers.etag).toBe('"1"');
    const same = await t.app.inject({ url: `/v1/incidents/${id}`, headers: { 'if-none-match': '"1"' } });
    expect(same.statusCode).toBe(304);
    expect(same.body).toBe('');
    // A 304 carries no body and so no length: strict clients would wait for the missing bytes.
    expect(same.headers['content-length'] ?? '0').toBe('0');

    const pb = (await shippedPlaybooks()).find((p) => p.playbook.id === 'social-media-backlash')!.playbook;
    await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: { 'if-match': '"1"' },
      payload: { event: 'apologise', evidence: validEvidence(pb, 'apologise') },
    });
    const changed = await t.app.inject({ url: `/v1/incidents/${id}`, headers: { 'if-none-match': '"1"' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
  });
});

describe('GET /v1/incidents list', () => {
  it('should page newest change first with a keyset cursor that stays stable while incidents change', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await open(`Wave ${i}`, 'lost-or-damaged-order')).id);
    const page1 = (
      await t.app.inject({ url: '/v1/incidents?playbookId=lost-or-damaged-order&limit=2' })
    ).json();
    expect(page1.items.map((i: { id: string }) => i.id)).toEqual([ids[4], ids[3]]);

    // A change underneath moves ids[0] to the front; it must not reappear on later pages.
    clock.advance(1_000);
    await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${ids[0]}/transitions`,
      payload: { event: 'set_severity', evidence: { severity: 'high', reason: 'More reports' } },
    });
    const page2 = (
      await t.app.inject({
        url: `/v1/incidents?playbookId=lost-or-damaged-order&limit=2&cursor=${page1.nextCursor}`,
      })
    ).json();
    const page3 = (
      await t.app.inject({
        url: `/v1/incidents?playbookId=lost-or-damaged-order&limit=2&cursor=${page2.nextCursor}`,
      })
    ).json();
    const seen = [...page1.items, ...page2.items, ...page3.items].map((i: { id: string }) => i.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(page2.items.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[1]]);
    expect(page3.nextCursor).toBeNull();

    const since = (
      await t.app.inject({
        url: `/v1/incidents?updatedSince=${encodeURIComponent(clock().toISOString().replace('Z', '+00:00'))}`,
      })
    ).json();
    expect(since.items).toHaveLength(0);
  });

  it('should filter by state and severity and answer 304 to an unchanged page', async () => {
    await open('Filter me');
    const res = await t.app.inject({ url: '/v1/incidents?state=apologise&severity=medium&limit=50' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { state: string; severity: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.state === 'apologise' && i.severity === 'medium')).toBe(true);
    const again = await t.app.inject({
      url: '/v1/incidents?state=apologise&severity=medium&limit=50',
      headers: { 'if-none-match': res.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    await open('A new one changes the page');
    const changed = await t.app.inject({
      url: '/v1/incidents?state=apologise&severity=medium&limit=50',
      headers: { 'if-none-match': res.headers.etag as string },
    });
    expect(changed.statusCode).toBe(200);
  });
});

/** Opens a delivery-delay incident and apologises `minutes` later (by the test's clock). */
async function apologisedAfter(minutes: number): Promise<void> {
  const { id } = await open(`Apology after ${minutes} min`, 'delivery-delay');
  clock.advance(minutes * 60_000);
  const pb = (await shippedPlaybooks()).find((p) => p.playbook.id === 'delivery-delay')!.playbook;
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${id}/transitions`,
    payload: { event: 'apologise', evidence: validEvidence(pb, 'apologise') },
  });
  expect(res.statusCode, res.body).toBe(200);
}

describe('GET /v1/stats', () => {
  it('should count incidents by state and severity and report the median time to apology', async () => {
    // 30, 60 and 150 minutes: the median is 60 (and not the mean, 80).
    for (const minutes of [30, 150, 60]) await apologisedAfter(minutes);
    const stats = (await t.app.inject({ url: '/v1/stats' })).json();
    const list = (await t.app.inject({ url: '/v1/incidents?limit=200' })).json().items as {
      state: string;
      severity: string;
    }[];
    const byState: Record<string, number> = {};
    for (const i of list) byState[i.state] = (byState[i.state] ?? 0) + 1;
    expect(stats.incidents.byState).toEqual(byState);
    const apologised = stats.timeToApology.find(
      (r: { playbookId: string }) => r.playbookId === 'social-media-backlash',
    );
    // Apologised in the same instant it was opened (the first test).
    expect(apologised).toEqual({ playbookId: 'social-media-backlash', incidents: 1, medianMinutes: 0 });
    const delivery = stats.timeToApology.find(
      (r: { playbookId: string }) => r.playbookId === 'delivery-delay',
    );
    expect(delivery).toEqual({ playbookId: 'delivery-delay', incidents: 3, medianMinutes: 60 });
  });
});
