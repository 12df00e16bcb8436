import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

/** A fake Graph API on 127.0.0.1: records each call and answers `{ id }` as Graph does. */
interface GraphCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: { message?: string };
}
const calls: GraphCall[] = [];
let graph: Server;
let t: TestApp;

beforeAll(async () => {
  graph = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      calls.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: JSON.parse(body || '{}'),
      });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `reply_${calls.length}` }));
    });
  });
  await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
  const { port } = graph.address() as { port: number };
  t = await buildTestApp({
    env: { META_PAGE_TOKEN: 'page-token-for-tests', META_GRAPH_URL: `http://127.0.0.1:${port}/v21.0` },
  });
});
afterAll(async () => {
  await t.close();
  graph.closeAllConnections();
  await new Promise<void>((resolve) => graph.close(() => resolve()));
});

async function complaint(source: string, externalId: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: { source, externalId, text: `Order ${externalId} never arrived.` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
const reply = (id: string, text: string, visibility = 'public') =>
  t.app.inject({
    method: 'POST',
    url: `/v1/complaints/${id}/replies`,
    payload: { channel: 'facebook', visibility, text },
  });
async function callFor(path: string): Promise<GraphCall> {
  for (let i = 0; i < 100; i++) {
    const call = calls.find((c) => c.path === path);
    if (call) return call;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the fake Graph API never received ${path}`);
}

describe('replies posted back to Meta (META_PAGE_TOKEN set)', () => {
  it('should post a public reply to a Facebook comment under that comment with the Page token', async () => {
    const id = await complaint('facebook', '111_2001');
    const res = await reply(id, 'We are sorry, Jan: your parcel is on its way and arrives tomorrow.');
    expect(res.statusCode, res.body).toBe(201);
    const call = await callFor('/v21.0/111_2001/comments');
    expect(call).toMatchObject({
      method: 'POST',
      authorization: 'Bearer page-token-for-tests',
      body: { message: 'We are sorry, Jan: your parcel is on its way and arrives tomorrow.' },
    });
  });

  it('should answer an Instagram comment through its replies edge', async () => {
    const id = await complaint('instagram', '17858893269000042');
    await reply(id, 'Anna, we apologise: the refund for your kettle was sent today.');
    const call = await callFor('/v21.0/17858893269000042/replies');
    expect(call.body.message).toBe('Anna, we apologise: the refund for your kettle was sent today.');
  });

  it('should post nothing for complaints from other channels', async () => {
    const id = await complaint('email', 'mail-7');
    const before = calls.length;
    expect((await reply(id, 'Thank you for writing: a refund is on its way to you.')).statusCode).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls.length).toBe(before);
  });
});
