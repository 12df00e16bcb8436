import type { ErrorCode } from '../errors.ts';

/** The status of each domain error (the one place it is decided; the error handler maps with it). */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  PLAYBOOK_NOT_FOUND: 422,
  UNPROCESSABLE: 422,
  VALIDATION_ERROR: 422,
  EVENT_NOT_ALLOWED: 409,
  INVALID_EVIDENCE: 422,
  VERSION_MISMATCH: 412,
  CONFLICT: 409,
  PUBLIC_REPLY_FIRST: 409,
  UNANSWERED_COMPLAINTS: 409,
  DELIVERY_FINAL: 409,
  STATEMENT_REFUSED: 422,
  SELF_APPROVAL: 403,
  APPROVER_NOT_ALLOWED: 403,
  STATEMENT_DECIDED: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_FLIGHT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  WEBHOOK_URL_REFUSED: 422,
  DATABASE_UNAVAILABLE: 503,
  NOT_READY: 503,
  BAD_REQUEST: 400,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_ACCEPTABLE: 406,
  OPEN_COMMITMENTS: 409,
  COMMITMENT_MOVE_REFUSED: 409,
  COMPENSATION_REFUSED: 422,
  COMPENSATION_MOVE_NOT_ALLOWED: 409,
};

/** A domain error's problem type: `/problems/<slug>`. */
export const problemSlugOf = (code: ErrorCode): string => code.toLowerCase().replaceAll('_', '-');

/** Problem types the framework edge answers itself (parsing, routing, limits), by status. */
const EDGE_TYPES: Record<number, readonly string[]> = {
  400: ['validation-error', 'malformed-json', 'bad-url', 'bad-content-length'],
  405: ['method-not-allowed'],
  408: ['request-timeout'],
  413: ['body-too-large'],
  415: ['unsupported-media-type'],
  431: ['headers-too-large'],
};

/** Every problem type an answer of `status` may carry, for the OpenAPI document. */
export function problemTypesFor(status: number): string[] {
  const fromDomain = (Object.entries(STATUS_BY_CODE) as [ErrorCode, number][])
    .filter(([, s]) => s === status)
    .map(([code]) => problemSlugOf(code));
  return [...new Set([...fromDomain, ...(EDGE_TYPES[status] ?? [])])].map((slug) => `/problems/${slug}`);
}
