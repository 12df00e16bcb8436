import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../../src/db/database.ts';
import { migrateToLatest, migrationsApplied } from '../../../src/db/migrate.ts';
import { DatabaseLockedError, lockDataDir } from '../../../src/db/pglite-lock.ts';
import { adminQuery, withDatabase } from '../../helpers/global-setup.ts';
import { buildTestApp } from '../../helpers/test-app.ts';
import { testDatabaseKind } from '../../helpers/test-database.ts';

describe('PGlite data directory lock', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fivep-lock-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should refuse a second holder of the same directory while the first lives', async () => {
    // Another live process (our parent) holds it.
    await writeFile(join(dir, 'db.lock'), String(process.ppid));
    expect(() => lockDataDir(join(dir, 'db'))).toThrow(DatabaseLockedError);
    expect(() => lockDataDir(join(dir, 'db'))).toThrow(/in use by process \d+/);
  });

  it('should take over a lock left by a dead process', async () => {
    await writeFile(join(dir, 'stale.lock'), '999999999');
    const release = lockDataDir(join(dir, 'stale'));
    release();
  });
});

describe('migrations', () => {
  it('should leave every migration applied in the test template', async () => {
    const t = await buildTestApp();
    try {
      expect(await migrationsApplied(t.database.db)).toBe(true);
    } finally {
      await t.close();
    }
  });

  it.runIf(testDatabaseKind() === 'postgres')(
    'should apply migrations exactly once when several instances start at once',
    async () => {
      const server = inject('pgServerUrl')!;
      const name = `fivep_mig_${Date.now()}`;
      await adminQuery(server, `create database ${name}`);
      const instances = await Promise.all(
        Array.from({ length: 4 }, () =>
          openDatabase({ databaseUrl: withDatabase(server, name), poolSize: 2 }),
        ),
      );
      try {
        const results = await Promise.all(instances.map((i) => migrateToLatest(i.db)));
        const applied = results.flatMap((r) => r.results ?? []).filter((r) => r.status === 'Success');
        const files = new Set(applied.map((r) => r.migrationName));
        expect(applied.length).toBe(files.size);
        const rows = await sql<{ n: string }>`select count(*)::int8 as n from kysely_migration`.execute(
          instances[0]!.db,
        );
        expect(Number(rows.rows[0]!.n)).toBe(files.size);
      } finally {
        await Promise.all(instances.map((i) => i.close()));
        await adminQuery(server, `drop database if exists ${name} with (force)`);
      }
    },
  );
});

describe('GET /ready with the database gone', () => {
  it('should answer 503 as a problem document', async () => {
    const t = await buildTestApp();
    await t.database.close();
    try {
      const res = await t.app.inject({ method: 'GET', url: '/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const health = await t.app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(200);
    } finally {
      await t.app.close();
    }
  });
});
