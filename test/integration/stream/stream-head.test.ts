import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { openSse } from '../../helpers/sse-client.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

// HEAD follows GET (README, access control): the same status and headers for the same key, no stream.

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await buildTestApp({ env: { STREAM_MAX_PER_KEY: '1' } });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
});

const head = (headers: Record<string, string | undefined>, query = '') =>
  t.app.inject({ method: 'HEAD', url: `/v1/stream${query}`, headers });

describe('HEAD /v1/stream', () => {
  it('should answer 200 text/event-stream with no body for the roles that may watch, and open no stream', async () => {
    for (const role of ['admin', 'manager', 'dashboard'] as const) {
      const key = await issueKey(t, role, `${role} head`);
      // Twice in a row with STREAM_MAX_PER_KEY 1: a HEAD holds no slot.
      for (let i = 0; i < 2; i++) {
        const res = await head(bearer(key.key));
        expect(res.statusCode, role).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        expect(res.body).toBe('');
      }
    }
  });

  it('should refuse what GET refuses, with the same status: an integration key, no key, a key in the URL', async () => {
    const integration = await issueKey(t, 'integration', 'head integration');
    const cases: [Record<string, string | undefined>, string][] = [
      [bearer(integration.key), ''],
      [{ authorization: undefined }, ''],
      [{}, `?key=${integration.key}`],
    ];
    for (const [headers, query] of cases) {
      const get = await t.app.inject({ url: `/v1/stream${query}`, headers });
      const res = await head(headers, query);
      expect([res.statusCode, get.statusCode]).toEqual([get.statusCode, res.statusCode]);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toBe('');
    }
    expect((await head(bearer(integration.key))).statusCode).toBe(403);
  });

  it('should answer 429 while the key holds its streams, and 200 once one closes', async () => {
    const key = await issueKey(t, 'manager', 'busy head');
    const held = await openSse(`${base}/v1/stream`, bearer(key.key));
    expect(held.status).toBe(200);
    const over = await head(bearer(key.key));
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toBeDefined();
    held.close();
    // The server learns of the close when the socket does.
    const deadline = Date.now() + 5_000;
    let status = over.statusCode;
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await head(bearer(key.key))).statusCode;
    }
    expect(status).toBe(200);
  });
});
