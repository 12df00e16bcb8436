import type { ApiKeyService } from './api-keys.ts';

export type BootstrapOutcome =
  | { kind: 'admin-api-key'; restored: boolean }
  | { kind: 'first-start'; key: string; id: string }
  | { kind: 'keys-exist' };

/**
 * Makes sure someone can get in after start:
 * - ADMIN_API_KEY set: an active admin key with exactly that secret exists (idempotent upsert; the
 *   environment wins over an earlier revocation, so retire it by unsetting it, then revoking it);
 * - otherwise, when no key exists at all: one new admin key, returned so the caller prints it once.
 * Safe with several instances starting at once (one statement, or an advisory lock).
 */
export async function bootstrapApiKeys(
  keys: ApiKeyService,
  adminApiKey: string | undefined,
): Promise<BootstrapOutcome> {
  if (adminApiKey !== undefined) {
    const { restored } = await keys.ensureAdminKey(adminApiKey);
    return { kind: 'admin-api-key', restored };
  }
  const first = await keys.createFirstAdminKey();
  return first ? { kind: 'first-start', key: first.key, id: first.id } : { kind: 'keys-exist' };
}

/** The one-time console notice for a key created on first start (stderr, not the log stream). */
export function firstKeyNotice(key: string): string {
  const rule = '='.repeat(72);
  return [
    rule,
    'No API keys existed, so this admin API key was created. It is shown ONCE and is stored',
    'only as a hash: copy it now.',
    '',
    `  ADMIN KEY: ${key}`,
    '',
    'Send it as "Authorization: Bearer <key>". Issue narrower keys with POST /v1/api-keys or',
    '`npm run keys -- create --role manager --name "PR team"`.',
    rule,
  ].join('\n');
}
