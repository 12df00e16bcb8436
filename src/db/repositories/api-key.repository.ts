import { type Kysely, type Selectable, sql } from 'kysely';
import type { ApiKeyRole, ApiKeysTable, DB } from '../schema.ts';

export interface ApiKeyRow {
  id: string;
  name: string;
  role: ApiKeyRole;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface NewApiKey {
  id: string;
  name: string;
  role: ApiKeyRole;
  prefix: string;
  keyHash: string;
  createdAt: Date;
}

/** Advisory lock key for "create the first admin key": several instances starting at once print one key. */
const FIRST_KEY_LOCK = 5_050_507;

export async function insertApiKey(db: Kysely<DB>, key: NewApiKey): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({
      id: key.id,
      name: key.name,
      role: key.role,
      prefix: key.prefix,
      key_hash: key.keyHash,
      created_at: key.createdAt,
    })
    .execute();
}

/** The per-request lookup: one read through the unique index on key_hash; revoked keys never match. */
export async function findActiveKeyByHash(
  db: Kysely<DB>,
  keyHash: string,
): Promise<Pick<ApiKeyRow, 'id' | 'name' | 'role'> | undefined> {
  return db
    .selectFrom('api_keys')
    .select(['id', 'name', 'role'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function listApiKeys(db: Kysely<DB>): Promise<ApiKeyRow[]> {
  const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toRow);
}

export async function findApiKey(db: Kysely<DB>, id: string): Promise<ApiKeyRow | undefined> {
  const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRow(row) : undefined;
}

/** Marks a key revoked (keeping the first revocation time); false when no key has this id. */
export async function revokeApiKey(db: Kysely<DB>, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: sql<Date>`coalesce(revoked_at, ${at})` })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Makes the key with this hash an active admin key, in one statement (safe when several instances
 * start at once). Returns whether an existing row had to be re-activated or promoted.
 */
export async function upsertAdminKey(db: Kysely<DB>, key: NewApiKey): Promise<{ restored: boolean }> {
  const existing = await db
    .selectFrom('api_keys')
    .select(['role', 'revoked_at'])
    .where('key_hash', '=', key.keyHash)
    .executeTakeFirst();
  await db
    .insertInto('api_keys')
    .values({
      id: key.id,
      name: key.name,
      role: 'admin',
      prefix: key.prefix,
      key_hash: key.keyHash,
      created_at: key.createdAt,
    })
    .onConflict((oc) => oc.column('key_hash').doUpdateSet({ role: 'admin', revoked_at: null }))
    .execute();
  return { restored: existing !== undefined && (existing.revoked_at !== null || existing.role !== 'admin') };
}

/**
 * Inserts `key` only if the table holds no key at all, under a transaction-scoped advisory lock so that
 * instances starting together create (and print) exactly one.
 */
export async function insertIfNoKeys(db: Kysely<DB>, key: NewApiKey): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${FIRST_KEY_LOCK})`.execute(trx);
    const any = await trx.selectFrom('api_keys').select('id').limit(1).executeTakeFirst();
    if (any) return false;
    await insertApiKey(trx, key);
    return true;
  });
}

function toRow(r: Selectable<ApiKeysTable>): ApiKeyRow {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    prefix: r.prefix,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  };
}
