/**
 * `npm run keys -- create --role manager --name "PR team"` | `list` | `revoke <id>`.
 * Talks to the database directly (applying pending migrations first), so it works before the first
 * start and when every admin key is lost. With embedded PGlite, stop the server first: the data
 * directory is locked by the running process.
 */
import { parseArgs } from 'node:util';
import { systemClock } from '../clock.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ApiKeyService, ROLES, type Role } from '../services/api-keys.ts';
import { openConfiguredDatabase } from './cli-database.ts';

const USAGE = `usage:
  npm run keys -- create --role <${ROLES.join('|')}> --name <name>
  npm run keys -- list
  npm run keys -- revoke <id>`;

class UsageError extends Error {}

async function run(keys: ApiKeyService, argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (command === 'create') {
    const role = values.role as Role | undefined;
    const name = values.name?.trim();
    if (!role || !ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    if (!name || name.length > 100) throw new UsageError('--name is required (at most 100 characters)');
    const issued = await keys.create(name, role);
    console.log(`created ${issued.role} key "${issued.name}" (id ${issued.id})`);
    console.log('The key is shown this once and stored only as a hash:');
    console.log(issued.key);
    return;
  }
  if (command === 'list') {
    for (const k of await keys.list()) {
      const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
      console.log([k.id, k.role.padEnd(11), k.prefix.padEnd(22), state.padEnd(32), k.name].join('  '));
    }
    return;
  }
  if (command === 'revoke' && rest.length === 1 && rest[0]) {
    if (!/^[0-9a-f-]{36}$/i.test(rest[0])) throw new UsageError('revoke takes a key id (a UUID)');
    await keys.revoke(rest[0]);
    console.log(`revoked ${rest[0]}`);
    return;
  }
  throw new UsageError(USAGE);
}

try {
  const database = await openConfiguredDatabase();
  try {
    await migrateToLatest(database.db);
    await run(new ApiKeyService({ db: database.db, clock: systemClock }), process.argv.slice(2));
  } finally {
    await database.close();
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  if (err instanceof UsageError && err.message !== USAGE) console.error(USAGE);
  process.exit(err instanceof UsageError ? 2 : 1);
}
