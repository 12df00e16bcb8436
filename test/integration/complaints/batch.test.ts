import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

const batch = (items: unknown[], headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/v1/complaints/batch', headers, payload: { items } });

describe('POST /v1/complaints/batch', () => {
  it('should answer each item on its own: new, duplicate and invalid items mixed', async () => {
    const known = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: { source: 'chat', externalId: 'known-1', text: 'Already here' },
    });
    expect(known.statusCode).toBe(201);
    const res = await batch([
      { source: 'chat', externalId: 'b-1', text: 'First new one' },
      { source: 'chat', externalId: 'known-1', text: 'Already here' },
      { source: 'pigeon', externalId: 'b-2', text: 'Unknown source' },
      { source: 'chat', externalId: 'b-3', text: 'x'.repeat(10_001) },
      { source: 'chat', externalId: 'b-1', text: 'Repeat inside the batch' },
      'not even an object',
      { source: 'email', externalId: 'b-4', text: 'Second new one' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { status: number }) => i.status)).toEqual([201, 200, 422, 422, 200, 422, 201]);
    expect(items[1].complaint.id).toBe(known.json().id);
    expect(items[4].complaint.id).toBe(items[0].complaint.id);
    expect(items[2].error.errors[0].field).toBe('body.items[2].source');
    expect(items[3].error.errors[0]).toMatchObject({ field: 'body.items[3].text', rule: 'max_length' });
    expect(items[5].error.status).toBe(422);
  });

  it('should refuse an item with NUL or a lone surrogate on its own, storing the others', async () => {
    const res = await batch([
      { source: 'chat', externalId: 'nul-1', text: 'bad\u0000byte' },
      { source: 'chat', externalId: 'nul-2', text: 'fine' },
      { source: 'chat', externalId: 'nul-3', text: 'half \ud800 pair' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { status: number }) => i.status)).toEqual([422, 201, 422]);
    expect(items[0].error.errors[0]).toMatchObject({ field: 'body.items[0].text', rule: 'no_nul' });
    expect(items[2].error.errors[0]).toMatchObject({ field: 'body.items[2].text', rule: 'well_formed' });
  });

  it('should refuse more than 1000 items with 400 and accept a large batch under its own body limit', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({
      source: 'chat',
      externalId: `m-${i}`,
      text: 'hi',
    }));
    expect((await batch(many)).statusCode).toBe(400);
    // ~1 MiB: far over the global 64 KiB limit, well under the batch route's 8 MiB.
    const big = Array.from({ length: 100 }, (_, i) => ({
      source: 'review',
      externalId: `big-${i}`,
      text: 'ż'.repeat(5_000),
    }));
    const res = await batch(big);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.json().items.every((i: { status: number }) => i.status === 201)).toBe(true);
    const single = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: { source: 'review', externalId: 'too-big', text: 'ż'.repeat(40_000) },
    });
    expect(single.statusCode).toBe(413);
  });

  it('should replay a batch for the same Idempotency-Key and body', async () => {
    const headers = { 'idempotency-key': 'batch-key-1' };
    const items = [{ source: 'x', externalId: 'idem-1', text: 'Hello' }];
    const first = await batch(items, headers);
    const again = await batch(items, headers);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(first.json().items[0].status).toBe(201);
  });
});
