import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Clock } from '../../src/clock.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { type LoadedPlaybook, loadPlaybooks } from '../../src/services/playbook-loader.ts';
import { createTestDatabase } from './test-database.ts';

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
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config: Config = loadConfig({ LOG_LEVEL: 'silent', WORKER: 'off', ...options.env });
  const app = await buildApp({
    config,
    database,
    clock: options.clock ?? (() => new Date()),
    logger: false,
    playbooks: options.playbooks ?? (await shippedPlaybooks()),
  });
  options.configure?.(app);
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

let shipped: Promise<LoadedPlaybook[]> | undefined;
/** The shipped playbooks, loaded once per test file. */
export function shippedPlaybooks(): Promise<LoadedPlaybook[]> {
  shipped ??= loadPlaybooks('./playbooks');
  return shipped;
}
