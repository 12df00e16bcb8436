import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, buildTestApp, type TestApp } from '../../helpers/test-app.ts';

/** Through a real listener: these errors are raised by the router and Node's parser, which inject skips. */
let t: TestApp;
let base: string;
let port: number;

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await t.close();
});

/** A raw request (fetch would normalise the path and hide Connection). */
function raw(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, headers: { ...adminAuth, ...headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Bytes written as they are on a fresh connection, for what Node's parser refuses; the answer as text. */
function rawBytes(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (c) => {
      answer += c;
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** Every member the README promises, with `instance` as given. */
function expectCompleteProblem(body: string, status: number, type: string, instance: string | RegExp) {
  const problem = JSON.parse(body);
  expect(problem).toMatchObject({ type, status, title: expect.any(String), detail: expect.any(String) });
  expect(problem.requestId).toEqual(expect.any(String));
  if (typeof instance === 'string') expect(problem.instance).toBe(instance);
  else expect(problem.instance).toMatch(instance);
  return problem;
}

describe('errors before routing are problem documents', () => {
  it.each([
    ['/v1/incidents/%ZZ', '/v1/incidents/%25ZZ'],
    ['/v1/incidents/%C0%AF', '/v1/incidents/%C0%AF'],
    ['/v1/%E0%A4%A/complaints', '/v1/%E0%A4%25A/complaints'],
  ])('should answer a bad percent-encoding (%s) with a complete 400 problem', async (path, instance) => {
    const res = await raw(path);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = expectCompleteProblem(res.body, 400, '/problems/bad-url', instance);
    expect(problem.title).toBe('Bad Request');
    expect(res.headers['x-request-id']).toBe(problem.requestId);
  });

  it('should answer a path parameter over 100 characters, even a 5,000-character path, with a complete 414 problem', async () => {
    for (const path of [`/v1/incidents/${'a'.repeat(101)}`, `/v1/incidents/${'a'.repeat(5_000)}`]) {
      const res = await raw(path);
      expect(res.status).toBe(414);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = expectCompleteProblem(res.body, 414, '/problems/uri-too-long', path);
      expect(problem.title).toBe('URI Too Long');
    }
  });

  it('should answer headers over 16 KiB with a complete 431 problem and close the connection', async () => {
    const res = await raw('/v1/incidents?limit=5', { 'x-filler': 'a'.repeat(17 * 1024) });
    expect(res.status).toBe(431);
    expect(res.headers.connection).toBe('close');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = expectCompleteProblem(res.body, 431, '/problems/headers-too-large', '/v1/incidents');
    expect(res.headers['x-request-id']).toBe(problem.requestId);
    // The server is still fine for the next client.
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it.each([
    ['a malformed header', 'GET /v1/incidents HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', '/v1/incidents'],
    ['a request line that is none', 'HELLO THERE\r\n\r\n', /^urn:uuid:[0-9a-f-]{36}$/],
  ])(
    'should answer %s from the HTTP parser with a complete 400 problem',
    async (_what, request, instance) => {
      const answer = await rawBytes(request);
      const [head, body] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      const problem = expectCompleteProblem(body!, 400, '/problems/bad-request', instance);
      expect(head).toContain(`X-Request-Id: ${problem.requestId}`);
      if (typeof instance !== 'string') expect(problem.instance).toBe(`urn:uuid:${problem.requestId}`);
    },
  );
});

const invalidUtf8 = (json: string) => {
  const bytes = Buffer.from(json.replace('XX', '\u0000\u0000'));
  const at = bytes.indexOf(0);
  bytes[at] = 0xc3;
  bytes[at + 1] = 0x28; // 0xC3 must be followed by a continuation byte
  return bytes;
};
const send = (url: string, payload: Buffer | string, contentType = 'application/json') =>
  fetch(`${base}${url}`, {
    method: 'POST',
    headers: { ...adminAuth, 'content-type': contentType },
    body: payload,
  });

describe('JSON bodies are UTF-8 on every route', () => {
  it.each([
    ['/v1/incidents', '{"playbookId":"delivery-delay","title":"late XX","severity":"low"}'],
    ['/v1/api-keys', '{"name":"key XX","role":"dashboard"}'],
    ['/v1/webhooks', '{"url":"https://example.com/XX","events":["incident.opened"]}'],
    ['/v1/complaints', '{"source":"chat","externalId":"u-1","text":"bad XX"}'],
  ])('should refuse invalid UTF-8 on %s with 400 before any handler runs', async (url, json) => {
    const res = await send(url, invalidUtf8(json));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: unknown[] };
    expect(body.errors[0]).toMatchObject({ field: 'body', rule: 'utf8' });
  });

  it('should refuse invalid UTF-8 on a transition (evidence would reach the audit log)', async () => {
    const opened = await send(
      '/v1/incidents',
      '{"playbookId":"delivery-delay","title":"utf8","severity":"low"}',
    );
    const { id } = (await opened.json()) as { id: string };
    const res = await send(
      `/v1/incidents/${id}/transitions`,
      invalidUtf8('{"event":"apologise","evidence":"XX"}'),
    );
    expect(res.status).toBe(400);
    const audit = await fetch(`${base}/v1/incidents/${id}/audit`, { headers: adminAuth });
    expect(await audit.text()).not.toContain('\ufffd');
  });

  it('should refuse a charset other than UTF-8 with 415 and accept charset=utf-8', async () => {
    const json = '{"name":"latin key","role":"dashboard"}';
    const latin = await send('/v1/api-keys', json, 'application/json; charset=ISO-8859-1');
    expect(latin.status).toBe(415);
    expect(latin.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await latin.json()) as { type: string }).type).toBe('/problems/unsupported-media-type');
    const utf8 = await send('/v1/api-keys', json, 'application/json; charset=UTF-8');
    expect(utf8.status).toBe(201);
  });
});
