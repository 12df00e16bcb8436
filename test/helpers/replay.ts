import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/**
 * Replays an incident under its own playbook version and expects exactly what is stored: no difference,
 * every step accepted, the replayed end state and deadlines equal to the API's, breaches where the stored
 * ones are. Also checks that the replay wrote nothing (version, ETag, audit chain length).
 */
export async function expectCleanReplay(t: TestApp, id: string): Promise<void> {
  const before = await t.app.inject({ method: 'GET', url: `/v1/incidents/${id}` });
  expect(before.statusCode).toBe(200);
  const incident = before.json();
  const chainBefore = (await t.app.inject({ method: 'GET', url: `/v1/incidents/${id}/audit/verify` })).json();
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/incidents/${id}/replay`,
    payload: { playbookVersion: incident.playbookVersion },
  });
  expect(res.statusCode, res.body).toBe(200);
  const replay = res.json();
  expect(replay.differences, `incident ${id}`).toEqual([]);
  expect(replay.complete, 'complete').toBe(true);
  const last = replay.states.at(-1);
  expect({ state: last.state, severity: last.severity, dueAt: last.deadline?.dueAt ?? null }).toEqual({
    state: incident.state,
    severity: incident.severity,
    dueAt: incident.deadline?.dueAt ?? null,
  });
  // The stored flag itself is compared in `differences`; the API also reads an overdue deadline as breached.
  if (last.breached) expect(incident.deadline?.breached, 'breached flag').toBe(true);
  const stored = (await t.app.inject({ method: 'GET', url: `/v1/incidents/${id}/deadlines` })).json().items;
  // Rows started at the same instant (a stage done the moment the incident opened) list in id order.
  const rows = (list: any[], breached: (d: any) => boolean) =>
    list
      .map((d) => [d.startedAt, d.stage, d.dueAt, breached(d)])
      .sort((a, b) => String(a).localeCompare(String(b)));
  expect(
    rows(replay.deadlines, (d) => d.wouldBreach),
    `incident ${id}`,
  ).toEqual(rows(stored, (d) => d.status === 'breached'));
  expect(
    replay.deadlines.every((d: any) => d.breached === d.wouldBreach),
    JSON.stringify(replay.deadlines),
  ).toBe(true);
  const after = await t.app.inject({ method: 'GET', url: `/v1/incidents/${id}` });
  expect(after.headers.etag).toBe(before.headers.etag);
  expect(after.json().version).toBe(incident.version);
  const chainAfter = (await t.app.inject({ method: 'GET', url: `/v1/incidents/${id}/audit/verify` })).json();
  expect(chainAfter).toEqual(chainBefore);
}

/** Every incident the app holds, replayed as {@link expectCleanReplay} does. Returns how many. */
export async function expectCleanReplays(t: TestApp): Promise<number> {
  let cursor: string | null = null;
  let count = 0;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = (await t.app.inject({ method: 'GET', url: `/v1/incidents?limit=200${query}` })).json();
    for (const incident of page.items) await expectCleanReplay(t, incident.id);
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor !== null);
  return count;
}
