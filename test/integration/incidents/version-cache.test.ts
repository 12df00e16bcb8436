import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEvidence } from '../../helpers/evidence.ts';
import { buildTestApp, fakeClock, shippedPlaybooks, type TestApp } from '../../helpers/test-app.ts';

const clock = fakeClock('2026-05-04T10:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ clock });
});
afterAll(async () => {
  await t.close();
});

async function open(title: string) {
  clock.advance(1_000);
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/incidents',
    payload: { playbookId: 'social-media-backlash', title, severity: 'medium' },
  });
  return res.json() as { id: string; version: number };
}
const poll = (id: string, etag: string) =>
  t.app.inject({ url: `/v1/incidents/${id}`, headers: { 'if-none-match': etag } });

/** Polls until `ok` or the deadline: notifications arrive shortly after the commit, not with it. */
async function eventually(check: () => Promise<boolean>, ms = 5_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe('GET /v1/incidents/{id} answering 304 from the versions heard', () => {
  it('should answer a poll with a current ETag without reading the database', async () => {
    const { id } = await open('Cache answers the poll');
    expect((await poll(id, '"1"')).statusCode).toBe(304);
    // With the notification switched off, a version moved behind the engine's back is not seen: the
    // 304 that still follows came from the cache, not from a read.
    await sql`alter table incidents disable trigger incidents_version_changed`.execute(t.database.db);
    try {
      await sql`update incidents set version = version + 1 where id = ${id}`.execute(t.database.db);
      expect((await poll(id, '"1"')).statusCode).toBe(304);
    } finally {
      await sql`update incidents set version = version - 1 where id = ${id}`.execute(t.database.db);
      await sql`alter table incidents enable trigger incidents_version_changed`.execute(t.database.db);
    }
  });

  it('should never answer 304 for an ETag its own write has just made old', async () => {
    const { id } = await open('Own write, next poll');
    expect((await poll(id, '"1"')).statusCode).toBe(304);
    const pb = (await shippedPlaybooks()).find((p) => p.playbook.id === 'social-media-backlash')!.playbook;
    const moved = await t.app.inject({
      method: 'POST',
      url: `/v1/incidents/${id}/transitions`,
      headers: { 'if-match': '"1"' },
      payload: { event: 'apologise', evidence: validEvidence(pb, 'apologise') },
    });
    expect(moved.statusCode).toBe(200);
    // At once, before any notification could arrive.
    const after = await poll(id, '"1"');
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).toBe('"2"');
    expect((await poll(id, '"2"')).statusCode).toBe(304);
  });

  it('should hear a change committed elsewhere (another instance, the worker, plain SQL) and answer it in full', async () => {
    const { id } = await open('Changed by someone else');
    expect((await poll(id, '"1"')).statusCode).toBe(304);
    await sql`update incidents set version = version + 1, title = 'Renamed elsewhere' where id = ${id}`.execute(
      t.database.db,
    );
    expect(await eventually(async () => (await poll(id, '"1"')).statusCode === 200)).toBe(true);
    const full = await poll(id, '"1"');
    expect(full.json().title).toBe('Renamed elsewhere');
    expect(full.headers.etag).toBe('"2"');
  });
});
