import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from '../../../src/app.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  // A plain JSON route, so body parsing is exercised independently of any feature.
  t = await buildTestApp({
    configure: (app) => app.post('/test/echo', async (request) => ({ received: request.body })),
  });
});
afterAll(async () => {
  await t.close();
});

function expectProblem(res: { headers: Record<string, unknown>; json(): unknown }, status: number) {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  expect(body.detail).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|node_modules|SELECT|INSERT/i);
  return body;
}

describe('error handling', () => {
  it('should answer malformed JSON with a 400 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(res.statusCode).toBe(400);
    expect(expectProblem(res, 400).type).toBe('/problems/malformed-json');
  });

  it('should answer an unsupported content type with a 415 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(res.statusCode).toBe(415);
    expectProblem(res, 415);
  });

  it('should answer a body over the limit with a 413 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(DEFAULT_BODY_LIMIT + 10) }),
    });
    expect(res.statusCode).toBe(413);
    expectProblem(res, 413);
  });

  it('should answer an unknown route with a 404 problem naming it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/v1/nothing-here?x=1' });
    expect(res.statusCode).toBe(404);
    const body = expectProblem(res, 404);
    expect(body.detail).toContain('/v1/nothing-here');
    expect(body.instance).toBe('/v1/nothing-here');
  });

  it('should answer a wrong method on a known path with 405 and Allow', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/health' });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toContain('GET');
    expectProblem(res, 405);
  });

  it('should echo a sane caller request id and replace an unsafe one', async () => {
    const mine = await t.app.inject({
      method: 'GET',
      url: '/nope',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(mine.headers['x-request-id']).toBe('trace-123');
    expect(mine.json()).toMatchObject({ requestId: 'trace-123' });
    const unsafe = await t.app.inject({
      method: 'GET',
      url: '/nope',
      headers: { 'x-request-id': '<script>' },
    });
    expect(unsafe.headers['x-request-id']).not.toBe('<script>');
  });
});

describe('GET /health and GET /ready', () => {
  it('should report the process alive', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('should report ready when the database answers and migrations are applied', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(200);
  });
});

describe('GET /openapi.json', () => {
  it('should serve an OpenAPI 3 document with the bearer scheme and tagged routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { securitySchemes: object };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/health']).toBeDefined();
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
    // Probes are open: no key required, and the document says so.
    expect((doc.paths['/health'] as { get: { security: unknown[] } }).get.security).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('"$ref":"#/components/schemas/undefined"');
  });

  it('should serve the interactive docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});
