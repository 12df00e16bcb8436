import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await buildTestApp();
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'delivery-delay', title: 'Late parcels', severity: 'medium' },
  });
  id = res.json().id;
});
afterAll(async () => {
  await t.close();
});

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The requests behind the most common problems, each answered in the language asked for. */
const problems = {
  validation: (language: string) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      headers: { 'accept-language': language },
      payload: { playbookId: 'delivery-delay', severity: 'urgent' },
    }),
  notFound: (language: string) =>
    t.app.inject({ url: `/v1/incidents/${UNKNOWN_ID}`, headers: { 'accept-language': language } }),
  eventNotAllowed: (language: string) =>
    t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: { 'accept-language': language },
      payload: { event: 'close' },
    }),
  versionMismatch: (language: string) =>
    t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: { 'accept-language': language, 'if-match': '"99"' },
      payload: { event: 'dismiss', evidence: { reason: 'duplicate' } },
    }),
  evidence: (language: string) =>
    t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: { 'accept-language': language },
      payload: { event: 'apologise', evidence: { statement: 'Parcels are late.', channel: ['facebook'] } },
    }),
  unknownPlaybook: (language: string) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      headers: { 'accept-language': language },
      payload: { playbookId: 'no-such-playbook', title: 'Late parcels', severity: 'medium' },
    }),
};

function expectLanguage(
  res: { statusCode: number; headers: Record<string, unknown>; json(): any },
  status: number,
  language: string,
) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.headers['content-language']).toBe(language);
  return res.json();
}

