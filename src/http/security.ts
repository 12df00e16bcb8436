import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { say } from '../domain/messages/message.ts';
import { DomainError } from '../errors.ts';
import type { Role } from '../services/api-keys.ts';

/**
 * Hardening headers for a JSON API, computed once. (helmet rebuilt its CSP on every request and cost
 * more than the rest of the /health path together; these are the headers that matter for an API.)
 * The API answers JSON only: nothing it sends may load, frame or submit anything. The docs page sets
 * its own CSP (src/http/swagger.ts).
 */
function securityHeaders(crossOrigin: boolean): Record<string, string> {
  return {
    'content-security-policy':
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': crossOrigin ? 'cross-origin' : 'same-origin',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
  };
}

/** Headers a browser dashboard sends and may read back. */
const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'if-match',
  'if-none-match',
  'idempotency-key',
  // The live stream's resume point (GET /v1/stream), sent by the board's fetch reader.
  'last-event-id',
  'x-request-id',
];
const CORS_EXPOSED_HEADERS = [
  'etag',
  'location',
  'retry-after',
  'x-request-id',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
];

export function corsOrigins(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
}

export function rateLimitsByRole(config: Config): Record<Role, number> {
  return {
    admin: config.RATE_LIMIT_PER_MINUTE_ADMIN,
    manager: config.RATE_LIMIT_PER_MINUTE_MANAGER,
    dashboard: config.RATE_LIMIT_PER_MINUTE_DASHBOARD,
    integration: config.RATE_LIMIT_PER_MINUTE_INTEGRATION,
  };
}

/**
 * Security headers on every answer, CORS only for the origins CORS_ORIGINS lists, and rate limits: per
 * key by role, per client address for requests without a valid key. Register before the routes: the rate limiter attaches itself to routes as they are
 * added, and runs after the access-control hook (route hooks follow app hooks), so it counts per key.
 */
export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const origins = corsOrigins(config.CORS_ORIGINS);
  // With CORS on, browsers on the listed origins must be allowed to read the answers.
  const headers = securityHeaders(origins.length > 0);
  // One callback-style hook for every fixed header (an async hook costs a promise per request), with the
  // request id echoed so a caller can quote it.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    reply.header('x-request-id', request.id);
    done();
  });
  if (origins.length > 0) {
    await app.register(cors, {
      origin: origins.includes('*') ? '*' : origins,
      methods: ['GET', 'HEAD', 'POST', 'DELETE'],
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      // Keys travel in a header, never in cookies.
      credentials: false,
      maxAge: 600,
    });
  }
  const limits = rateLimitsByRole(config);
  await app.register(rateLimit, {
    global: true,
    timeWindow: 60_000,
    // A request with a valid key counts against the key; one that needs a key and has none (or a bad one,
    // refused after this by access control) counts against the client address, which TRUST_PROXY
    // decides. Open routes without a key (probes, docs) are not counted.
    allowList: (request) => request.caller === undefined && request.authFailure === undefined,
    keyGenerator: (request) => request.caller?.keyId ?? `ip:${request.ip}`,
    max: (request) =>
      request.caller ? limits[request.caller.role as Role] : config.RATE_LIMIT_PER_MINUTE_ANONYMOUS,
    errorResponseBuilder: (request, ctx) => {
      const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000));
      const message = request.caller
        ? say('rate_limited', { max: ctx.max, seconds })
        : say('rate_limited_anonymous', { max: ctx.max, seconds });
      return new DomainError('RATE_LIMITED', message, { retryAfter: seconds });
    },
  });
}
