import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  expectCompleteProblem,
  expectProblemOr2xx,
  NASTY_STRINGS,
  refusedChangesNothing as refused,
} from '../../helpers/hostile.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let incidentId: string;
beforeAll(async () => {
  t = await buildTestApp();
  incidentId = (
    await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'delivery-delay', title: 'Hostile target', severity: 'low' },
    })
  ).json().id;
});
afterAll(async () => {
  await t.close();
});

const refusedChangesNothing = (send: () => Promise<Answer>, what: string) =>
  refused(t.database.db, send, what);

const post = (url: string, payload: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload });

describe('hand-picked nasties', () => {
  const transitions = () => `/v1/incidents/${incidentId}/transitions`;

  it('should answer 413 to a 10 MB string, on every incident route that takes a body', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    for (const [url, body] of [
      ['/v1/incidents', { playbookId: 'delivery-delay', title: huge, severity: 'low' }],
      [transitions(), { event: 'dismiss', evidence: { reason: huge } }],
    ] as const) {
      const res = await refusedChangesNothing(() => post(url, JSON.stringify(body)), url);
      expect(res.statusCode).toBe(413);
    }
  });

  it('should refuse prototype-pollution keys and leave Object.prototype alone', async () => {
    for (const payload of [
      '{"playbookId":"delivery-delay","title":"x","severity":"low","__proto__":{"admin":true}}',
      '{"playbookId":"delivery-delay","title":"x","severity":"low","constructor":{"prototype":{"admin":true}}}',
      '{"event":"dismiss","evidence":{"reason":"r","__proto__":{"admin":true}}}',
    ]) {
      const url = payload.includes('event') ? transitions() : '/v1/incidents';
      const res = await refusedChangesNothing(() => post(url, payload), payload);
      expect(res.statusCode).toBe(400);
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('should refuse huge numbers, deep nesting and unpaired surrogates without a 500', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    for (const [url, payload] of [
      ['/v1/incidents', '{"playbookId":"delivery-delay","title":"x","severity":1e999}'],
      [
        '/v1/incidents',
        '{"playbookId":"delivery-delay","title":"x","severity":"low","summary":123456789012345678901234567890}',
      ],
      [transitions(), `{"event":"dismiss","evidence":{"reason":"deep","extra":${deep}}}`],
      [transitions(), `{"event":"apologise","evidence":${deep}}`],
      ['/v1/incidents', '{"playbookId":"delivery-delay","title":"\\ud800 lone","severity":"low"}'],
    ] as const) {
      const res = await refusedChangesNothing(() => post(url, payload), payload.slice(0, 120));
      expect(res.statusCode, payload.slice(0, 120)).toBeGreaterThanOrEqual(400);
    }
  });

  it('should store SQL and HTML in text fields verbatim, as JSON', async () => {
    for (const title of NASTY_STRINGS.filter(
      (s) => s.trim() && !s.includes('\u0000') && !/\p{Cs}/u.test(s),
    )) {
      const res = await post(
        '/v1/incidents',
        JSON.stringify({ playbookId: 'delivery-delay', title, severity: 'low' }),
      );
      expect(res.statusCode, title).toBe(201);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const stored = await t.app.inject({ url: `/v1/incidents/${res.json().id}` });
      expect(stored.json().title).toBe(title.trim());
    }
    expect((await t.app.inject({ url: '/v1/incidents?limit=1' })).statusCode).toBe(200);
  });
});

describe('mass assignment', () => {
  it('should refuse id, version, state and openedAt in a new incident with 400, creating nothing', async () => {
    for (const [field, value] of Object.entries({
      id: '00000000-0000-4000-8000-000000000001',
      version: 99,
      state: 'closed',
      openedAt: '2020-01-01T00:00:00.000Z',
    })) {
      const body = { playbookId: 'delivery-delay', title: 'Sneaky', severity: 'low', [field]: value };
      const res = await refusedChangesNothing(() => post('/v1/incidents', JSON.stringify(body)), field);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().errors[0].rule).toBe('unrecognized_keys');
    }
  });

  it('should refuse state and version in a transition body with 400, changing nothing', async () => {
    for (const extra of [
      { state: 'closed' },
      { version: 1 },
      { id: incidentId },
      { openedAt: '2020-01-01T00:00:00Z' },
    ]) {
      const body = { event: 'dismiss', evidence: { reason: 'mass assignment' }, ...extra };
      const res = await refusedChangesNothing(
        () => post(transitions(), JSON.stringify(body)),
        JSON.stringify(extra),
      );
      expect(res.statusCode).toBe(400);
    }
  });

  function transitions() {
    return `/v1/incidents/${incidentId}/transitions`;
  }
});

/** Every registered route (the desk's files and the API), each parameter named, other parameters filled in. */
function routesWithParams(): { method: string; url: string; params: string[] }[] {
  return t.app.routeTable
    .list()
    .filter((r) => r.method !== 'OPTIONS')
    .map((r) => ({ ...r, params: r.url.split('/').filter((s) => s.startsWith(':') || s === '*') }))
    .filter((r) => r.params.length > 0);
}

/** A concrete path for `url` with `param` set to `value` (raw, already encoded) and the others valid. */
function pathWith(url: string, param: string, value: string): string {
  const valid = (s: string) =>
    url.startsWith('/v1/playbooks') && s === ':id' ? 'delivery-delay' : incidentId;
  return url
    .split('/')
    .map((s) => (s === param ? value : s.startsWith(':') ? valid(s) : s === '*' ? 'index.html' : s))
    .join('/');
}

describe('hostile path parameters, on every route', () => {
  it('should answer NUL in any path parameter with a complete 422 problem naming it, changing nothing', async () => {
    for (const route of routesWithParams()) {
      for (const param of route.params) {
        for (const value of ['%00', 'a%00b']) {
          const url = pathWith(route.url, param, value);
          const res = await refusedChangesNothing(
            () =>
              t.app.inject({
                method: route.method as 'GET',
                url,
                ...(route.method === 'POST' ? { payload: {} } : {}),
              }),
            `${route.method} ${url}`,
          );
          expect(res.statusCode, `${route.method} ${url}`).toBe(422);
          if (route.method === 'HEAD') continue;
          const name = param === '*' ? '*' : param.slice(1);
          expect(res.json().errors[0]).toMatchObject({ field: `params.${name}`, rule: 'no_nul' });
        }
      }
    }
  });

  it('should answer a bad percent-encoding in any path parameter with a complete 400 problem', async () => {
    for (const route of routesWithParams()) {
      for (const param of route.params) {
        for (const value of ['%ZZ', '%C0%AF', '%E0%A4%A', '%']) {
          const url = pathWith(route.url, param, value);
          const res = await t.app.inject({ method: route.method as 'GET', url });
          expectProblemOr2xx(res, `${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          expect(res.statusCode, `${route.method} ${url}`).toBe(400);
        }
      }
    }
  });

  it('should answer headers over 16 KiB on every route with a complete 431 problem naming the path', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    for (const route of t.app.routeTable.list().filter((r) => r.method !== 'OPTIONS')) {
      const path = pathWith(route.url, '', '');
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path,
            method: route.method,
            headers: { 'x-filler': 'a'.repeat(17 * 1024) },
          },
          (res) => {
            let body = '';
            res.on('data', (c) => {
              body += c;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(answer.status, `${route.method} ${path}`).toBe(431);
      if (route.method === 'HEAD') continue;
      const problem = JSON.parse(answer.body);
      expectCompleteProblem(problem, 431, `${route.method} ${path}`);
      expect(problem.instance).toBe(path.split('?')[0]);
    }
  });
});
