import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEvidence } from '../../helpers/evidence.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { openIncident, playbook, send } from '../commitments/commitment-helpers.ts';

const clock = fakeClock('2026-12-07T09:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

describe('median time to apology (GET /v1/stats)', () => {
  it('should count only incidents that apologised, not a dismissed one', async () => {
    const social = await playbook('social-media-backlash');
    const apologised = await openIncident(t, 'social-media-backlash', 'high');
    const dismissed = await openIncident(t, 'social-media-backlash', 'high');
    clock.advance(30 * 60_000);
    expect((await send(t, apologised, 'apologise', validEvidence(social, 'apologise'))).statusCode).toBe(200);
    clock.advance(5 * 60_000);
    expect((await send(t, dismissed, 'dismiss', { reason: 'A hoax: no order behind it.' })).statusCode).toBe(
      200,
    );
    const stats = (await t.app.inject({ url: '/v1/stats' })).json();
    expect(stats.timeToApology).toEqual([
      { playbookId: 'social-media-backlash', medianMinutes: 30, incidents: 1 },
    ]);
  });
});
