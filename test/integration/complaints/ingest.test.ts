import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await t.close();
});

let n = 0;
/** A complaint that matches no playbook trigger, so it stays where the test puts it. */
function complaint(extra: Record<string, unknown> = {}) {
  n++;
  return {
    source: 'email',
    externalId: `mail-${n}-${Date.now()}`,
    text: `Hello, question number ${n}.`,
    ...extra,
  };
}

async function openIncident() {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'delivery-delay', title: 'Courier backlog', severity: 'medium' },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; complaintCount: number };
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/v1/complaints`, {
    method: 'POST',
    headers: { ...adminAuth, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('POST /v1/complaints', () => {
  it('should answer 201 with Location for a new complaint and 200 with the stored one for a repeat', async () => {
    const body = complaint({ author: 'Jan K.', tags: ['question'], occurredAt: '2026-03-02T08:00:00.000Z' });
    const first = await t.app.inject({ method: 'POST', url: '/v1/complaints', payload: body });
    expect(first.statusCode, first.body).toBe(201);
    const stored = first.json();
    expect(first.headers.location).toBe(`/v1/complaints/${stored.id}`);
    expect(stored).toMatchObject({
      source: 'email',
      externalId: body.externalId,
      text: body.text,
      author: 'Jan K.',
      tags: ['question'],
      occurredAt: '2026-03-02T08:00:00.000Z',
      receivedAt: clock().toISOString(),
      incidentId: null,
      answered: false,
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: { ...body, text: 'edited' },
    });
    expect(again.statusCode).toBe(200);
    // A repeat is the stored complaint; only the first answer says what it matched.
    const { match, ...complaintOnly } = stored;
    expect(match).toEqual({ playbookId: null, reason: "no playbook's keywords or sources matched" });
    expect(again.json()).toEqual(complaintOnly);
  });

  it('should store one complaint when the same one is posted 20 times at once, and count it once', async () => {
    const incident = await openIncident();
    const body = complaint({ incidentId: incident.id });
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(body)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    const ids = new Set(
      await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)),
    );
    expect(ids.size).toBe(1);
    const after = await t.app.inject({ url: `/v1/incidents/${incident.id}` });
    expect(after.json().complaintCount).toBe(incident.complaintCount + 1);
    const list = await t.app.inject({ url: `/v1/incidents/${incident.id}/complaints` });
    expect(list.json().items).toHaveLength(1);
  });

  it('should answer the same Idempotency-Key posted 20 times at once with one 201, replays and 409s', async () => {
    const body = complaint();
    const key = `key-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post(body, { 'idempotency-key': key })),
    );
    for (const r of responses) expect([201, 409]).toContain(r.status);
    const original = responses.filter((r) => r.status === 201 && !r.headers.get('idempotent-replayed'));
    expect(original).toHaveLength(1);
    const list = await t.app.inject({ url: '/v1/complaints?incidentId=none&limit=200' });
    expect(
      list.json().items.filter((c: { externalId: string }) => c.externalId === body.externalId),
    ).toHaveLength(1);
  });

  it('should replay the first answer for the same key and body, and refuse another body with 422', async () => {
    const body = complaint();
    const headers = { 'idempotency-key': `replay-${Date.now()}` };
    const first = await t.app.inject({ method: 'POST', url: '/v1/complaints', headers, payload: body });
    expect(first.statusCode).toBe(201);
    const replay = await t.app.inject({ method: 'POST', url: '/v1/complaints', headers, payload: body });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.headers.location).toBe(first.headers.location);
    expect(replay.json()).toEqual(first.json());
    const other = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      headers,
      payload: { ...body, text: 'Something else entirely' },
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().type).toBe('/problems/idempotency-key-reused');
  });

  it('should not keep a key whose request failed, so the corrected retry runs', async () => {
    const headers = { 'idempotency-key': `failed-${Date.now()}` };
    const body = complaint();
    const bad = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      headers,
      payload: { ...body, incidentId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('body.incidentId');
    const good = await t.app.inject({ method: 'POST', url: '/v1/complaints', headers, payload: body });
    expect(good.statusCode).toBe(201);
  });
});

describe('what a complaint may contain', () => {
  it('should accept 10,000 characters (code points) and refuse 10,001 with 422 naming the text', async () => {
    const ok = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: complaint({ text: '😀'.repeat(10_000) }),
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const long = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: complaint({ text: 'a'.repeat(10_001) }),
    });
    expect(long.statusCode).toBe(422);
    expect(long.json().errors).toEqual([expect.objectContaining({ field: 'body.text', rule: 'max_length' })]);
  });

  it('should refuse NUL and lone surrogates with 422 and invalid UTF-8 with 400, never a 500', async () => {
    const nul = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: complaint({ text: 'a\u0000b' }),
    });
    expect(nul.statusCode).toBe(422);
    const surrogate = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(complaint()).replace(/"text":"[^"]*"/, '"text":"broken \\ud800 half"'),
    });
    expect(surrogate.statusCode).toBe(422);
    expect(surrogate.json().errors[0]).toMatchObject({ field: 'body.text' });
    const json = Buffer.from(JSON.stringify(complaint({ text: 'XX' })));
    const at = json.indexOf('XX');
    json[at] = 0xc3;
    json[at + 1] = 0x28; // 0xC3 must be followed by a continuation byte
    const utf8 = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      headers: { 'content-type': 'application/json' },
      payload: json,
    });
    expect(utf8.statusCode).toBe(400);
    expect(utf8.json().errors[0]).toMatchObject({ field: 'body', rule: 'utf8' });
  });

  it('should answer 405 to DELETE: complaints are never deleted', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/complaints', payload: complaint() });
    const del = await t.app.inject({ method: 'DELETE', url: `/v1/complaints/${res.json().id}/replies` });
    expect(del.statusCode).toBe(405);
    const delAll = await t.app.inject({ method: 'DELETE', url: '/v1/complaints' });
    expect(delAll.statusCode).toBe(405);
  });
});

describe('the contract in /openapi.json', () => {
  it('should document every complaint route under the Complaints tag', async () => {
    const res = await t.app.inject({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { tags?: string[] }>>;
    for (const [path, method] of [
      ['/v1/complaints', 'post'],
      ['/v1/complaints', 'get'],
      ['/v1/complaints/batch', 'post'],
      ['/v1/incidents/{id}/complaints', 'get'],
      ['/v1/complaints/{id}/attach', 'post'],
      ['/v1/complaints/{id}/replies', 'post'],
      ['/v1/complaints/{id}/redact', 'post'],
      ['/v1/complaints/{id}', 'get'],
      ['/v1/complaints/{id}/replies/{replyId}/delivery', 'post'],
    ] as const) {
      expect(paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['Complaints']);
    }
  });
});
