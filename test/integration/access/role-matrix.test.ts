import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_POLICY, isOpenRoute, rolesFor } from '../../../src/http/access-policy.ts';
import { ROLES, type Role } from '../../../src/services/api-keys.ts';
import { bearer, issueKey, revokeKey, type TestKey } from '../../helpers/keys.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
const keys = {} as Record<Role, TestKey>;
let revoked: TestKey;

beforeAll(async () => {
  t = await buildTestApp();
  for (const role of ROLES) keys[role] = await issueKey(t, role);
  revoked = await issueKey(t, 'admin', 'revoked admin');
  await revokeKey(t, revoked.id);
});
afterAll(async () => {
  await t.close();
});

/** Every registered route, with a concrete URL that reaches it (ids are random: 404 is fine). */
function routes(): { method: string; url: string; path: string }[] {
  return t.app.routeTable
    .list()
    .filter((r) => r.method !== 'OPTIONS')
    .map((r) => ({
      ...r,
      path: r.url
        .split('/')
        .map((s) => (s.startsWith(':') ? randomUUID() : s === '*' ? 'index.html' : s))
        .join('/'),
    }));
}

// The live stream never ends on its own: an unknown Last-Event-ID makes it answer (400) once past access.
const call = (method: string, url: string, headers: Record<string, string | undefined>) =>
  t.app.inject({
    method: method as 'GET',
    url,
    headers: url === '/v1/stream' ? { 'last-event-id': randomUUID(), ...headers } : headers,
    ...(method === 'POST' ? { payload: {} } : {}),
  });

const WITHOUT = {
  'no key': { authorization: undefined },
  'a bad key': bearer('fivep_admin_not-a-key-that-was-ever-issued-000000'),
  'a revoked key': {} as Record<string, string>,
  'another scheme': { authorization: 'Basic YWRtaW46YWRtaW4=' },
};

describe('the role matrix, generated from the route table', () => {
  it('should cover every route of the policy table and find no route without a decision', () => {
    const registered = new Set(routes().map((r) => `${r.method} ${r.url}`));
    for (const entry of Object.keys(ACCESS_POLICY)) expect(registered, entry).toContain(entry);
    expect(registered.size).toBeGreaterThan(Object.keys(ACCESS_POLICY).length);
  });

  it('should answer 401 with WWW-Authenticate for no key, a bad, a revoked or a non-Bearer key on every protected route', async () => {
    WITHOUT['a revoked key'] = bearer(revoked.key);
    for (const route of routes().filter((r) => !isOpenRoute(r.url))) {
      for (const [label, headers] of Object.entries(WITHOUT)) {
        const res = await call(route.method, route.path, headers);
        expect(res.statusCode, `${route.method} ${route.url} with ${label}`).toBe(401);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="fivep"/);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        if (route.method !== 'HEAD') {
          expect(res.json()).toMatchObject({ type: '/problems/unauthenticated', status: 401 });
        }
      }
    }
  });

  it('should let every role through exactly where the policy allows it, and answer 403 elsewhere', async () => {
    const seen: string[] = [];
    for (const route of routes().filter((r) => !isOpenRoute(r.url))) {
      const allowed = rolesFor(route.method, route.url);
      for (const role of ROLES) {
        const res = await call(route.method, route.path, bearer(keys[role].key));
        const where = `${role} → ${route.method} ${route.url}: ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (allowed.includes(role)) {
          expect([401, 403], where).not.toContain(res.statusCode);
          expect(res.statusCode, where).toBeLessThan(500);
        } else {
          expect(res.statusCode, where).toBe(403);
          if (route.method !== 'HEAD') expect(res.json()).toMatchObject({ type: '/problems/forbidden' });
        }
        seen.push(`${route.method} ${route.url} ${role} ${allowed.includes(role) ? 'ok' : 'no'}`);
      }
    }
    expect(seen.length).toBeGreaterThanOrEqual(Object.keys(ACCESS_POLICY).length * ROLES.length);
  });

  it('should keep the open routes open without a key', async () => {
    const open = routes().filter((r) => isOpenRoute(r.url));
    expect(open.map((r) => r.url)).toEqual(
      expect.arrayContaining(['/health', '/ready', '/openapi.json', '/docs']),
    );
    for (const route of open) {
      const res = await call(route.method, route.path, { authorization: undefined });
      expect([401, 403], `${route.method} ${route.url}`).not.toContain(res.statusCode);
    }
  });

  it('should never let a dashboard key change anything, nor an integration key do more than post, read and report delivery on its complaints', () => {
    for (const route of routes().filter((r) => !isOpenRoute(r.url))) {
      const allowed = rolesFor(route.method, route.url);
      if (!['GET', 'HEAD'].includes(route.method)) expect(allowed, route.url).not.toContain('dashboard');
      if (allowed.includes('integration')) {
        expect([
          'POST /v1/complaints',
          'POST /v1/complaints/batch',
          'GET /v1/complaints',
          'HEAD /v1/complaints',
          'GET /v1/complaints/:id',
          'HEAD /v1/complaints/:id',
          'POST /v1/complaints/:id/replies/:replyId/delivery',
          // Who the key is (the web desk tells an integration key it is not for people).
          'GET /v1/me',
          'HEAD /v1/me',
        ]).toContain(`${route.method} ${route.url}`);
      }
    }
  });

  it('should let dashboard keys only read the compensation ledger and integration keys not touch it', () => {
    expect(rolesFor('GET', '/v1/incidents/:id/compensations')).toEqual(['admin', 'manager', 'dashboard']);
    for (const url of ['/v1/incidents/:id/compensations', '/v1/compensations/:id/status']) {
      expect(rolesFor('POST', url), url).toEqual(['admin', 'manager']);
    }
  });

  it('should make routes missing from the policy table admin-only', () => {
    expect(rolesFor('POST', '/v1/some-route-added-later')).toEqual(['admin']);
    expect(rolesFor('GET', '/v1/webhooks')).toEqual(['admin']);
  });

  it('should let any valid key reach the 404 and 405 answers, but no one without a key', async () => {
    expect((await call('GET', '/v1/nowhere', bearer(keys.dashboard.key))).statusCode).toBe(404);
    expect((await call('GET', '/v1/nowhere', { authorization: undefined })).statusCode).toBe(401);
    const put = await call('PUT', `/v1/api-keys/${keys.manager.id}`, bearer(keys.manager.key));
    expect(put.statusCode).toBe(405);
  });
});
