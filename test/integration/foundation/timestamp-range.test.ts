import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfLocalDay } from '../../../src/domain/deadlines/time-zone.ts';
import { validEvidence } from '../../helpers/evidence.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';
import { openIncident, playbook, send } from '../commitments/commitment-helpers.ts';

// Every date and time the API takes must be one PostgreSQL and PGlite store: the rest is a 422 naming the
// field and the range (rule `range`), never a 500 from the database.

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const RANGE = ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z'];
const complaint = (externalId: string, occurredAt?: string) => ({
  source: 'chat',
  externalId,
  text: 'My parcel is late again',
  ...(occurredAt === undefined ? {} : { occurredAt }),
});

function expectRangeProblem(res: { statusCode: number; json(): any; body: string }, field: string) {
  expect(res.statusCode, res.body).toBe(422);
  const body = res.json();
  expect(body).toMatchObject({ type: '/problems/validation-error', status: 422 });
  expect(body.errors).toEqual([expect.objectContaining({ field, rule: 'range' })]);
  for (const end of RANGE) expect(body.errors[0].message).toContain(end);
}

describe('POST /v1/complaints and /v1/complaints/batch', () => {
  it('should answer 422 for the one item of year 0000 and store the 199 others of the batch', async () => {
    const items = Array.from({ length: 200 }, (_, i) =>
      complaint(`range-batch-${i}`, i === 57 ? '0000-01-01T00:00:00Z' : '2026-03-01T10:00:00Z'),
    );
    const res = await t.app.inject({ method: 'POST', url: '/v1/complaints/batch', payload: { items } });
    expect(res.statusCode, res.body).toBe(200);
    const results = res.json().items as { status: number; error?: any }[];
    expect(results.filter((r) => r.status === 201)).toHaveLength(199);
    expect(results[57]!.status).toBe(422);
    expectRangeProblem(
      { statusCode: 422, json: () => results[57]!.error, body: '' },
      'body.items[57].occurredAt',
    );
    const stored = await sql<{ n: string }>`
      select count(*)::int8 as n from complaints where external_id like 'range-batch-%'`.execute(
      t.database.db,
    );
    expect(Number(stored.rows[0]!.n)).toBe(199);
  });

  it('should answer a single complaint of year 0000 with 422 naming occurredAt and the range, in Polish and Greek too', async () => {
    for (const language of ['en', 'pl', 'el']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/complaints',
        headers: { 'accept-language': language },
        payload: complaint('range-single', '0000-01-01T00:00:00Z'),
      });
      expectRangeProblem(res, 'body.occurredAt');
      expect(res.headers['content-language']).toBe(language);
    }
  });

  it('should store the first and last instants of the range and offsets up to ±14:00, and refuse one step beyond', async () => {
    const accepted = [
      ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
      ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
      ['2026-01-01T00:00:00+14:00', '2025-12-31T10:00:00.000Z'],
      ['2026-01-01T00:00:00-14:00', '2026-01-01T14:00:00.000Z'],
    ];
    for (const [i, [given, stored]] of accepted.entries()) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/complaints',
        payload: complaint(`range-edge-${i}`, given),
      });
      expect(res.statusCode, `${given}: ${res.body}`).toBe(201);
      const read = await t.app.inject({ url: `/v1/complaints/${res.json().id}` });
      expect(read.json().occurredAt).toBe(stored);
    }
    for (const refused of [
      '0000-12-31T23:59:59.999Z',
      '0001-01-01T00:00:00+00:01',
      '9999-12-31T23:59:59-00:01',
      '2026-01-01T00:00:00+14:01',
      '2026-01-01T00:00:00-15:00',
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/complaints',
        payload: complaint('range-beyond', refused),
      });
      expectRangeProblem(res, 'body.occurredAt');
    }
  });
});

