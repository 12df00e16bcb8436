import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../../src/domain/deadlines/duration.ts';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import {
  adminAuth,
  buildTestApp,
  fakeClock,
  shippedPlaybooks,
  type TestApp,
} from '../../helpers/test-app.ts';

// Set-based ingest: a batch is one transaction, concurrent single posts are group-committed. What the
// client sees (per-item statuses, counters, escalation, threshold openings) is as if each complaint had
// been posted on its own, in order.
const clock = fakeClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let base: string;
let defective: Playbook;

beforeAll(async () => {
  t = await buildTestApp({ clock });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  defective = (await shippedPlaybooks()).find((p) => p.playbook.id === 'defective-product')!.playbook;
});
afterAll(async () => {
  await t.close();
});

interface Item {
  status: number;
  complaint?: { id: string; externalId: string; incidentId: string | null; firstReplyDueAt: string | null };
  error?: { status: number; errors: { field: string; rule: string }[] };
}

const batch = async (items: unknown[]) => {
  const res = await t.app.inject({ method: 'POST', url: '/v1/complaints/batch', payload: { items } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Item[];
};

async function open(playbookId: string, severity: string, title = 'Bulk test incident') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId, title, severity },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; complaintCount: number };
}

const incident = async (id: string) => (await t.app.inject({ url: `/v1/incidents/${id}` })).json();
const audit = async (id: string) =>
  (await t.app.inject({ url: `/v1/incidents/${id}/audit` })).json().items as {
    action: string;
    data: { evidence?: { severity?: string } };
  }[];

async function complaintsOf(incidentId: string) {
  const res = await t.app.inject({ url: `/v1/incidents/${incidentId}/complaints?limit=200` });
  return res.json().items as { id: string; externalId: string; firstReplyDueAt: string }[];
}

