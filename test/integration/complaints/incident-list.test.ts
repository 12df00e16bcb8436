import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

// GET /v1/incidents/{id}/complaints (v1.2): every complaint of a wave in reach, filtered, searched and
// sorted, each with its conversation, with a total that agrees with the board.

const clock = fakeClock('2026-12-07T09:00:00.000Z');
let t: TestApp;
let incidentId: string;
const WAVE = 320;
const ids: string[] = [];

type Item = {
  id: string;
  answered: boolean;
  firstReplyDueAt: string;
  receivedAt: string;
  replies: unknown[];
};

beforeAll(async () => {
  t = await buildTestApp({ clock });
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'lost-or-damaged-order', title: 'Kurier zgubił paczki', severity: 'high' },
  });
  incidentId = res.json().id;
  // 320 comments in batches of 80, a minute apart, some under one post, one author per 10.
  for (let b = 0; b < WAVE / 80; b++) {
    const items = Array.from({ length: 80 }, (_, i) => {
      const n = b * 80 + i;
      return {
        source: n % 4 === 0 ? 'instagram' : 'facebook',
        externalId: `wave-${n}`,
        text: n === 0 ? 'Pierwsza skarga: gdzie moja paczka?' : `Skarga ${n}: paczka zaginęła`,
        author: `Klient ${n % 10}`,
        orderId: `ORD-${String(100000 + n)}`,
        ...(n % 3 === 0 ? { postId: 'post-A' } : {}),
        incidentId,
      };
    });
    const res = await t.app.inject({ method: 'POST', url: '/v1/complaints/batch', payload: { items } });
    expect(res.statusCode, res.body).toBe(200);
    for (const a of res.json().items) ids.push(a.complaint.id);
    clock.advance(60_000);
  }
});
afterAll(async () => {
  await t.close();
});

const list = async (query: string) => {
  const res = await t.app.inject({ url: `/v1/incidents/${incidentId}/complaints?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Item[]; nextCursor: string | null; total: number };
};

async function all(query: string): Promise<Item[]> {
  const out: Item[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(`${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

describe('an incident’s complaint list', () => {
  it('should page through all 320 in each order, every complaint once, with the total on every page', async () => {
    for (const sort of ['oldest', 'newest', 'urgent']) {
      const items = await all(`sort=${sort}`);
      expect(items.map((c) => c.id).sort(), sort).toEqual([...ids].sort());
      expect((await list(`sort=${sort}&limit=10`)).total).toBe(WAVE);
    }
    // Each batch arrived at once; newest first starts in the last batch and ends in the first.
    const newest = await all('sort=newest');
    expect(ids.slice(-80)).toContain(newest[0]?.id);
    expect(ids.slice(0, 80)).toContain(newest.at(-1)?.id);
  });

  it('should find the first and the last complaint by text, author and order number', async () => {
    expect((await list('q=Pierwsza')).items.map((c) => c.id)).toEqual([ids[0]]);
    expect((await list(`q=ORD-${100000 + WAVE - 1}`)).items.map((c) => c.id)).toEqual([ids.at(-1)]);
    const byAuthor = await list('q=Klient 7&limit=200');
    expect(byAuthor.total).toBe(WAVE / 10);
    // LIKE's own characters are taken literally.
    expect((await list('q=%25')).total).toBe(0);
  });

  it('should filter by channel, post, answered and overdue, with counts that agree with the board', async () => {
    expect((await list('source=instagram')).total).toBe(WAVE / 4);
    expect((await list('postId=post-A')).total).toBe(Math.ceil(WAVE / 3));
    const [first] = (await list('sort=oldest&limit=1')).items;
    const reply = await t.app.inject({
      method: 'POST',
      url: `/v1/complaints/${first!.id}/replies`,
      payload: {
        channel: 'facebook',
        visibility: 'public',
        text: 'Przepraszamy, szukamy paczki razem z kurierem.',
      },
    });
    expect(reply.statusCode, reply.body).toBe(201);
    clock.advance(2 * 86_400_000);
    const board = (await t.app.inject({ url: `/v1/board?incidentId=${incidentId}` })).json().items[0];
    expect((await list('answered=false')).total).toBe(board.unanswered);
    expect((await list('overdue=true')).total).toBe(board.overdue);
    expect(board.unanswered).toBe(WAVE - 1);
    const answered = await list('answered=true');
    expect(answered.items.map((c) => c.id)).toEqual([first!.id]);
    expect(answered.items[0]?.replies).toHaveLength(1);
    expect(answered.items[0]?.replies[0]).toMatchObject({
      visibility: 'public',
      delivery: { status: 'pending' },
    });
  });

  it('should list the unanswered soonest due first under sort=urgent, then the answered', async () => {
    const items = await all('sort=urgent');
    const firstAnswered = items.findIndex((c) => c.answered);
    expect(items.slice(firstAnswered).every((c) => c.answered)).toBe(true);
    const due = items.slice(0, firstAnswered).map((c) => c.firstReplyDueAt);
    expect(due).toEqual([...due].sort());
  });

  it('should refuse a cursor it did not issue with 422, and an unknown incident with 404', async () => {
    const foreign = Buffer.from(JSON.stringify({ s: 4 })).toString('base64url');
    const wrong = await t.app.inject({ url: `/v1/incidents/${incidentId}/complaints?cursor=${foreign}` });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0]).toMatchObject({ field: 'query.cursor' });
    const missing = await t.app.inject({
      url: '/v1/incidents/0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c/complaints',
    });
    expect(missing.statusCode).toBe(404);
  });
});
