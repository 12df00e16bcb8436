import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
const TEXTS = {
  en: 'The parcels I ordered never arrived and the courier keeps rescheduling the delivery.',
  pl: 'Zamówiona paczka nie dotarła, a kurier ciągle przekłada dostawę na kolejny dzień.',
  el: 'Το δέμα που παρήγγειλα δεν έφτασε ποτέ και ο κούριερ αναβάλλει συνεχώς την παράδοση.',
  short: 'Parcel?',
};

beforeAll(async () => {
  t = await buildTestApp();
  const items = Object.entries(TEXTS).map(([key, text]) => ({
    source: 'facebook',
    externalId: `search-${key}`,
    text,
  }));
  const res = await t.app.inject({ method: 'POST', url: '/v1/complaints/batch', payload: { items } });
  expect(res.json().items.map((i: { status: number }) => i.status)).toEqual([201, 201, 201, 201]);
});
afterAll(async () => {
  await t.close();
});

const search = async (q: string, extra = '') => {
  const res = await t.app.inject({ url: `/v1/complaints?q=${encodeURIComponent(q)}${extra}` });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: { externalId: string; language: string }[]; nextCursor: string | null };
};
const found = async (q: string) => (await search(q)).items.map((c) => c.externalId).sort();

describe('GET /v1/complaints?q=', () => {
  it('should show each complaint with the language detected at ingest', async () => {
    const all = (await t.app.inject({ url: '/v1/complaints' })).json().items as {
      externalId: string;
      language: string;
    }[];
    expect(Object.fromEntries(all.map((c) => [c.externalId, c.language]))).toEqual({
      'search-en': 'en',
      'search-pl': 'pl',
      'search-el': 'el',
      'search-short': 'und',
    });
  });

  it('should find an English complaint by a word and by another form of it (english stemming)', async () => {
    expect(await found('courier rescheduling')).toEqual(['search-en']);
    // "parcel" is stemmed like "parcels"; the short complaint holds "Parcel" too (simple config, as written).
    expect(await found('parcel')).toEqual(['search-en', 'search-short']);
    expect(await found('rescheduled')).toEqual(['search-en']);
  });

  it('should find a Polish complaint by its words as written (PostgreSQL has no Polish stemmer)', async () => {
    expect(await found('paczka kurier')).toEqual(['search-pl']);
    expect(await found('dostawę')).toEqual(['search-pl']);
    // No stemming for Polish: another case of the same noun is another word.
    expect(await found('paczki')).toEqual([]);
  });

  it('should find a Greek complaint by its words', async () => {
    expect(await found('δέμα')).toEqual(['search-el']);
  });

  it('should page through matches with the list’s own order and cursor', async () => {
    const first = await search('parcel', '&limit=1');
    expect(first.items).toHaveLength(1);
    const second = await search('parcel', `&limit=1&cursor=${first.nextCursor}`);
    const both = [...first.items, ...second.items].map((c) => c.externalId).sort();
    expect(both).toEqual(['search-en', 'search-short']);
    const third = await search('parcel', `&limit=1&cursor=${second.nextCursor}`);
    expect(third.items).toEqual([]);
  });

  it('should refuse an empty search with a 400 naming q', async () => {
    const res = await t.app.inject({ url: '/v1/complaints?q=%20' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('querystring.q');
  });
});
