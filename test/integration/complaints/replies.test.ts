import { sql } from 'kysely';
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

let n = 0;
async function post(extra: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/complaints',
    payload: {
      source: 'facebook',
      externalId: `r-${++n}`,
      text: `My question ${n}`,
      author: 'Jan Kowalski',
      ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  clock.advance(1_000);
  return res.json();
}
const reply = (id: string, text: string) =>
  t.app.inject({
    method: 'POST',
    url: `/v1/complaints/${id}/replies`,
    payload: { channel: 'facebook', visibility: 'public', text, actor: 'Ola (support)' },
  });

describe('answering complaints', () => {
  it('should mark a complaint answered by its first reply and list what still waits, oldest first, with due times', async () => {
    const incident = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'delivery-delay', title: 'Late parcels', severity: 'medium' },
    });
    const a = await post({ incidentId: incident.json().id });
    const b = await post({ incidentId: incident.json().id });
    const c = await post({ incidentId: incident.json().id });
    const first = await reply(b.id, 'Jan, your parcel left the hub this morning and arrives tomorrow.');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ complaintId: b.id, visibility: 'public', actor: 'Ola (support)' });
    const second = await reply(b.id, 'Update: the courier confirmed delivery before noon.');
    expect(second.statusCode).toBe(201);

    const waiting = await t.app.inject({ url: '/v1/complaints?answered=false' });
    const items = waiting.json().items as { id: string; firstReplyDueAt: string | null }[];
    expect(items.map((i) => i.id)).toEqual([a.id, c.id]);
    for (const item of items) expect(item.firstReplyDueAt).toEqual(expect.any(String));
    const answered = await t.app.inject({ url: '/v1/complaints?answered=true' });
    expect(answered.json().items).toEqual([expect.objectContaining({ id: b.id, answered: true })]);

    const page = await t.app.inject({ url: '/v1/complaints?answered=false&limit=1' });
    const next = await t.app.inject({
      url: `/v1/complaints?answered=false&limit=1&cursor=${page.json().nextCursor}`,
    });
    expect(next.json().items.map((i: { id: string }) => i.id)).toEqual([c.id]);
  });

  it('should refuse a reply that blames the customer or repeats a reply to another complaint word for word', async () => {
    const a = await post();
    const b = await post();
    const blame = await reply(a.id, 'You should have read the delivery terms.');
    expect(blame.statusCode).toBe(422);
    expect(blame.json().errors).toEqual([expect.objectContaining({ field: 'body.text', rule: 'blame' })]);
    const template = 'We are sorry, please send us a private message with your order number.';
    expect((await reply(a.id, template)).statusCode).toBe(201);
    // Case and punctuation changed (not shouted: that is the tone rule's).
    const canned = await reply(b.id, `  ${template.toLowerCase().replace(/\.$/, '!')}`);
    expect(canned.statusCode).toBe(422);
    expect(canned.json().errors).toEqual([expect.objectContaining({ rule: 'canned' })]);
    expect((await t.app.inject({ url: `/v1/complaints?answered=false&limit=200` })).json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: b.id })]),
    );
  });
});

describe('GET /v1/complaints?overdue=&source=', () => {
  it('should list what is unanswered past its first-reply time, and filter by source', async () => {
    clock.set('2026-03-10T09:00:00.000Z');
    const late = await post({ source: 'instagram' });
    const answeredLate = await post({ source: 'instagram' });
    expect((await reply(answeredLate.id, 'Sorry for the wait, the order ships today.')).statusCode).toBe(201);
    clock.set('2026-03-11T10:00:00.000Z'); // past both (the default policy: 24 h)
    const fresh = await post({ source: 'instagram' });
    const ids = async (query: string) =>
      (await t.app.inject({ url: `/v1/complaints?${query}&limit=200` }))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await ids('overdue=true&source=instagram')).toEqual([late.id]);
    expect(await ids('overdue=false&source=instagram')).toEqual([answeredLate.id, fresh.id]);
    expect(await ids('source=instagram')).toEqual([late.id, answeredLate.id, fresh.id]);
    expect(await ids('overdue=true&source=email')).toEqual([]);
  });
});

