import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, fakeClock, type TestApp } from '../../helpers/test-app.ts';
import { createTestDatabase, testDatabaseKind } from '../../helpers/test-database.ts';
import { startWorkerProcess, stopProcess, waitFor } from '../../helpers/worker-process.ts';
import { missCounts, seedOverdueCommitments } from './commitment-misses-setup.ts';

// Enough that the worker is still missing when the first batch is seen committed (the kill lands mid-work).
const INCIDENTS = 1000;
const EACH = 3;

describe.runIf(testDatabaseKind() === 'postgres')('a worker killed while missing commitments', () => {
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
  }, 240_000);

  afterAll(async () => {
    await t?.app.close();
    await t?.database.close();
  });

  it('should record each miss exactly once after a SIGKILL mid-batch and a restart', async () => {
    const total = INCIDENTS * EACH;
    const first = startWorkerProcess(url);
    // Killed as soon as the first batch committed: the next one (of at most 500) is in flight.
    const started = await waitFor(async () => (await missCounts(t)).open < total, 90_000);
    await stopProcess(first, 'SIGKILL');
    expect(started).toBe(true);
    const afterKill = await missCounts(t);
    expect(afterKill.open).toBeGreaterThan(0);
    // What the dead worker committed is whole: every missed row has its one audit entry and event.
    expect(afterKill.audited.length).toBe(total - afterKill.open);

    const second = startWorkerProcess(url);
    try {
      expect(await waitFor(async () => (await missCounts(t)).open === 0, 120_000)).toBe(true);
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await stopProcess(second);
    }
    const counts = await missCounts(t);
    expect(counts.audited).toHaveLength(total);
    expect(counts.audited.every((n) => n === 1)).toBe(true);
    expect(counts.announced).toHaveLength(total);
    expect(counts.announced.every((n) => n === 1)).toBe(true);
  }, 240_000);
});
