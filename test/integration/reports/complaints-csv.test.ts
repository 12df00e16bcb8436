import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINT_CSV_COLUMNS } from '../../../src/http/complaints-csv.ts';
import { bearer, issueKey } from '../../helpers/keys.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let incidentId: string;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'delivery-delay', title: 'Parcels late', severity: 'medium' },
  });
  incidentId = res.json().id;
});
afterAll(async () => {
  await t.close();
});

let n = 0;
async function complaint(text: string, extra: Record<string, unknown> = {}) {
  clock.advance(1_000);
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: { source: 'facebook', externalId: `csv-${++n}`, text, incidentId, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const csv = (accept = 'text/csv', query = '') =>
  t.app.inject({ method: 'GET', url: `/v1/incidents/${incidentId}/complaints${query}`, headers: { accept } });

/**
 * A strict RFC 4180 reader: records end with CRLF, a quoted field may hold commas, CR, LF and doubled
 * quotes; anything else (a bare quote inside an unquoted field, text after a closing quote) throws.
 */
function parseCsv(file: string): string[][] {
  // Every file starts with the UTF-8 byte-order mark, so spreadsheets read Polish letters.
  if (!file.startsWith('\uFEFF')) throw new Error('no byte-order mark');
  const text = file.slice(1);
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

describe('GET /v1/incidents/{id}/complaints as CSV', () => {
  const tricky = [
    'He said "never again", twice',
    'Line one\nline two\r\nline three',
    '=HYPERLINK("http://evil.example","click")',
    '+48 600 100 200 called me',
    '-5 stars for this shop',
    '@channel look at this',
    '\tindented complaint text',
  ];
  let ids: string[] = [];

  beforeAll(async () => {
    ids = [];
    for (const text of tricky) ids.push((await complaint(text, { author: '=cmd|calc' })).id);
  });

  it('should answer RFC 4180 CSV with a header that parses back to every complaint, in list order', async () => {
    const res = await csv();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    const [header, ...rows] = parseCsv(res.body);
    expect(header).toEqual([...COMPLAINT_CSV_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(ids);
    const col = (name: string) => COMPLAINT_CSV_COLUMNS.indexOf(name as never);
    expect(rows.map((r) => r[col('text')])).toEqual([
      'He said "never again", twice',
      'Line one\nline two\r\nline three',
      `'=HYPERLINK("http://evil.example","click")`,
      "'+48 600 100 200 called me",
      "'-5 stars for this shop",
      "'@channel look at this",
      "'\tindented complaint text",
    ]);
    expect(new Set(rows.map((r) => r[col('author')]))).toEqual(new Set(["'=cmd|calc"]));
    expect(rows.every((r) => r.length === COMPLAINT_CSV_COLUMNS.length)).toBe(true);
  });

  it('should start with the UTF-8 byte-order mark and keep Polish letters intact', async () => {
    await complaint('Źle zapakowana paczka, żółw w środku', { author: 'Łucja' });
    const res = await csv();
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.body).toContain('Źle zapakowana paczka, żółw w środku');
  });

  it('should carry the public and private reply texts, oldest first, one per line', async () => {
    const c = await complaint('Nie dostałem zwrotu');
    const reply = (visibility: string, text: string) =>
      t.app.inject({
        method: 'POST',
        url: `/v1/complaints/${c.id}/replies`,
        payload: { channel: visibility === 'public' ? 'facebook' : 'email', visibility, text },
      });
    expect((await reply('public', 'Przepraszamy, już sprawdzamy ten zwrot.')).statusCode).toBe(201);
    clock.advance(1_000);
    expect((await reply('private', 'Zwrot wysłaliśmy dziś przelewem, numer 7781.')).statusCode).toBe(201);
    const rows = parseCsv((await csv()).body);
    const row = rows.find((r) => r[0] === c.id)!;
    expect(row[COMPLAINT_CSV_COLUMNS.indexOf('replies')]).toBe(
      '[public] Przepraszamy, już sprawdzamy ten zwrot.\n[private] Zwrot wysłaliśmy dziś przelewem, numer 7781.',
    );
  });

  it('should quote and double quotes exactly as RFC 4180 writes them', async () => {
    const res = await csv();
    expect(res.body).toContain(',"He said ""never again"", twice",');
    expect(res.body).toContain(',"Line one\nline two\r\nline three",');
    expect(res.body.endsWith('\r\n')).toBe(true);
  });

  it('should keep JSON the default and for Accept: application/json', async () => {
    for (const accept of [undefined, 'application/json', '*/*']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/v1/incidents/${incidentId}/complaints`,
        headers: accept ? { accept } : {},
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json().items.length).toBeGreaterThan(0);
    }
  });

  it('should answer 406 as a problem for a media type it cannot write', async () => {
    const res = await csv('application/xml');
    expect(res.statusCode).toBe(406);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 406, title: 'Not Acceptable' });
  });

  it('should answer 404 (a problem, not an empty CSV) for an unknown incident', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/v1/incidents/00000000-0000-4000-8000-000000000000/complaints',
      headers: { accept: 'text/csv' },
    });
    expect(res.statusCode).toBe(404);
  });

  it('should write the whole list across pages, and honour answered=', async () => {
    for (let i = 0; i < 205; i++) await complaint(`Bulk complaint number ${i}`);
    const count = async (query: string) =>
      (await t.app.inject({ url: `/v1/incidents/${incidentId}/complaints${query}` })).json().total as number;
    const total = await count('');
    expect(total).toBeGreaterThanOrEqual(tricky.length + 205);
    const all = parseCsv((await csv()).body);
    expect(all.length - 1).toBe(total);
    expect(new Set(all.slice(1).map((r) => r[0])).size).toBe(total);
    const unanswered = parseCsv((await csv('text/csv', '?answered=false')).body);
    expect(unanswered.length - 1).toBe(await count('?answered=false'));
    const answered = parseCsv((await csv('text/csv', '?answered=true')).body);
    expect(answered.length - 1).toBe(await count('?answered=true'));
    expect(answered.length - 1 + unanswered.length - 1).toBe(total);
  });

  it('should let a dashboard key read the CSV and refuse an integration key', async () => {
    const dashboard = await issueKey(t, 'dashboard');
    const ok = await t.app.inject({
      method: 'GET',
      url: `/v1/incidents/${incidentId}/complaints`,
      headers: { accept: 'text/csv', ...bearer(dashboard.key) },
    });
    expect(ok.statusCode).toBe(200);
    const integration = await issueKey(t, 'integration');
    const refused = await t.app.inject({
      method: 'GET',
      url: `/v1/incidents/${incidentId}/complaints`,
      headers: { accept: 'text/csv', ...bearer(integration.key) },
    });
    expect(refused.statusCode).toBe(403);
  });
});
