import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apologyText } from '../../fixtures/evidence.fixture.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { apologyBody, openIncident, step } from './statement-helpers.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

const check = (incidentId: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/v1/incidents/${incidentId}/statements/check`, payload: body });

const failedRules = (res: { json(): { checks: { rule: string; ok: boolean }[] } }) =>
  res
    .json()
    .checks.filter((c) => !c.ok)
    .map((c) => c.rule);

describe('POST /v1/incidents/{id}/statements/check', () => {
  it('should call canned an apology published for another incident, not one published for this incident', async () => {
    const text = apologyText();
    const published = await openIncident(t, 'delivery-delay', 'high');
    const inline = await step(t, published, 'apologise', { statement: text, channels: ['facebook'] });
    expect(inline.statusCode).toBe(200);

    const other = await openIncident(t, 'delivery-delay', 'high');
    const copied = await check(other, apologyBody(text));
    expect(copied.statusCode).toBe(200);
    expect(copied.json().ok).toBe(false);
    expect(failedRules(copied)).toEqual(['canned']);
    expect((await check(other, apologyBody())).json().ok).toBe(true);

    // Its own published statement is not a template of itself.
    expect(failedRules(await check(published, apologyBody(text)))).toEqual([]);
  });

  it('should ask for every channel the incident’s complaints came from, and only for an apology', async () => {
    const incidentId = await openIncident(t, 'delivery-delay', 'high');
    for (const source of ['instagram', 'facebook', 'instagram']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/complaints',
        payload: {
          source,
          externalId: `check-${source}-${clock().getTime()}`,
          text: 'Where is my parcel?',
          incidentId,
        },
      });
      expect(res.statusCode).toBe(201);
      clock.advance(1_000);
    }
    const missing = await check(incidentId, apologyBody());
    expect(failedRules(missing)).toEqual(['channels']);
    expect(missing.json().checks.find((c: { rule: string }) => c.rule === 'channels').message).toContain(
      'missing Instagram',
    );
    const both = await check(incidentId, { ...apologyBody(), channels: ['Facebook', 'instagram'] });
    expect(both.json().ok).toBe(true);
    const admission = await check(incidentId, { stage: 'admit', text: apologyText() });
    expect(admission.json().checks.map((c: { rule: string }) => c.rule)).not.toContain('channels');
  });

  it('should answer 404 for an unknown incident', async () => {
    const res = await check('00000000-0000-4000-8000-000000000000', apologyBody());
    expect(res.statusCode).toBe(404);
  });
});
