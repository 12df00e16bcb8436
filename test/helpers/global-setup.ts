import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { PGliteDialect } from '../../src/db/pglite-dialect.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL server URL (maintenance db) when TEST_DATABASE_URL is set. */
    pgServerUrl: string | null;
    /** Migrated template database on that server. */
    pgTemplate: string | null;
    /** Dumped, migrated PGlite data dir. */
    pgliteTemplatePath: string | null;
  }
}

/**
 * Migrates one template database per run; each test file clones it (CREATE DATABASE … TEMPLATE on
 * PostgreSQL, loadDataDir on PGlite), so files run in parallel without sharing rows.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim() || null;
  if (serverUrl) {
    const template = `fivep_tpl_${randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `create database ${template}`);
    const database = await openDatabase({ databaseUrl: withDatabase(serverUrl, template), poolSize: 1 });
    try {
      await migrateToLatest(database.db);
    } finally {
      await database.close();
    }
    project.provide('pgServerUrl', serverUrl);
    project.provide('pgTemplate', template);
    project.provide('pgliteTemplatePath', null);
    return async () => {
      await adminQuery(serverUrl, `drop database if exists ${template} with (force)`);
    };
  }

  const dir = await mkdtemp(join(tmpdir(), 'fivep-test-'));
  const path = join(dir, 'template.tar');
  const pglite = new PGlite();
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrateToLatest(db);
    const dump = await pglite.dumpDataDir('none');
    await writeFile(path, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.destroy();
  }
  project.provide('pgServerUrl', null);
  project.provide('pgTemplate', null);
  project.provide('pgliteTemplatePath', path);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
