import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '../database-errors.ts';
import { english, type Language, type Message, say } from '../domain/messages/message.ts';
import { issueMessage, issueRule, valueAt } from '../domain/messages/zod-issue.ts';
import { DomainError, fieldError } from '../errors.ts';
import { UnauthenticatedError, wwwAuthenticate } from './auth.ts';
import { problemLanguages } from './languages.ts';
import { PROBLEM_CONTENT_TYPE, type Problem, type ProblemSpec, problem, renderProblem } from './problem.ts';
import { problemSlugOf, STATUS_BY_CODE } from './problem-types.ts';
import type { RouteTable } from './route-table.ts';

/** Fastify's own client-error codes, named for the problem type. */
const FASTIFY_PROBLEMS: Record<string, { slug: string; say: Message }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { slug: 'unsupported-media-type', say: say('unsupported_media_type', {}) },
  FST_ERR_CTP_BODY_TOO_LARGE: { slug: 'body-too-large', say: say('body_too_large', {}) },
  FST_ERR_CTP_EMPTY_JSON_BODY: { slug: 'malformed-json', say: say('malformed_json', {}) },
  FST_ERR_CTP_INVALID_JSON_BODY: { slug: 'malformed-json', say: say('malformed_json', {}) },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { slug: 'bad-content-length', say: say('bad_content_length', {}) },
};

/** Where a failed schema value was read from, to tell a missing field from a wrong one. */
export type RequestInput = (context: string) => unknown;

/** Maps any error to a problem, its messages still to be rendered in the caller's language. */
export function describeError(err: unknown, input: RequestInput = () => undefined): ProblemSpec {
  if (err instanceof DomainError) {
    const { errors, ...extra } = err.details;
    const spec = problem(STATUS_BY_CODE[err.code], problemSlugOf(err.code), err.say, extra);
    return { ...spec, errors };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as { validationContext?: string }).validationContext ?? 'body';
    const errors = err.validation.map((v) => {
      const path = v.instancePath.split('/').filter((p) => p !== '');
      const issue = { ...v.params, code: v.keyword, path, message: v.message } as z.core.$ZodIssue;
      const message = issueMessage(issue, { present: valueAt(input(where), path) !== undefined });
      return fieldError(
        path.length ? `${where}.${path.join('.')}` : where,
        issueRule(v.keyword, message),
        message,
      );
    });
    // Well-formed values out of the stored range only: the request is understood but cannot be processed.
    const status = errors.every((e) => e.rule === 'range') ? 422 : 400;
    return { ...problem(status, 'validation-error', say('validation_error', { errors })), errors };
  }
  if (isResponseSerializationError(err)) return problem(500, 'internal-error', say('response_invalid', {}));
  const sqlState = (err as { code?: unknown }).code;
  if (sqlState === '25006') return problem(503, 'database-read-only', say('database_read_only', {}));
  if (sqlState === '53100') return problem(503, 'database-disk-full', say('database_disk_full', {}));
  if (isDatabaseUnavailable(err))
    return problem(503, 'database-unavailable', say('database_unavailable', {}));
  // A deadlock or serialisation failure rolled the whole change back: nothing was written, and the same
  // request can simply be sent again. Not the client's fault, not a bug to page anyone for.
  if (sqlState === '40P01' || sqlState === '40001')
    return problem(409, 'conflict', say('concurrent_change', {}));
  const fe = err as Partial<FastifyError>;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const known = fe.code ? FASTIFY_PROBLEMS[fe.code] : undefined;
    if (known) return problem(status, known.slug, known.say);
    if (err instanceof SyntaxError) return problem(status, 'malformed-json', say('malformed_json', {}));
    return problem(status, 'bad-request', say('bad_request', { reason: fe.message ?? 'Bad Request' }));
  }
  return problem(500, 'internal-error', say('internal_error', {}));
}

/** {@link describeError} rendered: the problem document in the first of `languages` that covers it. */
export function toProblem(err: unknown, languages: readonly Language[] = []): Problem {
  return renderProblem(describeError(err), languages).body;
}

/** The request body stream ended because the client hung up (fastify reports it as ECONNRESET). */
function clientWentAway(err: unknown, request: FastifyRequest): boolean {
  const code = (err as { code?: unknown }).code;
  return request.raw.readableAborted && (code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE');
}

function inputOf(request: FastifyRequest, context: string): unknown {
  if (context === 'querystring') return request.query;
  if (context === 'params' || context === 'headers' || context === 'body') return request[context];
  return undefined;
}

function send(reply: FastifyReply, request: FastifyRequest, spec: ProblemSpec): FastifyReply {
  const { body, language } = renderProblem(spec, problemLanguages(request));
  return reply
    .code(body.status)
    .header('content-language', language)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...body, instance: request.url.split('?')[0], requestId: request.id });
}

/** Installs the one error handler and the 404/405 handler. */
export function installErrorHandling(
  app: FastifyInstance,
  routes: RouteTable,
  /** Answers a browser's request for a page that does not exist (the desk's own not-found page), or null. */
  page: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | null = () => null,
): void {
  app.setErrorHandler((err, request, reply) => {
    if (clientWentAway(err, request)) {
      // Nothing failed here and no one is left to read an answer: not an error, and not the 503 its
      // ECONNRESET would otherwise read as.
      request.log.info({ code: (err as { code?: string }).code }, 'client closed the connection mid-request');
      return send(reply, request, problem(400, 'bad-request', say('bad_request', { reason: 'aborted' })));
    }
    const spec = describeError(err, (context) => inputOf(request, context));
    if (spec.status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: (err as { code?: string }).code, status: spec.status }, english(spec.say));
    if (spec.status === 503) reply.header('retry-after', '5');
    if (err instanceof UnauthenticatedError) reply.header('www-authenticate', wwwAuthenticate(err));
    if (err instanceof DomainError && err.details.retryAfter) {
      reply.header('retry-after', String(err.details.retryAfter));
    }
    return send(reply, request, spec);
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
          say('method_not_allowed', { method: request.method, path, allowed }),
        ),
      );
    }
    return (
      page(request, reply) ??
      send(
        reply,
        request,
        problem(404, 'not-found', say('route_not_found', { method: request.method, path })),
      )
    );
  });
}
