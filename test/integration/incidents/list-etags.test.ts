import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEvidence } from '../../helpers/evidence.ts';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-05-04T10:00:00.000Z');
let t: TestApp;
let incidentId: string;
beforeAll(async () => {
  t = await buildTestApp({ clock });
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'social-media-backlash', title: 'Etags', severity: 'medium' },
  });
  incidentId = res.json().id;
});
afterAll(async () => {
  await t.close();
});

let n = 0;
const postComplaint = async () => {
  clock.advance(1_000);
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: { source: 'facebook', externalId: `etag-${++n}`, text: `Where is order ${n}?`, incidentId },
  });
  expect(res.statusCode, res.body).toBe(201);
};
const apologise = async () => {
  clock.advance(1_000);
  const pb = (await shippedPlaybooks()).find((p) => p.playbook.id === 'social-media-backlash')!.playbook;
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${incidentId}/transitions`,
    payload: { event: 'apologise', evidence: validEvidence(pb, 'apologise') },
  });
  expect(res.statusCode, res.body).toBe(200);
};

/** 200 with a weak ETag → 304 with no body while nothing changed → `change` → 200 with another ETag. */
async function pollsLikeADashboard(url: () => string, change: () => Promise<void>) {
  const first = await t.app.inject({ url: url() });
  expect(first.statusCode, first.body).toBe(200);
  const etag = first.headers.etag as string;
  expect(etag, url()).toMatch(/^W\/"[\w-]+"$/);
  const again = await t.app.inject({ url: url(), headers: { 'if-none-match': etag } });
  expect(again.statusCode, url()).toBe(304);
  expect(again.body).toBe('');
  expect(again.headers.etag).toBe(etag);
  await change();
  const changed = await t.app.inject({ url: url(), headers: { 'if-none-match': etag } });
  expect(changed.statusCode, url()).toBe(200);
  expect(changed.headers.etag).not.toBe(etag);
  expect(changed.body).not.toBe(first.body);
}

describe('ETags on the lists dashboards poll', () => {
  it('should answer GET /v1/complaints 304 until a complaint arrives', async () => {
    await postComplaint();
    await pollsLikeADashboard(() => '/v1/complaints', postComplaint);
  });

  it('should give an integration key its own page and ETag, not another caller’s', async () => {
    const key = await issueKey(t, 'integration');
    const mine = await t.app.inject({ url: '/v1/complaints', headers: bearer(key.key) });
    const all = await t.app.inject({ url: '/v1/complaints' });
    expect(mine.json().items).toEqual([]);
    expect(mine.headers.etag).not.toBe(all.headers.etag);
    const crossed = await t.app.inject({
      url: '/v1/complaints',
      headers: { ...bearer(key.key), 'if-none-match': all.headers.etag as string },
    });
    expect(crossed.statusCode).toBe(200);
  });

  it('should answer an incident’s audit page 304 until an entry is appended', async () => {
    await pollsLikeADashboard(
      () => `/v1/incidents/${incidentId}/audit`,
      async () => {
        clock.advance(1_000);
        const res = await t.app.inject({
          method: 'POST',
          url: `/v1/incidents/${incidentId}/transitions`,
          payload: { event: 'set_severity', evidence: { severity: 'high', reason: 'More reports' } },
        });
        expect(res.statusCode, res.body).toBe(200);
      },
    );
  });

  it('should answer GET /v1/deadlines and an incident’s deadlines 304 until a stage moves', async () => {
    await pollsLikeADashboard(() => '/v1/deadlines', apologise);
    await pollsLikeADashboard(
      () => `/v1/incidents/${incidentId}/deadlines`,
      async () => {
        clock.advance(1_000);
        const res = await t.app.inject({
          method: 'POST',
          url: `/v1/incidents/${incidentId}/transitions`,
          payload: { event: 'dismiss', evidence: { reason: 'Not our brand after all' } },
        });
        expect(res.statusCode, res.body).toBe(200);
      },
    );
  });
});
