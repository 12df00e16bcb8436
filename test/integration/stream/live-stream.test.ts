import { compileErrors, validate } from '@readme/openapi-parser';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, issueKey, type TestKey } from '../../helpers/keys.ts';
import { openSse, type SseMessage, type SseStream } from '../../helpers/sse-client.ts';
import { adminAuth, buildTestApp, TEST_ADMIN_KEY, type TestApp } from '../../helpers/test-app.ts';
import { testDatabaseKind } from '../../helpers/test-database.ts';

let t: TestApp;
let base: string;
let manager: TestKey;
let dashboard: TestKey;
let integration: TestKey;
const open: SseStream[] = [];

beforeAll(async () => {
  t = await buildTestApp({ env: { STREAM_POLL_MS: '100', STREAM_MAX_PER_KEY: '3' } });
  manager = await issueKey(t, 'manager');
  dashboard = await issueKey(t, 'dashboard');
  integration = await issueKey(t, 'integration');
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  for (const s of open) s.close();
  await t.close();
});

async function stream(headers: Record<string, string> = adminAuth, query = ''): Promise<SseStream> {
  const s = await openSse(`${base}/v1/stream${query}`, headers);
  open.push(s);
  return s;
}

/** A stream that answered 200 and sent its opening comment. */
async function started(headers: Record<string, string> = adminAuth, query = ''): Promise<SseStream> {
  const s = await stream(headers, query);
  expect(s.status).toBe(200);
  expect(s.headers.get('content-type')).toMatch(/^text\/event-stream/);
  expect((await s.next())?.comment).toMatch(/^(from now|after )/);
  return s;
}

let n = 0;
async function openIncident(): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'social-media-backlash', title: `Stream ${++n}`, severity: 'medium' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const payloadOf = (m: SseMessage) => JSON.parse(m.data ?? 'null');
const opened = (id: string) => (m: SseMessage) =>
  m.event === 'incident.opened' && payloadOf(m).data.incidentId === id;

/** Every outbox id in the stream's order (what a reader resuming anywhere must see, in order). */
async function outboxOrder(): Promise<string[]> {
  const rows = await sql<{ id: string }>`select id from outbox order by stream_xid, stream_seq`.execute(
    t.database.db,
  );
  return rows.rows.map((r) => r.id);
}

