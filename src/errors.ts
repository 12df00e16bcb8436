/**
 * Typed domain errors with stable codes. Services throw these; only src/http/error-handler.ts turns
 * them into HTTP responses, so nothing branches on message text.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'PLAYBOOK_NOT_FOUND'
  | 'UNPROCESSABLE'
  | 'EVENT_NOT_ALLOWED'
  | 'INVALID_EVIDENCE'
  | 'VERSION_MISMATCH'
  | 'CONFLICT'
  | 'PUBLIC_REPLY_FIRST'
  | 'UNANSWERED_COMPLAINTS'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IDEMPOTENCY_KEY_IN_FLIGHT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'WEBHOOK_URL_REFUSED'
  | 'DATABASE_UNAVAILABLE';

export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra members for the problem document (e.g. allowedEvents, errors). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} does not exist.`);
  }
}

export class EventNotAllowedError extends DomainError {
  constructor(event: string, state: string, allowedEvents: readonly string[]) {
    super(
      'EVENT_NOT_ALLOWED',
      `The event "${event}" is not accepted while the incident is in "${state}". Accepted now: ${
        allowedEvents.length ? allowedEvents.join(', ') : 'none'
      }.`,
      { state, allowedEvents },
    );
  }
}

export class InvalidEvidenceError extends DomainError {
  constructor(errors: readonly FieldError[]) {
    super('INVALID_EVIDENCE', errors.map((e) => `${e.field}: ${e.message}`).join(' '), { errors });
  }
}

export class VersionMismatchError extends DomainError {
  constructor(expected: number, actual: number) {
    super(
      'VERSION_MISMATCH',
      `If-Match expected version ${expected}, but the incident is at version ${actual}: reload it and decide again.`,
      { currentVersion: actual },
    );
  }
}

export class UnprocessableError extends DomainError {
  constructor(message: string, errors: readonly FieldError[] = []) {
    super('UNPROCESSABLE', message, errors.length ? { errors } : {});
  }
}

/** A private reply or a move to a private channel before any public reply (public first, then private). */
export class PublicReplyFirstError extends DomainError {
  constructor(complaintId: string) {
    super(
      'PUBLIC_REPLY_FIRST',
      `Complaint ${complaintId} has no public reply yet: answer it publicly first, where the customer complained, then move the conversation to a private channel.`,
    );
  }
}

/** `close` while attached complaints have no public reply, without a recorded reason. */
export class UnansweredComplaintsError extends DomainError {
  constructor(count: number, firstIds: readonly string[]) {
    super(
      'UNANSWERED_COMPLAINTS',
      `${count} complaint(s) of this incident have no public reply yet: answer them, or close with evidence.unansweredReason saying why they stay unanswered.`,
      { count, complaintIds: firstIds },
    );
  }
}

/** A webhook URL whose host is, or resolves to, an address webhooks may not be sent to. */
export class WebhookUrlRefusedError extends DomainError {
  constructor(refusal: { url: string; host: string; address: string | null; reason: string; hint: string }) {
    const { url, host, address, reason, hint } = refusal;
    const subject = address === null || address === host ? host : `${host} resolves to ${address}, which`;
    super('WEBHOOK_URL_REFUSED', `The webhook URL ${url} is refused: ${subject} is ${reason}. ${hint}`, {
      url,
      host,
      address,
      reason,
    });
  }
}
