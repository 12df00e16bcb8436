import type { FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { say } from '../domain/messages/message.ts';
import { DomainError } from '../errors.ts';

/**
 * The media type to answer in: the caller's best among `offered` (no Accept: the first, JSON), or a 406
 * problem naming what the route offers. Problems themselves stay `application/problem+json`.
 */
export function negotiate<const T extends string>(request: FastifyRequest, offered: readonly [T, ...T[]]): T {
  const accept = request.headers.accept;
  if (accept === undefined || accept.trim() === '') return offered[0];
  const chosen = new Negotiator(request).mediaType([...offered]) as T | undefined;
  if (chosen !== undefined) return chosen;
  throw new DomainError(
    'NOT_ACCEPTABLE',
    say('not_acceptable', { accept: accept.slice(0, 100), offered: offered.join(', ') }),
  );
}
