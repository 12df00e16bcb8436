import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey, revokeKey } from '../../helpers/keys.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('API keys', () => {
  it('should issue a random, prefixed key once and store only its SHA-256', async () => {
    const a = await issueKey(t, 'manager', 'PR team');
    const b = await issueKey(t, 'manager', 'PR team');
    expect(a.key).toMatch(/^fivep_manager_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.key.startsWith(a.prefix)).toBe(true);
    const row = await t.database.db
      .selectFrom('api_keys')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(sha256(a.key));
    expect(JSON.stringify(row)).not.toContain(a.key);

    const list = await t.app.inject({ url: '/v1/api-keys' });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(a.key);
    expect(list.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: a.id, prefix: a.prefix, revokedAt: null })]),
    );
  });

  it('should stop a revoked key at once in the revoking instance and within a second in another on the same database', async () => {
    const key = await issueKey(t, 'dashboard', 'wall screen');
    const other = await buildTestApp({ database: t.database });
    const status = async (app: typeof t.app) =>
      (await app.inject({ url: '/v1/incidents', headers: bearer(key.key) })).statusCode;
    try {
      // Twice each: the second answer comes from the key cache, which the revocation must reach.
      for (const app of [t.app, other.app, t.app, other.app]) expect(await status(app)).toBe(200);
      await revokeKey(t, key.id);
      expect(await status(t.app)).toBe(401);
      // The other instance hears the database's change notification, sent at commit.
      await expect.poll(() => status(other.app), { timeout: 1_000, interval: 10 }).toBe(401);
      const listed = (await t.app.inject({ url: '/v1/api-keys' })).json().items;
      expect(listed.find((k: { id: string }) => k.id === key.id).revokedAt).not.toBeNull();
      // Revoking twice is fine; an unknown id is 404.
      expect((await t.app.inject({ method: 'DELETE', url: `/v1/api-keys/${key.id}` })).statusCode).toBe(204);
      const unknown = await t.app.inject({
        method: 'DELETE',
        url: '/v1/api-keys/00000000-0000-4000-8000-000000000000',
      });
      expect(unknown.statusCode).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('should stop a cached key revoked outside the API (keys CLI, plain SQL) within a second', async () => {
    const key = await issueKey(t, 'manager', 'revoked by sql');
    const status = async () =>
      (await t.app.inject({ url: '/v1/incidents', headers: bearer(key.key) })).statusCode;
    expect(await status()).toBe(200);
    expect(await status()).toBe(200);
    await sql`update api_keys set revoked_at = now() where id = ${key.id}`.execute(t.database.db);
    await expect.poll(status, { timeout: 1_000, interval: 10 }).toBe(401);
  });

  it('should record the key id and name in every audit entry, next to the actor', async () => {
    const key = await issueKey(t, 'manager', 'Night shift PR');
    const opened = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      headers: bearer(key.key),
      payload: { playbookId: 'delivery-delay', title: 'Parcels stuck', severity: 'low' },
    });
    expect(opened.statusCode).toBe(201);
    const { id } = opened.json();
    const dismissed = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: bearer(key.key),
      payload: { event: 'dismiss', evidence: { reason: 'a duplicate' }, actor: 'Anna' },
    });
    expect(dismissed.statusCode).toBe(200);
    const audit = (await t.app.inject({ url: `/v1/incidents/${id}/audit` })).json().items;
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor: 'Night shift PR', keyId: key.id, keyName: 'Night shift PR' });
    expect(audit[1]).toMatchObject({ actor: 'Anna', keyId: key.id, keyName: 'Night shift PR' });
  });

  it('should refuse fields a client may not set on a key, and let no one but an admin issue one', async () => {
    for (const extra of [
      { id: '00000000-0000-4000-8000-000000000000' },
      { key: 'x'.repeat(40) },
      { keyHash: 'ab' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/api-keys',
        payload: { name: 'sneaky', role: 'dashboard', ...extra },
      });
      expect(res.statusCode).toBe(400);
    }
    const manager = await issueKey(t, 'manager', 'wants more');
    const before = (await t.app.inject({ url: '/v1/api-keys' })).json().items.length;
    // A key cannot raise its own role: issuing is admin-only and keys have no update route.
    const raise = await t.app.inject({
      method: 'POST',
      url: '/v1/api-keys',
      headers: bearer(manager.key),
      payload: { name: 'wants more', role: 'admin' },
    });
    expect(raise.statusCode).toBe(403);
    for (const method of ['PUT', 'PATCH'] as const) {
      const res = await t.app.inject({
        method,
        url: `/v1/api-keys/${manager.id}`,
        headers: bearer(manager.key),
        payload: { role: 'admin' },
      });
      expect(res.statusCode).toBe(405);
    }
    expect((await t.app.inject({ url: '/v1/api-keys' })).json().items.length).toBe(before);
  });

  it('should refuse a key request body over its small limit with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/api-keys',
      payload: { name: 'x'.repeat(10_000), role: 'admin' },
    });
    expect(res.statusCode).toBe(413);
  });
});

describe('an integration key and its complaints', () => {
  it('should list only the complaints the key posted', async () => {
    const [a, b] = [await issueKey(t, 'integration', 'shop A'), await issueKey(t, 'integration', 'shop B')];
    for (const [key, n] of [
      [a, 1],
      [a, 2],
      [b, 3],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/complaints',
        headers: bearer(key.key),
        payload: { source: 'email', externalId: `mail-${n}`, text: `Where is my parcel ${n}?` },
      });
      expect(res.statusCode).toBe(201);
    }
    const ids = async (key: string) =>
      (await t.app.inject({ url: '/v1/complaints', headers: bearer(key) }))
        .json()
        .items.map((c: { externalId: string }) => c.externalId)
        .sort();
    expect(await ids(a.key)).toEqual(['mail-1', 'mail-2']);
    expect(await ids(b.key)).toEqual(['mail-3']);
    expect((await t.app.inject({ url: '/v1/complaints' })).json().items).toHaveLength(3);
  });
});