describe('problems follow Accept-Language', () => {
  it('should explain a schema validation error in Polish, field by field', async () => {
    const body = expectLanguage(await problems.validation('pl-PL, en;q=0.5'), 400, 'pl');
    expect(body.title).toBe('Niepoprawne żądanie');
    expect(body.detail).toMatch(/^Żądanie jest niepoprawne: /);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        // The stable code and params let a desk word it; the message is a sentence without the path.
        {
          field: 'body.title',
          rule: 'invalid_type',
          code: 'required',
          params: {},
          message: 'To pole jest wymagane.',
        },
        {
          field: 'body.severity',
          rule: 'invalid_value',
          code: 'not_one_of',
          params: { values: ['low', 'medium', 'high', 'critical'] },
          message: 'Musi być jedną z wartości: low, medium, high, critical.',
        },
      ]),
    );
  });

  it('should answer 404, 409 and 412 in Polish with the ids and states filled in', async () => {
    const missing = expectLanguage(await problems.notFound('pl'), 404, 'pl');
    expect(missing.detail).toBe(`Incydent ${UNKNOWN_ID} nie istnieje.`);
    const refused = expectLanguage(await problems.eventNotAllowed('pl'), 409, 'pl');
    expect(refused.detail).toMatch(
      /^Zdarzenie „close” nie jest przyjmowane, gdy incydent jest w stanie „apologise”\. Teraz przyjmowane są: .*apologise/,
    );
    expect(refused.allowedEvents).toContain('apologise');
    const stale = expectLanguage(await problems.versionMismatch('pl'), 412, 'pl');
    expect(stale.detail).toBe(
      'If-Match wskazuje wersję 99, a incydent ma już wersję 1: pobierz go ponownie i zdecyduj jeszcze raz.',
    );
  });

  it('should list failing evidence in Polish, rule by rule', async () => {
    const body = expectLanguage(await problems.evidence('pl'), 422, 'pl');
    const messages = Object.fromEntries(
      body.errors.map((e: { rule: string; message: string }) => [e.rule, e.message]),
    );
    expect(messages.unknown_field).toBe('Nieznane pole „channel”: czy chodziło o „channels”?');
    expect(messages.required).toBe('To pole jest wymagane.');
    expect(messages.apology_phrase).toMatch(/^Ten tekst właściwie nie przeprasza/);
    // The detail names the field in words (Kanał), never its JSON path.
    expect(body.detail).toContain('Kanał: Nieznane pole „channel”');
    expect(body.detail).not.toContain('evidence.');
  });

  it('should answer an unknown playbook (422) in Polish, naming the field', async () => {
    const body = expectLanguage(await problems.unknownPlaybook('pl'), 422, 'pl');
    expect(body.detail).toMatch(/^Nie ma playbooka „no-such-playbook”; wybierz jeden/);
    expect(body.errors).toEqual([
      expect.objectContaining({
        field: 'body.playbookId',
        rule: 'exists',
        message: 'nieznany playbook „no-such-playbook”',
      }),
    ]);
  });

  it('should answer in Greek where Greek is written', async () => {
    const invalid = expectLanguage(await problems.validation('el'), 400, 'el');
    expect(invalid.detail).toMatch(/^Το αίτημα δεν είναι έγκυρο: /);
    expect(invalid.errors.map((e: { message: string }) => e.message)).toContain(
      'Το πεδίο είναι υποχρεωτικό.',
    );
    expect(expectLanguage(await problems.notFound('el'), 404, 'el').detail).toBe(
      `Το περιστατικό ${UNKNOWN_ID} δεν υπάρχει.`,
    );
    expect(expectLanguage(await problems.versionMismatch('el'), 412, 'el').detail).toContain('την έκδοση 99');
    expect(expectLanguage(await problems.eventNotAllowed('el'), 409, 'el').detail).toContain('«close»');
    const evidence = expectLanguage(await problems.evidence('el-GR'), 422, 'el');
    expect(evidence.errors.map((e: { message: string }) => e.message)).toContain(
      'Άγνωστο πεδίο «channel»: μήπως εννοείτε «channels»;',
    );
  });

  it('should answer in Greek the rarer problems too, first language first', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      headers: { 'accept-language': 'el, pl;q=0.8', 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(70_000) }),
    });
    const body = expectLanguage(res, 413, 'el');
    expect(body.title).toBe('Πολύ μεγάλο περιεχόμενο');
    expect(body.detail).toMatch(/^Το σώμα είναι μεγαλύτερο από όσο δέχεται αυτή η διαδρομή/);
  });

  it('should answer in English for an unknown language or none', async () => {
    for (const language of ['fr-FR, de;q=0.8', '*']) {
      const body = expectLanguage(await problems.notFound(language), 404, 'en');
      expect(body.detail).toBe(`Incident ${UNKNOWN_ID} does not exist.`);
      expect(body.title).toBe('Not Found');
    }
    const plain = await t.app.inject({ url: `/v1/incidents/${UNKNOWN_ID}` });
    expect(expectLanguage(plain, 404, 'en').detail).toBe(`Incident ${UNKNOWN_ID} does not exist.`);
  });

  it('should carry Content-Language on problems raised before any route runs (401, 405, bad cursor)', async () => {
    const pl = { 'accept-language': 'pl' };
    const anonymous = await t.app.inject({
      url: '/v1/incidents',
      headers: { ...pl, authorization: undefined },
    });
    expect(expectLanguage(anonymous, 401, 'pl').detail).toMatch(/^Ta ścieżka wymaga klucza API/);
    const method = await t.app.inject({ method: 'DELETE', url: `/v1/incidents/${id}`, headers: pl });
    expect(expectLanguage(method, 405, 'pl').detail).toMatch(/^Metoda DELETE nie jest dozwolona/);
    const cursor = expectLanguage(
      await t.app.inject({ url: '/v1/complaints?cursor=bogus', headers: pl }),
      422,
      'pl',
    );
    expect(cursor.detail).toBe('Ten kursor nie pochodzi z tego API; zacznij od początku, bez kursora.');
    expect(cursor.errors).toEqual([
      {
        field: 'query.cursor',
        rule: 'cursor',
        code: 'cursor',
        params: {},
        message: 'nie jest poprawnym kursorem',
      },
    ]);
  });

  it('should translate an unknown route and a refused batch item too', async () => {
    const route = expectLanguage(
      await t.app.inject({ url: '/v1/nothing-here', headers: { 'accept-language': 'pl' } }),
      404,
      'pl',
    );
    expect(route.detail).toBe('Nie ma ścieżki GET /v1/nothing-here.');
    const batch = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints/batch',
      headers: { 'accept-language': 'pl' },
      payload: { items: [{ source: 'facebook', externalId: 'pl-1', text: '   ' }] },
    });
    expect(batch.statusCode).toBe(200);
    expect(batch.json().items[0].error.errors).toEqual([
      {
        field: 'body.items[0].text',
        rule: 'custom',
        code: 'required',
        params: {},
        message: 'Nie może być puste.',
      },
    ]);
  });
});
