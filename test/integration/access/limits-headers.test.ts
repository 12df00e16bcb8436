import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

const DASH = 'https://dash.example.com';
let t: TestApp;
let withCors: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE_DASHBOARD: '3' } });
  withCors = await buildTestApp({ env: { CORS_ORIGINS: `${DASH}, https://ops.example.com` } });
});
afterAll(async () => {
  await t.close();
  await withCors.close();
});

describe('per-key rate limits', () => {
  it('should answer 429 with Retry-After once a key spends its per-minute budget, per key and per role', async () => {
    const [wall, other] = [await issueKey(t, 'dashboard', 'wall'), await issueKey(t, 'dashboard', 'other')];
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({ url: '/v1/incidents', headers: bearer(wall.key) });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBe('3');
    }
    const limited = await t.app.inject({ url: '/v1/incidents', headers: bearer(wall.key) });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.json()).toMatchObject({ type: '/problems/rate-limited', status: 429 });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another key of the same role, and the admin (its own, larger budget), are unaffected.
    expect((await t.app.inject({ url: '/v1/incidents', headers: bearer(other.key) })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/v1/incidents' })).statusCode).toBe(200);
    // Probes are never limited.
    for (let i = 0; i < 5; i++) expect((await t.app.inject({ url: '/health' })).statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it('should send hardening headers and a deny-all CSP on API answers, errors included', async () => {
    for (const res of [
      await t.app.inject({ url: '/v1/incidents' }),
      await t.app.inject({ url: '/v1/incidents', headers: { authorization: undefined } }),
      await t.app.inject({ url: '/health' }),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['strict-transport-security']).toBeDefined();
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('should serve /docs with a CSP its own scripts and styles pass, and /openapi.json with the bearer scheme', async () => {
    const page = await t.app.inject({ url: '/docs/', headers: { authorization: undefined } });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("default-src 'none'");
    for (const asset of page.body.match(/(?:src|href)="\.\/static\/[^"]+"/g) ?? []) {
      const url = `/docs/${asset.replace(/^(src|href)="\.\//, '').replace(/"$/, '')}`;
      expect((await t.app.inject({ url, headers: { authorization: undefined } })).statusCode, url).toBe(200);
    }
    const doc = (await t.app.inject({ url: '/openapi.json', headers: { authorization: undefined } })).json();
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/api-keys', '/v1/api-keys/{id}']));
  });
});

describe('CORS', () => {
  it('should send no CORS headers unless CORS_ORIGINS lists origins', async () => {
    const res = await t.app.inject({ url: '/v1/incidents', headers: { origin: DASH } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/incidents',
      headers: { origin: DASH, 'access-control-request-method': 'GET', authorization: undefined },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('should answer the preflight without a key and allow only the listed origins', async () => {
    const preflight = await withCors.app.inject({
      method: 'OPTIONS',
      url: '/v1/incidents',
      headers: {
        origin: DASH,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, if-none-match',
        authorization: undefined,
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(DASH);
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('authorization');

    const read = await withCors.app.inject({ url: '/v1/incidents', headers: { origin: DASH } });
    expect(read.headers['access-control-allow-origin']).toBe(DASH);
    expect(String(read.headers['access-control-expose-headers'])).toContain('etag');

    const stranger = await withCors.app.inject({
      url: '/v1/incidents',
      headers: { origin: 'https://evil.example' },
    });
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
    // CORS does not replace authentication.
    const anonymous = await withCors.app.inject({
      url: '/v1/incidents',
      headers: { origin: DASH, authorization: undefined },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
