import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { UnprocessableError } from '../errors.ts';

/**
 * PostgreSQL cannot store U+0000 in text or jsonb; refuse it at the edge with a clear 422 rather than
 * let the database fail the request with a 500.
 */
export function rejectNulCharacters(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  const path = findNul(request.body, 'body') ?? findNul(request.query, 'query');
  if (!path) {
    done();
    return;
  }
  done(
    new UnprocessableError(`${path} contains a NUL character (U+0000), which cannot be stored.`, [
      { field: path, rule: 'no_nul', message: 'contains a NUL character (U+0000)' },
    ]),
  );
}

function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  for (const [key, member] of Object.entries(value)) {
    if (key.includes('\u0000')) return path;
    const found = findNul(member, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}
