import type { FastifyInstance, InjectOptions } from 'fastify';
import type { LoggerOptions } from 'pino';
import { buildApp } from '../../src/app.ts';
import type { Clock } from '../../src/clock.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { bootstrapApiKeys } from '../../src/services/api-key-bootstrap.ts';
import { ApiKeyService } from '../../src/services/api-keys.ts';
import { type LoadedPlaybook, loadPlaybooks } from '../../src/services/playbook-loader.ts';
import type { HostResolver } from '../../src/services/webhook-address.ts';
import { checkResponsesAgainstSchemas } from './contract.ts';
import { createTestDatabase } from './test-database.ts';

/** The admin key every test app bootstraps (ADMIN_API_KEY) and `t.app.inject` sends by default. */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef';
/** Headers for a real listener (`fetch`), which the inject default does not reach. */
export const adminAuth = { authorization: `Bearer ${TEST_ADMIN_KEY}` } as const;

/** The webhook secrets key of every test app, for workers that must open what it stored. */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 7);

/** Rate limits out of the way unless a test sets its own (the access tests do). */
const UNLIMITED = {
  RATE_LIMIT_PER_MINUTE_ADMIN: '1000000',
  RATE_LIMIT_PER_MINUTE_MANAGER: '1000000',
  RATE_LIMIT_PER_MINUTE_DASHBOARD: '1000000',
  RATE_LIMIT_PER_MINUTE_INTEGRATION: '1000000',
  RATE_LIMIT_PER_MINUTE_ANONYMOUS: '1000000',
};

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** A manually advanced clock for tests. */
export function fakeClock(
  start = '2026-03-02T09:00:00.000Z',
): Clock & { advance(ms: number): void; set(iso: string): void } {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as Clock & { advance(ms: number): void; set(iso: string): void };
  clock.advance = (ms) => {
    now += ms;
  };
  clock.set = (iso) => {
    now = new Date(iso).getTime();
  };
  return clock;
}

/** The app on a fresh cloned database; call close() in afterAll. */
export async function buildTestApp(
  options: {
    clock?: Clock;
    env?: Record<string, string>;
    database?: Database;
    /** Defaults to the shipped playbooks in ./playbooks. */
    playbooks?: readonly LoadedPlaybook[];
    /** Extra routes for tests of the HTTP shell itself. */
    configure?: (app: FastifyInstance) => void;
    /** Defaults to TEST_SECRETS_KEY. */
    secretsKey?: Buffer;
    /** Resolves webhook hosts (the default is the system resolver). */
    resolveHost?: HostResolver;
    /** pino options for tests that read the log (default: no log); fastify takes a `stream` too. */
    logger?: LoggerOptions & { stream?: NodeJS.WritableStream };
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config: Config = loadConfig({
    LOG_LEVEL: 'silent',
    WORKER: 'off',
    ADMIN_API_KEY: TEST_ADMIN_KEY,
    ...UNLIMITED,
    // Tests post webhooks to receivers on 127.0.0.1.
    WEBHOOK_ALLOW_PRIVATE: 'true',
    ...options.env,
  });
  const app = await buildApp({
    config,
    database,
    clock: options.clock ?? (() => new Date()),
    logger: options.logger ?? false,
    playbooks: options.playbooks ?? (await shippedPlaybooks()),
    secretsKey: options.secretsKey ?? TEST_SECRETS_KEY,
    ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
  });
  checkResponsesAgainstSchemas(app);
  options.configure?.(app);
  await bootstrapApiKeys(
    new ApiKeyService({ db: database.db, clock: () => new Date() }),
    config.ADMIN_API_KEY,
  );
  sendKeyByDefault(app, config.ADMIN_API_KEY ?? TEST_ADMIN_KEY);
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}

/**
 * `app.inject` sends `Authorization: Bearer <admin key>` unless the request names an authorization
 * header itself; `authorization: undefined` sends none (for the 401 tests).
 */
function sendKeyByDefault(app: FastifyInstance, key: string): void {
  const inject = app.inject.bind(app);
  // The promise and chain forms only: no test uses the callback form.
  const withKey = (opts?: InjectOptions | string) => {
    if (opts === undefined) return inject();
    const given = typeof opts === 'string' ? { url: opts } : opts;
    const headers: Record<string, string | string[]> = {};
    let named = false;
    for (const [name, value] of Object.entries(given.headers ?? {})) {
      if (name.toLowerCase() === 'authorization') named = true;
      if (value !== undefined) headers[name] = value as string | string[];
    }
    if (!named) headers.authorization = `Bearer ${key}`;
    const request = { ...given, headers };
    return inject(request);
  };
  app.inject = withKey as typeof app.inject;
}

let shipped: Promise<LoadedPlaybook[]> | undefined;
/** The shipped playbooks, loaded once per test file. */
export function shippedPlaybooks(): Promise<LoadedPlaybook[]> {
  shipped ??= loadPlaybooks('./playbooks');
  return shipped;
}
