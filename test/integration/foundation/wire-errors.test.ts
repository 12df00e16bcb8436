import { request as httpRequest } from 'node:http';
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

describe('errors before routing are problem documents', () => {
  it.each(['/v1/incidents/%ZZ', '/v1/incidents/%C0%AF', '/v1/%E0%A4%A/complaints'])(
    'should answer a bad percent-encoding (%s) with a 400 problem',
    async (path) => {
      const res = await raw(path);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(res.body)).toMatchObject({
        type: '/problems/bad-url',
        status: 400,
        title: 'Bad Request',
      });
    },
  );

  it('should answer a path parameter over 100 characters with a 414 problem', async () => {
    const res = await raw(`/v1/incidents/${'a'.repeat(101)}`);
    expect(res.status).toBe(414);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ type: '/problems/uri-too-long', title: 'URI Too Long' });
  });

  it('should answer headers over 16 KiB with a 431 problem and close the connection', async () => {
    const res = await raw('/v1/incidents', { 'x-filler': 'a'.repeat(17 * 1024) });
    expect(res.status).toBe(431);
    expect(res.headers.connection).toBe('close');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ type: '/problems/headers-too-large', status: 431 });
    // The server is still fine for the next client.
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
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
