import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTANCE_LOCK_SPACE } from '../../../src/db/database.ts';
import { contentHash } from '../../../src/domain/canonical-json.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let scope: string;

beforeAll(async () => {
  t = await buildTestApp();
  await post('scope-probe', 'probe');
  const { rows } = await sql<{
    scope: string;
  }>`select scope from idempotency_keys where key = 'scope-probe'`.execute(t.database.db);
  scope = rows[0]!.scope;
});
afterAll(async () => {
  await t.close();
});

const body = (externalId: string) => ({ source: 'chat', externalId, text: 'Where is my order?' });
function post(key: string, externalId: string) {
  return t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    headers: { 'idempotency-key': key },
    payload: body(externalId),
  });
}
/** The same request's claim as another process leaves it, owned by the instance lock `owner`. */
async function inFlightRow(key: string, externalId: string, owner: number): Promise<void> {
  const fingerprint = contentHash({
    method: 'POST',
    route: '/v1/complaints',
    params: {},
    body: body(externalId),
  });
  await sql`insert into idempotency_keys (scope, key, fingerprint, state, created_at, expires_at, owner)
    values (${scope}, ${key}, ${fingerprint}, 'in_flight', now(), now() + interval '1 day', ${owner})`.execute(
    t.database.db,
  );
}

describe('Idempotency-Key owners', () => {
  it('should run a request whose key is held in flight by a process that no longer holds its lock', async () => {
    await inFlightRow('dead-owner', 'dead-1', 424242);
    const res = await post('dead-owner', 'dead-1');
    expect(res.statusCode, res.body).toBe(201);
  });

  it('should answer 409 with Retry-After: 1 while the owning process is alive', async () => {
    await sql`select pg_advisory_lock(${INSTANCE_LOCK_SPACE}, 535353)`.execute(t.database.db);
    try {
      await inFlightRow('live-owner', 'live-1', 535353);
      const res = await post('live-owner', 'live-1');
      expect(res.statusCode).toBe(409);
      expect(res.headers['retry-after']).toBe('1');
      expect(res.json().type).toBe('/problems/idempotency-key-in-flight');
    } finally {
      await sql`select pg_advisory_unlock(${INSTANCE_LOCK_SPACE}, 535353)`.execute(t.database.db);
    }
  });
});
