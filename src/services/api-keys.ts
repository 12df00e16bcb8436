import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import {
  type ApiKeyRow,
  findActiveKeyByHash,
  insertApiKey,
  insertIfNoKeys,
  listApiKeys,
  revokeApiKey,
  upsertAdminKey,
} from '../db/repositories/api-key.repository.ts';
import type { ApiKeyRole, DB } from '../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import { KeyCache } from './key-cache.ts';

export const ROLES = [
  'admin',
  'manager',
  'dashboard',
  'integration',
] as const satisfies readonly ApiKeyRole[];
export type Role = (typeof ROLES)[number];

/** A key as the one response that creates it shows it: `key` is never stored nor shown again. */
export interface IssuedKey {
  id: string;
  name: string;
  role: Role;
  key: string;
  prefix: string;
  createdAt: string;
}

/** Who a valid key belongs to: what the auth hook puts on `request.caller`. */
export interface KeyOwner {
  keyId: string;
  keyName: string;
  role: Role;
}

// Keys look like `fivep_manager_<43 base64url chars>`: 256 random bits, with a role word so a key pasted
// into a log or a ticket is recognisable (and secret scanners can match `fivep_`).
const RANDOM_BYTES = 32;
const PREFIX_RANDOM_CHARS = 6;
/** Anything that cannot be a key is refused without a database read. */
const KEY_SHAPE = /^[\x21-\x7e]{16,256}$/;

export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new random key with its loggable prefix and its hash (what the database keeps). */
export function generateKey(role: Role): { key: string; prefix: string; keyHash: string } {
  const head = `fivep_${role}_`;
  const key = head + randomBytes(RANDOM_BYTES).toString('base64url');
  return { key, prefix: key.slice(0, head.length + PREFIX_RANDOM_CHARS), keyHash: hashKey(key) };
}

/** The channel the api_keys trigger notifies on every change (migration 20261130T090000). */
export const KEY_CHANGES_CHANNEL = 'fivep_api_keys';

/**
 * Issues, lists, revokes and checks API keys. Valid keys are cached only while `listenForChanges` hears
 * the database's change notifications: every update, delete or truncate of api_keys (from any instance,
 * the keys CLI or plain SQL) drops the cache of every listening instance at commit, and an instance
 * whose listening connection is down reads the database on every request until it listens again.
 * The TTL bounds how long a key can live in the cache even if a notification were lost in flight.
 */
export class ApiKeyService {
  private readonly cache: KeyCache<KeyOwner>;

  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock }) {
    this.cache = new KeyCache({ maxEntries: 10_000, ttlMs: 60_000, now: () => this.deps.clock().getTime() });
  }

  /** Subscribes the cache to key changes; without this call every check reads the database. */
  async listenForChanges(
    listen: (channel: string, handlers: { onNotify(): void; onUp(): void; onDown(): void }) => Promise<void>,
  ): Promise<void> {
    await listen(KEY_CHANGES_CHANNEL, {
      onNotify: () => this.cache.invalidate(),
      onUp: () => this.cache.setTrusted(true),
      onDown: () => this.cache.setTrusted(false),
    });
  }

  async create(name: string, role: Role): Promise<IssuedKey> {
    const { key, prefix, keyHash } = generateKey(role);
    const createdAt = this.deps.clock();
    const id = randomUUID();
    await insertApiKey(this.deps.db, { id, name, role, prefix, keyHash, createdAt });
    return { id, name, role, key, prefix, createdAt: createdAt.toISOString() };
  }

  list(): Promise<ApiKeyRow[]> {
    return listApiKeys(this.deps.db);
  }

  async revoke(id: string): Promise<void> {
    const revoked = await revokeApiKey(this.deps.db, id, this.deps.clock());
    // This instance does not wait for its own notification: the revoking request's answer already holds.
    this.cache.invalidate();
    if (!revoked) throw new NotFoundError('api_key', id);
  }

  /** The owner of an active key, or null for a missing, malformed, unknown or revoked one. */
  async authenticate(key: string | undefined): Promise<KeyOwner | null> {
    if (!key || !KEY_SHAPE.test(key)) return null;
    const hash = hashKey(key);
    const cached = this.cache.get(hash);
    if (cached) return cached;
    const ticket = this.cache.ticket();
    const row = await findActiveKeyByHash(this.deps.db, hash);
    if (!row) return null;
    const owner: KeyOwner = { keyId: row.id, keyName: row.name, role: row.role };
    this.cache.set(hash, owner, ticket);
    return owner;
  }

  /** ADMIN_API_KEY: after this, an active admin key with exactly this secret exists. */
  async ensureAdminKey(secret: string): Promise<{ restored: boolean }> {
    this.cache.invalidate();
    return upsertAdminKey(this.deps.db, {
      id: randomUUID(),
      name: 'admin (ADMIN_API_KEY)',
      role: 'admin',
      // The operator chose this secret: log a fixed label rather than any part of it.
      prefix: 'ADMIN_API_KEY',
      keyHash: hashKey(secret),
      createdAt: this.deps.clock(),
    });
  }

  /** First start: an admin key when the table is empty (the caller prints it once), else null. */
  async createFirstAdminKey(): Promise<IssuedKey | null> {
    const { key, prefix, keyHash } = generateKey('admin');
    const createdAt = this.deps.clock();
    const id = randomUUID();
    const name = 'first-start admin';
    const created = await insertIfNoKeys(this.deps.db, {
      id,
      name,
      role: 'admin',
      prefix,
      keyHash,
      createdAt,
    });
    return created ? { id, name, role: 'admin', key, prefix, createdAt: createdAt.toISOString() } : null;
  }
}
