import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode } from '../errors.ts';
import { UnauthenticatedError, wwwAuthenticate } from './auth.ts';
import { PROBLEM_CONTENT_TYPE, type Problem, problem } from './problem.ts';
import type { RouteTable } from './route-table.ts';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  PLAYBOOK_NOT_FOUND: 422,
  UNPROCESSABLE: 422,
  EVENT_NOT_ALLOWED: 409,
  INVALID_EVIDENCE: 422,
  VERSION_MISMATCH: 412,
  CONFLICT: 409,
  PUBLIC_REPLY_FIRST: 409,
  UNANSWERED_COMPLAINTS: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_FLIGHT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  WEBHOOK_URL_REFUSED: 422,
  DATABASE_UNAVAILABLE: 503,
};

/** Fastify's own client-error codes, named for the problem type. */
const FASTIFY_SLUGS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed-json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-content-length',
};

// PostgreSQL/driver signals that the database, not the request, is at fault: answer 503.
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-3])/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATE.test(e.code) || UNAVAILABLE_ERRNO.has(e.code))) {
    return true;
  }
  return (
    typeof e.message === 'string' &&
    /timeout exceeded when trying to connect|Connection terminated|connection is closed|connection error and is not queryable|\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)\b/i.test(
      e.message,
    )
  );
}

/** Maps any error to an RFC 9457 problem document. */
export function toProblem(err: unknown): Problem {
  if (err instanceof DomainError) {
    const status = STATUS_BY_CODE[err.code];
    return problem(status, err.code.toLowerCase().replaceAll('_', '-'), err.message, err.details);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const errors = err.validation.map((v) => {
      const where = (err as { validationContext?: string }).validationContext ?? 'body';
      const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return {
        field: path ? `${where}.${path}` : where,
        rule: v.keyword,
        message: v.message ?? 'is invalid',
      };
    });
    const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return problem(400, 'validation-error', `The request is invalid: ${detail}`, { errors });
  }
  if (isResponseSerializationError(err)) {
    return problem(500, 'internal-error', 'The server could not produce a valid response.');
  }
  const sqlState = (err as { code?: unknown }).code;
  if (sqlState === '25006') {
    return problem(
      503,
      'database-read-only',
      'The database is read-only right now; changes cannot be saved. Retry later.',
    );
  }
  if (sqlState === '53100') {
    return problem(
      503,
      'database-disk-full',
      'The database disk is full; changes cannot be saved. Retry later.',
    );
  }
  if (isDatabaseUnavailable(err)) {
    return problem(503, 'database-unavailable', 'The database is not answering; retry shortly.');
  }
  // A deadlock or serialisation failure rolled the whole change back: nothing was written, and the same
  // request can simply be sent again. Not the client's fault, not a bug to page anyone for.
  if (sqlState === '40P01' || sqlState === '40001') {
    return problem(409, 'conflict', 'A concurrent change got in the way and nothing was written; retry.');
  }
  const fe = err as Partial<FastifyError>;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const slug =
      (fe.code && FASTIFY_SLUGS[fe.code]) ?? (err instanceof SyntaxError ? 'malformed-json' : 'bad-request');
    return problem(status, slug, fe.message ?? 'The request could not be processed.');
  }
  return problem(500, 'internal-error', 'Something went wrong on our side; it has been logged.');
}

function send(reply: FastifyReply, request: FastifyRequest, body: Problem): FastifyReply {
  return reply
    .code(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...body, instance: request.url.split('?')[0], requestId: request.id });
}

/** Installs the one error handler and the 404/405 handler. */
export function installErrorHandling(app: FastifyInstance, routes: RouteTable): void {
  app.setErrorHandler((err, request, reply) => {
    const body = toProblem(err);
    if (body.status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: (err as { code?: string }).code, status: body.status }, body.detail);
    if (body.status === 503) reply.header('retry-after', '5');
    if (err instanceof UnauthenticatedError) reply.header('www-authenticate', wwwAuthenticate(err));
    if (err instanceof DomainError && err.code === 'RATE_LIMITED' && err.details.retryAfter) {
      reply.header('retry-after', String(err.details.retryAfter));
    }
    return send(reply, request, body);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = routes.methodsFor(path);
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return send(
        reply,
        request,
        problem(
          405,
          'method-not-allowed',
          `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}.`,
        ),
      );
    }
    return send(reply, request, problem(404, 'not-found', `There is no route ${request.method} ${path}.`));
  });
}