describe('GET /v1/stream', () => {
  it('should deliver an incident opened through the API within 2 s, with the outbox id and the webhook payload', async () => {
    const before = await openIncident();
    const s = await started();
    const id = await openIncident();
    const sent = Date.now();
    const m = await s.until(opened(id), 2_000);
    expect(Date.now() - sent).toBeLessThan(2_000);
    const row = await sql<{ id: string; payload: unknown }>`
      select id, payload from outbox where incident_id = ${id} and event = 'incident.opened'`.execute(
      t.database.db,
    );
    expect(m.id).toBe(row.rows[0]?.id);
    expect(payloadOf(m)).toEqual(row.rows[0]?.payload);
    // It started from now: what happened before it opened was not replayed.
    expect(s.seen.some(opened(before))).toBe(false);
    s.close();
  });

  it('should resume after Last-Event-ID (header or query) without losing or repeating an event', async () => {
    const s = await started();
    const first = await openIncident();
    const m1 = await s.until(opened(first));
    s.close();
    // Events written while no stream was open.
    const missed = [await openIncident(), await openIncident()];
    const order = await outboxOrder();
    const expected = order.slice(order.indexOf(m1.id!) + 1);
    expect(expected.length).toBeGreaterThanOrEqual(2);

    for (const resume of [{ ...adminAuth, 'last-event-id': m1.id! }, adminAuth]) {
      const query = 'last-event-id' in resume ? '' : `?lastEventId=${m1.id}`;
      const again = await started(resume, query);
      const got: string[] = [];
      while (got.length < expected.length) {
        const m = await again.next();
        if (m?.id) got.push(m.id);
      }
      expect(got).toEqual(expected);
      const live = await openIncident();
      const next = await again.until((m) => m.id !== undefined);
      expect(next).toMatchObject({ event: 'incident.opened' });
      expect(payloadOf(next).data.incidentId).toBe(live);
      again.close();
      expected.push(next.id!);
    }
    expect(missed).toHaveLength(2);
  });

  it('should refuse a Last-Event-ID that names no event before any byte of stream', async () => {
    const s = await stream({ ...adminAuth, 'last-event-id': '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c' });
    expect(s.status).toBe(400);
    expect(JSON.parse(await s.body())).toMatchObject({ type: '/problems/bad-request', status: 400 });
    const bad = await stream({ ...adminAuth, 'last-event-id': 'not-an-id' });
    expect(bad.status).toBe(400);
    await bad.body();
  });

  it('should show dashboards every event without what people wrote, managers all of it, and refuse integration keys', async () => {
    const staff = await started(bearer(manager.key));
    const board = await started(bearer(dashboard.key));
    const complaint = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: { source: 'facebook', externalId: 'stream-1', text: 'Where is my order?', author: 'Jan K.' },
    });
    expect(complaint.statusCode, complaint.body).toBe(201);
    const text = 'Jan, your parcel left the hub this morning and arrives tomorrow.';
    const reply = await t.app.inject({
      method: 'POST',
      url: `/v1/complaints/${complaint.json().id}/replies`,
      payload: { channel: 'facebook', visibility: 'public', text, actor: 'Ola (support)' },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    const isReply = (m: SseMessage) => m.event === 'complaint.reply_created';
    const full = payloadOf(await staff.until(isReply));
    const shown = payloadOf(await board.until(isReply));
    expect(full.data).toMatchObject({ text, author: 'Ola (support)', complaintId: complaint.json().id });
    expect(shown.data).toMatchObject({ complaintId: complaint.json().id, visibility: 'public' });
    for (const hidden of ['text', 'author', 'url', 'externalId'])
      expect(shown.data).not.toHaveProperty(hidden);
    staff.close();
    board.close();

    const refused = await stream(bearer(integration.key));
    expect(refused.status).toBe(403);
    const problem = JSON.parse(await refused.body());
    expect(problem).toMatchObject({ type: '/problems/forbidden', status: 403 });
    expect(problem.detail).toMatch(/for people and dashboards.*webhook/);
  });

  it('should never accept a key in the URL, even a valid one, nor open the stream with one there', async () => {
    for (const [query, headers] of [
      [`?key=${TEST_ADMIN_KEY}`, {}],
      [`?token=${TEST_ADMIN_KEY}`, {}],
      [`?access_token=${TEST_ADMIN_KEY}`, adminAuth],
      [`?token=${TEST_ADMIN_KEY}`, adminAuth],
    ] as const) {
      const s = await stream(headers, query);
      expect(s.status, query).toBe(400);
      const problem = JSON.parse(await s.body());
      expect(problem).toMatchObject({ type: '/problems/bad-request' });
      expect(problem.detail).toMatch(/never accepted in the URL/);
    }
    const none = await stream({});
    expect(none.status).toBe(401);
    await none.body();
  });

  it('should hold at most STREAM_MAX_PER_KEY streams per key (429) and free a slot when one closes', async () => {
    const key = await issueKey(t, 'manager', 'busy board');
    const held = [];
    for (let i = 0; i < 3; i++) held.push(await started(bearer(key.key)));
    const over = await stream(bearer(key.key));
    expect(over.status).toBe(429);
    expect(JSON.parse(await over.body())).toMatchObject({ type: '/problems/rate-limited' });
    // Another key is not affected.
    (await started()).close();
    held[0]!.close();
    // The server learns of the close when the socket does: retry briefly.
    let again: SseStream | undefined;
    for (let i = 0; i < 20 && again?.status !== 200; i++) {
      again = await stream(bearer(key.key));
      if (again.status !== 200) await again.body();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(again?.status).toBe(200);
    for (const s of [...held, again!]) s.close();
  });

  it.skipIf(testDatabaseKind() === 'pglite')(
    'should not skip an event whose transaction commits after a younger one',
    async () => {
      const s = await started();
      const id = await openIncident();
      await s.until(opened(id));
      let releaseSlow!: () => void;
      const slowWritten = new Promise<void>((r) => {
        releaseSlow = r;
      });
      const late = '0190d1a0-5b8e-7cc1-8e8b-00000000001a';
      const early = '0190d1a0-5b8e-7cc1-8e8b-00000000001b';
      const insert = (oid: string) => sql`
        insert into outbox (id, event, incident_id, payload, created_at)
        values (${oid}, 'incident.transitioned', null, ${JSON.stringify({ type: 'incident.transitioned', data: {} })}::jsonb, now())`;
      // The older transaction takes its id first and commits last.
      const slow = t.database.db.transaction().execute(async (trx) => {
        await insert(late).execute(trx);
        await slowWritten;
      });
      await new Promise((r) => setTimeout(r, 100));
      await insert(early).execute(t.database.db);
      await new Promise((r) => setTimeout(r, 400));
      releaseSlow();
      await slow;
      const got: string[] = [];
      while (got.length < 2) {
        const m = await s.next();
        if (m?.id) got.push(m.id);
      }
      expect(got).toEqual([late, early]);
      s.close();
    },
  );
});

describe('GET /v1/stream in /openapi.json', () => {
  it('should be documented as text/event-stream with its query, header and problems, in a valid document', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json();
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    const op = doc.paths['/v1/stream'].get;
    expect(op.tags).toEqual(['Stream']);
    expect(Object.keys(op.responses['200'].content)).toEqual(['text/event-stream']);
    expect(op.responses['200'].description).toMatch(/Last-Event-ID/);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '429']));
    const params = op.parameters.map((p: { in: string; name: string }) => `${p.in} ${p.name}`);
    expect(params).toEqual(expect.arrayContaining(['query lastEventId', 'header last-event-id']));
    expect(doc.paths['/v1/stream'].head).toBeUndefined();
  });
});

describe('GET /v1/stream when the server stops', () => {
  it('should end every open stream so app.close() does not hang', async () => {
    const board = 'https://board.example';
    const own = await buildTestApp({ env: { STREAM_KEEPALIVE_MS: '200', CORS_ORIGINS: board } });
    const url = await own.app.listen({ port: 0, host: '127.0.0.1' });
    // A board on another origin may send Last-Event-ID and read the stream.
    const preflight = await own.app.inject({
      method: 'OPTIONS',
      url: '/v1/stream',
      headers: {
        origin: board,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,last-event-id',
        authorization: undefined,
      },
    });
    expect(preflight.headers['access-control-allow-headers']).toMatch(/last-event-id/);
    const a = await openSse(`${url}/v1/stream`, { ...adminAuth, origin: board });
    expect(a.headers.get('access-control-allow-origin')).toBe(board);
    const b = await openSse(`${url}/v1/stream`, adminAuth);
    expect((await a.next())?.comment).toBe('from now');
    // A keepalive comment arrives on an idle stream.
    expect((await a.next(2_000))?.comment).toBe('heartbeat');
    const started = Date.now();
    await own.app.close();
    expect(Date.now() - started).toBeLessThan(3_000);
    for (const s of [a, b]) {
      for (;;) {
        const m = await s.next(2_000);
        if (m === null) break;
      }
    }
    await own.close();
  });
});
