import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { ROOT } from './proc.ts';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server the bench was pointed at, if any: BENCH_DATABASE_URL wins so a shell's DATABASE_URL can stay. */
export function givenPgUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function pgVersion(url: string): Promise<string> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ server_version: string }>('SHOW server_version');
    return `PostgreSQL ${rows[0]?.server_version ?? '?'}`;
  });
}

export async function pgliteVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(`${ROOT}node_modules/@electric-sql/pglite/package.json`, 'utf8'));
  return `PGlite ${pkg.version}`;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A fresh database per run, so the service migrates from zero and earlier runs' rows do not skew lists. */
export async function createDatabase(url: string, name: string): Promise<string> {
  await withClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  // FORCE ends sessions a SIGKILLed service may have left behind (PostgreSQL 13+).
  await withClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

export async function dropTable(url: string, name: string): Promise<void> {
  await withClient(url, (c) => c.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`));
}
