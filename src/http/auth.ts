import type { FastifyInstance, FastifyRequest } from 'fastify';
import { say } from '../domain/messages/message.ts';
import { DomainError } from '../errors.ts';
import type { ApiKeyService } from '../services/api-keys.ts';
import { forbiddenHint, isOpenRoute, rolesFor } from './access-policy.ts';
import { wantsDeskPage } from './desk-page.ts';

const BEARER = /^Bearer +(\S+) *$/i;

/** The token of `Authorization: Bearer <token>`, or null when the header is missing or another scheme. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  return BEARER.exec(header)?.[1] ?? null;
}

/** 401: the same answer for a missing, unknown and revoked key, so a probe learns nothing. */
export class UnauthenticatedError extends DomainError {
  constructor(readonly invalidToken: boolean) {
    super('UNAUTHENTICATED', invalidToken ? say('api_key_invalid', {}) : say('api_key_missing', {}));
  }
}

/** The value of WWW-Authenticate for a 401 (RFC 6750 §3). */
export function wwwAuthenticate(err: UnauthenticatedError): string {
  return err.invalidToken ? 'Bearer realm="fivep", error="invalid_token"' : 'Bearer realm="fivep"';
}

function forbidden(
  request: FastifyRequest,
  role: string,
  url: string,
  allowed: readonly string[],
): DomainError {
  const hint = forbiddenHint(request.method, url);
  if (hint) return new DomainError('FORBIDDEN', say(hint, { role }));
  return new DomainError('FORBIDDEN', say('forbidden', { role, method: request.method, url, allowed }));
}

/**
 * The one enforcement point: every request except the open routes (probes, docs, the CORS preflight)
 * needs an active key, and the key's role must be allowed on the matched route by ACCESS_POLICY.
 * Runs before body parsing, so a refused request costs one indexed read and no parsing.
 */
export function installAccessControl(app: FastifyInstance, keys: ApiKeyService): void {
  // A 401 is decided here but answered in preParsing, after the route's rate limiter (a route-level
  // onRequest hook, which runs after this one) has counted the request against the client's address:
  // key guessing is limited per IP. Still before any body is read.
  const refuse = (request: FastifyRequest, err: UnauthenticatedError, done: () => void) => {
    request.authFailure = err;
    done();
  };
  app.addHook('onRequest', (request, _reply, done) => {
    const url = request.routeOptions.url;
    if (isOpenRoute(url) || (request.method === 'OPTIONS' && url === '*')) return done();
    // No route and a browser asking for a page: the desk's not-found page, as open as the desk itself.
    if (url === undefined && wantsDeskPage(request)) return done();
    const token = bearerToken(request.headers.authorization);
    if (token === null) return refuse(request, new UnauthenticatedError(false), done);
    keys.authenticate(token).then((owner) => {
      if (!owner) return refuse(request, new UnauthenticatedError(true), done);
      request.caller = owner;
      // An unmatched URL has no route to guard: any valid key gets the plain 404/405.
      if (url === undefined) return done();
      const allowed = rolesFor(request.method, url);
      if (!allowed.includes(owner.role)) return done(forbidden(request, owner.role, url, allowed));
      done();
    }, done);
  });
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (request.authFailure) return done(request.authFailure);
    done(null, payload);
  });
}
