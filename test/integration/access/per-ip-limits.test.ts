import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

// '' is "unset": the documented default of 60 per minute applies.
const DEFAULT_LIMIT = { RATE_LIMIT_PER_MINUTE_ANONYMOUS: '' };

const anonymous = (t: TestApp, headers: Record<string, string | undefined> = {}) =>
  t.app.inject({ url: '/v1/incidents', headers: { authorization: undefined, ...headers } });

/** Spends a client's whole budget: 60 answers of 401. */
async function spend(t: TestApp, headers: Record<string, string | undefined> = {}) {
  for (let i = 0; i < 60; i++) expect((await anonymous(t, headers)).statusCode).toBe(401);
}

describe('requests without a valid key, per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: DEFAULT_LIMIT });
  });
  afterAll(async () => t.close());

  it('should answer the 61st in a minute with 429, Retry-After and a problem document', async () => {
    const { key } = await issueKey(t, 'dashboard', 'wall');
    await spend(t, { authorization: 'Bearer fivep_dashboard_guessed' });
    const limited = await anonymous(t);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json()).toMatchObject({ type: '/problems/rate-limited', status: 429 });
    expect(limited.json().detail).toMatch(/without a valid API key may come 60 times per minute/);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // A valid key from the same address has its own budget; probes and docs are never limited.
    expect((await t.app.inject({ url: '/v1/incidents', headers: bearer(key) })).statusCode).toBe(200);
    expect((await anonymous(t, { authorization: 'Bearer another-guess' })).statusCode).toBe(429);
    for (const url of ['/health', '/openapi.json']) {
      expect((await t.app.inject({ url, headers: { authorization: undefined } })).statusCode).toBe(200);
    }
  });
});

describe('the client address with TRUST_PROXY', () => {
  let trusting: TestApp;
  let direct: TestApp;
  beforeAll(async () => {
    trusting = await buildTestApp({ env: { ...DEFAULT_LIMIT, TRUST_PROXY: '127.0.0.0/8, ::1' } });
    direct = await buildTestApp({ env: DEFAULT_LIMIT });
  });
  afterAll(async () => {
    await trusting.close();
    await direct.close();
  });

  it('should count X-Forwarded-For from a trusted proxy as the client', async () => {
    await spend(trusting, { 'x-forwarded-for': '203.0.113.7' });
    expect((await anonymous(trusting, { 'x-forwarded-for': '203.0.113.7' })).statusCode).toBe(429);
    expect((await anonymous(trusting, { 'x-forwarded-for': '203.0.113.8' })).statusCode).toBe(401);
    // Only hops through trusted proxies are believed: an entry the client wrote itself does not pick the bucket.
    expect((await anonymous(trusting, { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' })).statusCode).toBe(
      429,
    );
  });

  it('should ignore X-Forwarded-For without TRUST_PROXY: the socket’s address decides', async () => {
    await spend(direct, { 'x-forwarded-for': '203.0.113.7' });
    expect((await anonymous(direct, { 'x-forwarded-for': '203.0.113.8' })).statusCode).toBe(429);
  });
});
