import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-05-04T10:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

let n = 0;
async function redactUnattached(): Promise<string> {
  const posted = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: {
      source: 'email',
      externalId: `sys-${++n}`,
      text: 'Please delete my details',
      author: 'Jan K.',
    },
  });
  expect(posted.statusCode, posted.body).toBe(201);
  expect(posted.json().incidentId).toBeNull();
  const id = posted.json().id as string;
  clock.advance(1_000);
  const redacted = await t.app.inject({
    method: 'POST',
    url: `/v1/complaints/${id}/redact`,
    payload: { reason: 'GDPR erasure request' },
  });
  expect(redacted.statusCode, redacted.body).toBe(200);
  return id;
}

describe('GET /v1/system/audit', () => {
  it('should record what belongs to no incident, page it oldest first and answer 304 until it changes', async () => {
    const complaintId = await redactUnattached();
    const sub = await t.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      payload: { url: 'http://127.0.0.1:9/hook', events: ['incident.opened'] },
    });
    expect(sub.statusCode, sub.body).toBe(201);
    clock.advance(1_000);
    expect(
      (await t.app.inject({ method: 'POST', url: `/v1/webhooks/${sub.json().id}/rotate-secret` })).statusCode,
    ).toBe(200);

    const first = await t.app.inject({ url: '/v1/system/audit?limit=1' });
    expect(first.statusCode).toBe(200);
    expect(first.json().items).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'complaint.redacted',
        actor: expect.any(String),
        data: expect.objectContaining({ complaintId, reason: 'GDPR erasure request' }),
        prevHash: '',
      }),
    ]);
    const second = await t.app.inject({ url: `/v1/system/audit?limit=1&cursor=${first.json().nextCursor}` });
    expect(second.json().items).toEqual([
      expect.objectContaining({
        seq: 2,
        action: 'webhook.secret_rotated',
        prevHash: first.json().items[0].hash,
      }),
    ]);

    const all = await t.app.inject({ url: '/v1/system/audit' });
    const etag = all.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const same = await t.app.inject({ url: '/v1/system/audit', headers: { 'if-none-match': etag } });
    expect(same.statusCode).toBe(304);
    expect(same.body).toBe('');
    await redactUnattached();
    const changed = await t.app.inject({ url: '/v1/system/audit', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json().items).toHaveLength(3);
  });

  it('should be for admin keys only', async () => {
    for (const role of ['manager', 'dashboard', 'integration'] as const) {
      const key = await issueKey(t, role);
      for (const url of ['/v1/system/audit', '/v1/system/audit/verify']) {
        const res = await t.app.inject({ url, headers: bearer(key.key) });
        expect(res.statusCode, `${role} ${url}`).toBe(403);
      }
    }
  });
});

describe('GET /v1/system/audit/verify', () => {
  it('should verify the chain and give its head, then report the first entry altered behind the triggers', async () => {
    await redactUnattached();
    const good = (await t.app.inject({ url: '/v1/system/audit/verify' })).json();
    const entries = (await t.app.inject({ url: '/v1/system/audit' })).json().items;
    expect(good).toEqual({
      valid: true,
      entries: entries.length,
      head: { seq: entries.at(-1).seq, hash: entries.at(-1).hash },
    });
    expect(entries.length).toBeGreaterThanOrEqual(2);

    // The table refuses updates; only someone disabling its trigger can change an entry.
    await expect(
      sql`update system_audit_entries set actor = 'mallory' where seq = 1`.execute(t.database.db),
    ).rejects.toThrow();
    await t.database.db.transaction().execute(async (trx) => {
      await sql`alter table system_audit_entries disable trigger system_audit_no_update_delete`.execute(trx);
      await sql`update system_audit_entries set data = data || '{"reason":"nothing"}' where seq = 2`.execute(
        trx,
      );
      await sql`alter table system_audit_entries enable trigger system_audit_no_update_delete`.execute(trx);
    });
    const bad = (await t.app.inject({ url: '/v1/system/audit/verify' })).json();
    expect(bad).toMatchObject({ valid: false, entries: entries.length, firstInvalidSeq: 2 });
    expect(bad.reason).toMatch(/altered/);
  });
});
