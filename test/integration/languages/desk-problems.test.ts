import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEvidence } from '../../helpers/evidence.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { openIncident, playbook, send } from '../commitments/commitment-helpers.ts';
import { apologyBody, draft } from '../statements/statement-helpers.ts';

// Problems a desk can show (v1.2): each field error carries a stable code and its params, the detail names
// no API path, messages and live checks come in the caller's language, and a promise due in the past is
// refused.

const clock = fakeClock('2026-12-07T09:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

const API_WORDS = /\/v1\/|evidence\.|body\.|\{id\}|item\(s\)/;
const pl = { 'accept-language': 'pl-PL,pl;q=0.9' };

describe('field errors a desk can word', () => {
  it('should give each error its field, a stable code and params, and a Polish detail without API words', async () => {
    const id = await openIncident(t, 'delivery-delay', 'high');
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: pl,
      payload: { event: 'apologise', evidence: { statement: 'Sorry.', channels: [] } },
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(res.headers['content-language']).toBe('pl');
    const byField = Object.fromEntries(
      problem.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
    );
    expect(byField).toMatchObject({ 'evidence.channels': 'too_few', 'evidence.statement': 'too_short' });
    const short = problem.errors.find((e: { code: string }) => e.code === 'too_short');
    expect(short.params).toMatchObject({ min: expect.any(Number), length: 6 });
    for (const e of problem.errors) expect(e.message).not.toMatch(API_WORDS);
  });

  it('should refuse a rejection without a reason, naming the note', async () => {
    const id = await openIncident(t, 'delivery-delay', 'critical');
    const statement = (await draft(t, id, apologyBody())).json();
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/statements/${statement.id}/decisions`,
      headers: pl,
      payload: { decision: 'reject' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        field: 'body.note',
        code: 'required',
        message: expect.stringContaining('odrzucasz'),
      }),
    ]);
  });

  it('should answer the live statement checks in the caller’s language, and refuse the non-apology', async () => {
    const id = await openIncident(t, 'delivery-delay', 'high');
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/statements/check`,
      headers: pl,
      payload: {
        stage: 'apologise',
        text: 'Przepraszamy za ewentualne niedogodności. Paczki dotrą wkrótce, sprawdzamy każdą z nich.',
        channels: ['facebook'],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('pl');
    const checks = res.json().checks as { rule: string; ok: boolean; message: string }[];
    expect(checks.find((c) => c.rule === 'non_apology')).toMatchObject({ ok: false });
    expect(checks.find((c) => c.rule === 'tone')).toMatchObject({ ok: true, message: 'Ton jest spokojny.' });
  });
});

describe('a promise due in the past', () => {
  it('should refuse a manual commitment due yesterday with code past, and accept one due today (end of day)', async () => {
    const id = await openIncident(t, 'delivery-delay', 'high');
    const add = (dueAt: string) =>
      t.app.inject({
        method: 'POST',
        url: `/v1/incidents/${id}/commitments`,
        headers: pl,
        payload: { description: 'Drugi kurier na północ', owner: 'Logistyka', dueAt },
      });
    const past = await add('2026-12-06');
    expect(past.statusCode).toBe(422);
    expect(past.json().errors).toEqual([expect.objectContaining({ field: 'body.dueAt', code: 'past' })]);
    expect(past.json().detail).not.toMatch(API_WORDS);
    const today = await add('2026-12-07');
    expect(today.statusCode, today.body).toBe(201);
    expect(today.json().dueAt).toBe('2026-12-07T22:59:59.999Z');
  });

  it('should refuse an improve step whose change is due in the past, naming that row', async () => {
    const delivery = await playbook('delivery-delay');
    const id = await openIncident(t, 'delivery-delay', 'high');
    for (const stage of ['apologise', 'admit', 'counteract'] as const) {
      expect((await send(t, id, stage, validEvidence(delivery, stage))).statusCode).toBe(200);
    }
    const changes = [
      { description: 'Śledzenie przesyłek', owner: 'IT', dueAt: '2026-12-20' },
      { description: 'Nowy kurier', owner: 'Logistyka', dueAt: '2026-11-30' },
    ];
    const res = await send(t, id, 'improve', { ...validEvidence(delivery, 'improve'), changes });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'evidence.changes[1].dueAt', code: 'past' }),
    ]);
  });
});