describe('what waits, soonest due first', () => {
  it('should list unanswered complaints by first-reply time, those without one last, page by page', async () => {
    clock.set('2026-03-20T09:00:00.000Z');
    const loose = await post({ source: 'youtube' }); // no playbook: due in 24 h
    const incident = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'social-media-backlash', title: 'Video backlash', severity: 'medium' },
    });
    const urgent = await post({ source: 'youtube', incidentId: incident.json().id }); // due in 30 min
    const legacy = await post({ source: 'youtube' });
    // A complaint stored before every complaint had a first-reply time.
    await sql`update complaints set first_reply_due_at = null where id = ${legacy.id}`.execute(t.database.db);
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 4; i++) {
      const page = (
        await t.app.inject({ url: `/v1/complaints?answered=false&source=youtube&limit=1${cursor}` })
      ).json();
      seen.push(...page.items.map((c: { id: string }) => c.id));
      if (!page.nextCursor) break;
      cursor = `&cursor=${page.nextCursor}`;
    }
    expect(seen).toEqual([urgent.id, loose.id, legacy.id]);
    const oldestFirst = await t.app.inject({ url: '/v1/complaints?source=youtube' });
    expect(oldestFirst.json().items.map((c: { id: string }) => c.id)).toEqual([
      loose.id,
      urgent.id,
      legacy.id,
    ]);
  });
});

describe('tone of replies', () => {
  it('should refuse shouting, piled-up punctuation and dismissive phrases in en and pl, quoting what it found', async () => {
    const c = await post();
    const cases = [
      ['WE ALREADY TOLD YOU THE PARCEL IS COMING', 'WE ALREADY TOLD YOU'],
      ['Your parcel left yesterday!!!', '!!!'],
      ['As we already said, the courier is on the way.', 'as we already said'],
      ['Proszę się uspokoić, paczka jest w drodze.', 'proszę się uspokoić'],
      ['To nie nasz problem, to wina kuriera.', 'to nie nasz problem'],
    ] as const;
    for (const [text, quoted] of cases) {
      const res = await reply(c.id, text);
      expect(res.statusCode).toBe(422);
      // "to wina kuriera" also shifts the blame (v1.2): the tone error is one of the errors.
      const error = res.json().errors.find((e: { rule: string }) => e.rule === 'tone');
      expect(error).toMatchObject({ field: 'body.text', rule: 'tone' });
      expect(error.message).toContain(quoted);
    }
  });

  it('should accept the near misses: quoted customer words, an order code, a calm mention of calm', async () => {
    const c = await post();
    const text =
      'You wrote “WHERE IS MY PARCEL???” and you are right: order PL-2026-ABCDEFGH is late, we stay calm and fix it.';
    expect((await reply(c.id, text)).statusCode).toBe(201);
  });
});

describe('redaction', () => {
  it('should replace the text and author, keep the record and write an audit entry on the incident', async () => {
    const incident = await t.app.inject({
      method: 'POST',
      url: '/v1/incidents',
      payload: { playbookId: 'delivery-delay', title: 'GDPR test', severity: 'low' },
    });
    const id = incident.json().id as string;
    const c = await post({ incidentId: id, text: 'My name is Jan Kowalski, phone 600 100 200.' });
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/complaints/${c.id}/redact`,
      payload: { reason: 'GDPR erasure request #118', actor: 'DPO' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: c.id, text: '[redacted]', author: '[redacted]', incidentId: id });
    expect(res.json().redactedAt).toEqual(expect.any(String));
    const listed = await t.app.inject({ url: `/v1/incidents/${id}/complaints` });
    expect(listed.json().items).toEqual([expect.objectContaining({ id: c.id, text: '[redacted]' })]);
    const audit = await t.app.inject({ url: `/v1/incidents/${id}/audit` });
    expect(audit.json().items.at(-1)).toMatchObject({
      action: 'complaint.redacted',
      actor: 'DPO',
      data: { complaintId: c.id, reason: 'GDPR erasure request #118' },
    });
    expect((await t.app.inject({ url: `/v1/incidents/${id}/audit/verify` })).json().valid).toBe(true);
    // A retry of the original post still answers with the stored (redacted) record, not a new complaint.
    const retry = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: { source: 'facebook', externalId: c.externalId, text: c.text },
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().text).toBe('[redacted]');
  });
});
