import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLimit } from '../../../src/services/map-limit.ts';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { createTestDatabase, testDatabaseKind } from '../../helpers/test-database.ts';
import { startWorkerProcess, stopProcess, waitFor } from '../../helpers/worker-process.ts';
import { missCounts, seedOverdueCommitments } from './commitment-misses-setup.ts';

const INCIDENTS = 200;
const EACH = 3;

describe.runIf(testDatabaseKind() === 'postgres')('two worker processes missing commitments', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    url = database.url!;
    t = await buildTestApp({
      database,
      clock: fakeClock(new Date(Date.now() - 3 * 86_400_000).toISOString()),
    });
    await seedOverdueCommitments(t, INCIDENTS, EACH);
  }, 180_000);

  afterAll(async () => {
    await t?.app.close();
    await t?.database.close();
  });

  it('should audit and announce each miss exactly once and keep every chain valid', async () => {
    const workers = [startWorkerProcess(url), startWorkerProcess(url)];
    try {
      expect(await waitFor(async () => (await missCounts(t)).open === 0, 120_000)).toBe(true);
      await new Promise((r) => setTimeout(r, 1_000)); // room for a duplicate to show up
    } finally {
      await Promise.all(workers.map((w) => stopProcess(w)));
    }
    const counts = await missCounts(t);
    expect(counts.audited).toHaveLength(INCIDENTS * EACH);
    expect(counts.audited.every((n) => n === 1)).toBe(true);
    expect(counts.announced).toHaveLength(INCIDENTS * EACH);
    expect(counts.announced.every((n) => n === 1)).toBe(true);
    const ids = await sql<{ id: string }>`select id from incidents`.execute(t.database.db);
    const chains = await mapLimit(
      ids.rows.slice(0, 60),
      8,
      async (r) => (await t.app.inject({ url: `/v1/incidents/${r.id}/audit/verify` })).json().valid,
    );
    expect(chains.every(Boolean)).toBe(true);
  }, 200_000);
});
