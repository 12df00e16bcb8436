import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { migrationsApplied } from '../../db/migrate.ts';
import { say } from '../../domain/messages/message.ts';
import { DomainError } from '../../errors.ts';
import { problemResponses } from '../problem.ts';

const Ok = z.object({ status: z.literal('ok') }).meta({ example: { status: 'ok' } });
const READY_TIMEOUT_MS = 2_000;
const HEALTH_OK = JSON.stringify({ status: 'ok' });

/** Liveness and readiness: open to everyone, never authenticated. */
export function healthRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    let migrated = false;

    app.get(
      '/health',
      {
        schema: {
          tags: ['Health'],
          summary: 'Liveness: the process runs',
          security: [],
          response: { 200: Ok },
        },
        // Probes are polled by orchestrators and load balancers: no key, so nothing to rate-limit, and a
        // body that never changes needs no schema validation on the way out.
        config: { rateLimit: false },
        serializerCompiler: () => () => HEALTH_OK,
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/ready',
      {
        schema: {
          tags: ['Health'],
          summary: 'Readiness: the database answers and migrations are applied',
          security: [],
          response: { 200: Ok, ...problemResponses(503) },
        },
        config: { rateLimit: false },
      },
      async (request) => {
        try {
          await withTimeout(sql`select 1`.execute(database.db), READY_TIMEOUT_MS);
          // Migrations never un-apply while a process runs, so one success is enough.
          migrated ||= await withTimeout(migrationsApplied(database.db), READY_TIMEOUT_MS);
        } catch (err) {
          request.log.warn({ err }, 'readiness check failed');
          throw new DomainError('NOT_READY', say('database_unavailable', {}));
        }
        if (!migrated) throw new DomainError('NOT_READY', say('database_not_migrated', {}));
        return { status: 'ok' as const };
      },
    );
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