describe('date filters', () => {
  const filters = [
    ['/v1/feedback', 'since'],
    ['/v1/feedback', 'until'],
    ['/v1/incidents', 'updatedSince'],
    ['/v1/deadlines', 'dueBefore'],
    ['/v1/stats', 'since'],
    ['/v1/commitments', 'dueBefore'],
  ] as const;

  it.each(filters)('GET and HEAD %s?%s= answer 422 out of range and 200 at its ends', async (path, name) => {
    for (const method of ['GET', 'HEAD'] as const) {
      const out = await t.app.inject({ method, url: `${path}?${name}=0000-01-01T00:00:00Z` });
      if (method === 'GET') expectRangeProblem(out, `querystring.${name}`);
      expect(out.statusCode).toBe(422);
      expect(out.headers['content-type']).toMatch(/^application\/problem\+json/);
      for (const end of RANGE) {
        const ok = await t.app.inject({ method, url: `${path}?${name}=${encodeURIComponent(end)}` });
        expect(ok.statusCode, `${method} ${path}?${name}=${end}: ${ok.body}`).toBe(200);
      }
    }
  });

  it('should answer a cursor naming year 0000 as one this API did not issue (422), not a 500', async () => {
    const forged = (position: object) => Buffer.from(JSON.stringify(position)).toString('base64url');
    const i = '3f1d2c4b-8a9e-4f60-b1c2-d3e4f5a6b7c8';
    for (const url of [
      `/v1/incidents?cursor=${forged({ u: '0000-01-01T00:00:00Z', i })}`,
      `/v1/deadlines?cursor=${forged({ d: '0000-01-01T00:00:00Z', i })}`,
      `/v1/commitments?cursor=${forged({ d: '0000-01-01T00:00:00Z', i })}`,
      `/v1/complaints?cursor=${forged({ r: '0000-01-01T00:00:00Z', i })}`,
    ]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(422);
      expect(res.json().errors[0]).toMatchObject({ field: 'query.cursor', rule: 'cursor' });
    }
  });
});

describe('due dates of commitments', () => {
  it('should end a plain date of the first centuries on that day in the playbook’s zone, and refuse year 0000 and 9999-12-31', async () => {
    const id = await openIncident(t);
    const add = (dueAt: string) =>
      t.app.inject({
        method: 'POST',
        url: `/v1/incidents/${id}/commitments`,
        payload: { description: 'A promise for the ages', owner: 'Ops', dueAt },
      });
    // Long past: refused as past (v1.2), naming the end of that very day, not a date of another century.
    for (const date of ['0001-01-01', '0099-01-01', '0100-12-31']) {
      const res = await add(date);
      expect(res.statusCode, `${date}: ${res.body}`).toBe(422);
      const [error] = res.json().errors;
      expect(error).toMatchObject({ field: 'body.dueAt', code: 'past' });
      expect(error.params.dueAt).toBe(endOfLocalDay(date, 'Europe/Warsaw').toISOString());
      expect(error.params.dueAt.slice(0, 10)).toBe(date);
    }
    const last = await add('9999-12-30');
    expect(last.statusCode, last.body).toBe(201);
    expect(last.json().dueAt).toBe(endOfLocalDay('9999-12-30', 'Europe/Warsaw').toISOString());
    for (const refused of ['0000-01-01', '9999-12-31', '0000-12-31T23:00:00Z', '2027-01-15T17:00:00+15:00']) {
      const res = await add(refused);
      expect(res.statusCode, `${refused}: ${res.body}`).toBe(422);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'body.dueAt', rule: 'range' })]);
    }
  });

  it('should refuse an improve change due in year 0000 as evidence with rule range', async () => {
    const pb = await playbook('delivery-delay');
    const id = await openIncident(t);
    for (const stage of ['apologise', 'admit', 'counteract'] as const) {
      const res = await send(t, id, stage, validEvidence(pb, stage));
      expect(res.statusCode, res.body).toBe(200);
    }
    const res = await send(t, id, 'improve', {
      ...validEvidence(pb, 'improve'),
      changes: [{ description: 'Track every parcel', owner: 'Logistics', dueAt: '0000-01-01' }],
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'evidence.changes[0].dueAt', rule: 'range' }),
    ]);
  });
});