/** Every stored complaint whose externalId starts with `prefix`, across the triage and incident lists. */
async function storedWithPrefix(prefix: string) {
  const found: { id: string; externalId: string; incidentId: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const res = await t.app.inject({
      url: `/v1/complaints?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    });
    const page = res.json() as { items: typeof found; nextCursor: string | null };
    found.push(...page.items.filter((c) => c.externalId.startsWith(prefix)));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

const NO_SUCH_INCIDENT = '00000000-0000-4000-8000-00000000beef';

describe('a batch is ingested as one group', () => {
  it('should answer new, repeated, stored, invalid and unknown-incident items each on its own and store exactly the new ones', async () => {
    const target = await open('delivery-delay', 'medium');
    const stored = await t.app.inject({
      method: 'POST',
      url: '/v1/complaints',
      payload: { source: 'chat', externalId: 'mix-stored', text: 'Posted before the batch' },
    });
    expect(stored.statusCode).toBe(201);
    const items = await batch([
      { source: 'email', externalId: 'mix-1', text: 'Hello, first question.', incidentId: target.id },
      { source: 'chat', externalId: 'mix-stored', text: 'A retry of the earlier one' },
      { source: 'email', externalId: 'mix-1', text: 'The same one again inside the batch' },
      { source: 'email', externalId: 'mix-2', text: 'Points at nothing', incidentId: NO_SUCH_INCIDENT },
      { source: 'email', externalId: 'mix-3', text: 'No such source', extra: true },
      // Same key as a refused item before it: it is stored (as if posted after the refusal).
      { source: 'email', externalId: 'mix-2', text: 'The corrected one', incidentId: target.id },
      { source: 'x', externalId: 'mix-4', text: 'Unrelated greeting.' },
      { source: 'email', externalId: 'mix-2', text: 'And a repeat of the corrected one' },
    ]);
    expect(items.map((i) => i.status)).toEqual([201, 200, 200, 422, 422, 201, 201, 200]);
    expect(items[1]!.complaint!.id).toBe(stored.json().id);
    expect(items[2]!.complaint!.id).toBe(items[0]!.complaint!.id);
    expect(items[7]!.complaint!.id).toBe(items[5]!.complaint!.id);
    expect(items[3]!.error).toMatchObject({
      status: 422,
      errors: [{ field: 'body.items[3].incidentId', rule: 'exists' }],
    });
    expect(items[4]!.error!.errors[0]!.field).toMatch(/^body\.items\[4\]/);
    expect(items[0]!.complaint!.incidentId).toBe(target.id);
    expect(items[5]!.complaint!.incidentId).toBe(target.id);
    expect(items[6]!.complaint!.incidentId).toBeNull();

    const rows = await storedWithPrefix('mix-');
    expect(rows.map((r) => r.externalId).sort()).toEqual(['mix-1', 'mix-2', 'mix-4', 'mix-stored']);
    expect(rows.find((r) => r.externalId === 'mix-2')!.id).toBe(items[5]!.complaint!.id);
    expect((await incident(target.id)).complaintCount).toBe(2);
    expect((await complaintsOf(target.id)).map((c) => c.externalId).sort()).toEqual(['mix-1', 'mix-2']);

    // The whole batch again: every stored item answers 200 with its row, nothing new is written.
    const again = await batch([
      { source: 'email', externalId: 'mix-1', text: 'x', incidentId: target.id },
      { source: 'email', externalId: 'mix-2', text: 'x', incidentId: NO_SUCH_INCIDENT },
    ]);
    expect(again.map((i) => i.status)).toEqual([200, 200]);
    expect(again[1]!.complaint!.id).toBe(items[5]!.complaint!.id);
    expect((await incident(target.id)).complaintCount).toBe(2);
  });

  it('should open exactly one incident when the items of a batch cross a trigger threshold, and attach them all', async () => {
    // payment-or-data-incident: 5 matching complaints within PT1H open an incident of high severity.
    const matching = Array.from({ length: 7 }, (_, i) => ({
      source: i % 2 ? 'facebook' : 'email',
      externalId: `charge-${i}`,
      text: `I was charged twice for my order, complaint ${i}.`,
    }));
    const items = await batch([
      ...matching.slice(0, 3),
      { source: 'chat', externalId: 'charge-unrelated', text: 'Just saying hello.' },
      ...matching.slice(3),
    ]);
    expect(items.map((i) => i.status)).toEqual(Array(8).fill(201));
    const list = await t.app.inject({ url: '/v1/incidents?playbookId=payment-or-data-incident' });
    const opened = list.json().items as { id: string; complaintCount: number; severity: string }[];
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ complaintCount: 7, severity: 'high' });
    const byResult = items.filter((_, i) => i !== 3).map((i) => i.complaint!.incidentId);
    expect(byResult).toEqual(Array(7).fill(opened[0]!.id));
    expect(items[3]!.complaint!.incidentId).toBeNull();
    expect((await complaintsOf(opened[0]!.id)).map((c) => c.externalId).sort()).toEqual(
      matching.map((c) => c.externalId).sort(),
    );
    expect((await audit(opened[0]!.id)).filter((e) => e.action === 'incident.opened')).toHaveLength(1);
  });

  it('should escalate by volume once per batch, audited, and bring the first-reply times forward', async () => {
    // defective-product: 10 within PT2H → high; 25 within PT2H → critical.
    const target = await open('defective-product', 'low', 'Kettles overheating');
    const openedAt = clock().getTime();
    const post = (from: number, count: number) =>
      batch(
        Array.from({ length: count }, (_, i) => ({
          source: 'email',
          externalId: `volume-${from + i}`,
          text: `The kettle overheated, report ${from + i}.`,
          incidentId: target.id,
        })),
      );
    const first = await post(0, 12);
    expect(first.every((i) => i.status === 201)).toBe(true);
    const highDue = new Date(openedAt + parseIsoDuration(defective.firstReply.deadlines.high)).toISOString();
    // The answers show the final state: the escalation moved every first-reply time of the batch.
    expect(first.map((i) => i.complaint!.firstReplyDueAt)).toEqual(Array(12).fill(highDue));
    let now = await incident(target.id);
    expect(now).toMatchObject({ severity: 'high', complaintCount: 12 });
    expect(now.deadline.dueAt).toBe(
      new Date(openedAt + parseIsoDuration(defective.stages.apologise.deadlines.high)).toISOString(),
    );
    let raised = (await audit(target.id)).filter((e) => e.action === 'incident.set_severity');
    expect(raised.map((e) => e.data.evidence?.severity)).toEqual(['high']);

    clock.advance(60_000);
    await post(12, 5); // 17 in the window: no rule crossed
    expect((await audit(target.id)).filter((e) => e.action === 'incident.set_severity')).toHaveLength(1);
    await post(17, 10); // 27: crosses 25 once
    now = await incident(target.id);
    expect(now).toMatchObject({ severity: 'critical', complaintCount: 27 });
    raised = (await audit(target.id)).filter((e) => e.action === 'incident.set_severity');
    expect(raised.map((e) => e.data.evidence?.severity)).toEqual(['high', 'critical']);
    const criticalDue = new Date(openedAt + parseIsoDuration(defective.firstReply.deadlines.critical));
    for (const c of await complaintsOf(target.id)) {
      expect(new Date(c.firstReplyDueAt).getTime(), c.externalId).toBeLessThanOrEqual(
        criticalDue.getTime() + 60_000,
      );
    }
    const verify = await t.app.inject({ url: `/v1/incidents/${target.id}/audit/verify` });
    expect(verify.json().valid).toBe(true);
  });
});

describe('single complaints posted at the same time', () => {
  it('should answer 30 concurrent posts each with its own 201 and count all 30 on the incident', async () => {
    const target = await open('delivery-delay', 'medium', 'Courier backlog');
    const bodies = Array.from({ length: 30 }, (_, i) => ({
      source: 'email',
      externalId: `together-${i}`,
      text: `Where is my parcel? Question ${i}.`,
      incidentId: target.id,
    }));
    const responses = await Promise.all(
      bodies.map((body) =>
        fetch(`${base}/v1/complaints`, {
          method: 'POST',
          headers: { ...adminAuth, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
    );
    const answers = await Promise.all(
      responses.map(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(201));
    expect(answers.map((a) => a.body.externalId)).toEqual(bodies.map((b) => b.externalId));
    expect(answers.every((a) => a.body.incidentId === target.id)).toBe(true);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(30);
    expect((await incident(target.id)).complaintCount).toBe(30);
    expect(await complaintsOf(target.id)).toHaveLength(30);
  });

  it('should refuse a bad one among concurrent posts on its own, with the same problem as alone', async () => {
    const target = await open('delivery-delay', 'medium', 'Courier backlog 2');
    const good = Array.from({ length: 6 }, (_, i) => ({
      source: 'email',
      externalId: `mixed-single-${i}`,
      text: `Question ${i}.`,
      incidentId: target.id,
    }));
    const bad = {
      source: 'email',
      externalId: 'mixed-single-bad',
      text: 'Lost',
      incidentId: NO_SUCH_INCIDENT,
    };
    const responses = await Promise.all(
      [...good.slice(0, 3), bad, ...good.slice(3)].map((body) =>
        fetch(`${base}/v1/complaints`, {
          method: 'POST',
          headers: { ...adminAuth, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 422, 201, 201, 201]);
    const problem = (await responses[3]!.json()) as { errors: { field: string; rule: string }[] };
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'body.incidentId', rule: 'exists' })]);
    expect((await incident(target.id)).complaintCount).toBe(6);
  });
});
