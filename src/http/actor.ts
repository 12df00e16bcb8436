import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/audit/audit-chain.ts';

/** The caller's API key, set by the auth hook once access control is on. */
export interface Caller {
  keyId: string;
  keyName: string;
  role: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
    /** Set by access control when the request has no valid key; answered after the per-IP limiter. */
    authFailure?: Error;
  }
}

/** Who acts: the name the request gives (or the key's name), plus the key behind the request. */
export function actorOf(request: FastifyRequest, given: string | undefined): Actor {
  const caller = request.caller;
  return {
    name: given ?? caller?.keyName ?? 'anonymous',
    keyId: caller?.keyId ?? null,
    keyName: caller?.keyName ?? null,
  };
}
