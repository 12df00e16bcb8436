import { english, type Message, say } from './domain/messages/message.ts';
import type { Thing } from './domain/messages/template.ts';
import { type RefusalKind, reasonInEnglish } from './domain/webhooks/address-policy.ts';

/**
 * Typed domain errors with stable codes. Services throw these; only src/http/error-handler.ts turns
 * them into HTTP responses, so nothing branches on message text. Each carries its message as a catalog
 * key with parameters (`say`), rendered in the caller's language at the edge; `message` is the English.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'PLAYBOOK_NOT_FOUND'
  | 'UNPROCESSABLE'
  | 'VALIDATION_ERROR'
  | 'EVENT_NOT_ALLOWED'
  | 'INVALID_EVIDENCE'
  | 'VERSION_MISMATCH'
  | 'CONFLICT'
  | 'PUBLIC_REPLY_FIRST'
  | 'UNANSWERED_COMPLAINTS'
  | 'OPEN_COMMITMENTS'
  | 'COMMITMENT_MOVE_REFUSED'
  | 'DELIVERY_FINAL'
  | 'STATEMENT_REFUSED'
  | 'SELF_APPROVAL'
  | 'APPROVER_NOT_ALLOWED'
  | 'STATEMENT_DECIDED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IDEMPOTENCY_KEY_IN_FLIGHT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'DATABASE_UNAVAILABLE'
  | 'NOT_READY'
  | 'BAD_REQUEST'
  | 'URI_TOO_LONG'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'WEBHOOK_URL_REFUSED'
  | 'NOT_ACCEPTABLE'
  // compensation ledger
  | 'COMPENSATION_REFUSED'
  | 'COMPENSATION_MOVE_NOT_ALLOWED';

/** One failing field: `message` is the English text of `say`, which the edge renders per language. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
  say: Message;
}

/** A field error from a catalog message. */
export function fieldError(field: string, rule: string, message: Message): FieldError {
  return { field, rule, message: english(message), say: message };
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly say: Message,
    /** Extra members for the problem document (e.g. allowedEvents); field errors go in `errors`. */
    readonly details: Record<string, unknown> & { errors?: readonly FieldError[] } = {},
  ) {
    super(english(say));
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(thing: Thing, id: string) {
    super('NOT_FOUND', say('not_found', { thing, id }));
  }
}

export class EventNotAllowedError extends DomainError {
  constructor(event: string, state: string, allowedEvents: readonly string[]) {
    super('EVENT_NOT_ALLOWED', say('event_not_allowed', { event, state, allowed: allowedEvents }), {
      state,
      allowedEvents,
    });
  }
}

export class InvalidEvidenceError extends DomainError {
  constructor(errors: readonly FieldError[]) {
    super('INVALID_EVIDENCE', say('invalid_evidence', { errors }), { errors });
  }
}

export class VersionMismatchError extends DomainError {
  constructor(expected: number, actual: number) {
    super('VERSION_MISMATCH', say('version_mismatch', { expected, actual }), { currentVersion: actual });
  }
}

export class UnprocessableError extends DomainError {
  constructor(message: Message, errors: readonly FieldError[] = []) {
    super('UNPROCESSABLE', message, errors.length ? { errors } : {});
  }
}

/** A private reply or a move to a private channel before any public reply (public first, then private). */
export class PublicReplyFirstError extends DomainError {
  constructor(complaintId: string) {
    super('PUBLIC_REPLY_FIRST', say('public_reply_first', {}), { complaintId });
  }
}

/** `close` while attached complaints have no public reply, without a recorded reason. */
export class UnansweredComplaintsError extends DomainError {
  constructor(count: number, firstIds: readonly string[]) {
    super('UNANSWERED_COMPLAINTS', say('unanswered_complaints', { count }), {
      count,
      complaintIds: firstIds,
    });
  }
}

/**
 * A complaint body that does not match its schema: 422 on the single route and inside a batch alike
 * (the batch contract answers 422 per item, so the single route follows it).
 */
export class ComplaintValidationError extends DomainError {
  constructor(errors: readonly FieldError[]) {
    super('VALIDATION_ERROR', say('invalid_fields', { errors }), { errors });
  }
}

/** A delivery report that contradicts the recorded one: a delivered reply stays delivered. */
export class DeliveryFinalError extends DomainError {
  constructor(replyId: string, recorded: { status: string; externalId: string | null; url: string | null }) {
    super(
      'DELIVERY_FINAL',
      say('delivery_final', { replyId, status: recorded.status, externalId: recorded.externalId }),
      { delivery: recorded },
    );
  }
}

/** 422 for a field naming something that does not exist (an `incidentId`, a `playbookId`). */
export function unknownReference(field: string, message: Message): UnprocessableError {
  return new UnprocessableError(message, [fieldError(field, 'exists', message)]);
}

/** A drafted statement fails one of its stage's statement rules (nothing is stored). */
export class StatementRefusedError extends DomainError {
  constructor(errors: readonly FieldError[]) {
    super('STATEMENT_REFUSED', say('statement_refused', { errors }), { errors });
  }
}

/** The author's own key deciding on its statement: approval takes a second person. */
export class SelfApprovalError extends DomainError {
  constructor(statementId: string) {
    super('SELF_APPROVAL', say('self_approval', {}), { statementId });
  }
}

/** A key whose role the playbook does not name as an approver at the incident's severity. */
export class ApproverNotAllowedError extends DomainError {
  constructor(role: string, allowed: readonly string[]) {
    super('APPROVER_NOT_ALLOWED', say('approver_not_allowed', { role, allowed }), {
      allowedRoles: allowed,
    });
  }
}

/** A decision on a statement that is no longer waiting for one. */
export class StatementDecidedError extends DomainError {
  constructor(statementId: string, status: string) {
    // Not `status`: that member of a problem document is the HTTP status.
    super('STATEMENT_DECIDED', say('statement_decided', {}), {
      statementId,
      statementStatus: status,
    });
  }
}

/**
 * A webhook URL whose host is, or resolves to, an address webhooks may not be sent to. The message names
 * the kind (each language words it); `reason` stays the English words for clients that read it.
 */
export class WebhookUrlRefusedError extends DomainError {
  constructor(refusal: {
    url: string;
    host: string;
    address: string | null;
    kind: RefusalKind;
    dnsCode: string | null;
    hint: 'host' | 'private' | 'public';
  }) {
    const { url, host, address, kind, dnsCode } = refusal;
    super('WEBHOOK_URL_REFUSED', say('webhook_url_refused', refusal), {
      url,
      host,
      address,
      reason: reasonInEnglish(kind, dnsCode),
      reasonKind: kind,
      dnsCode,
    });
  }
}

// --- compensation ledger ---

/** A compensation outside the playbook's limits (ceiling, budget, currency) or naming a foreign complaint. */
export class CompensationRefusedError extends DomainError {
  constructor(errors: readonly FieldError[]) {
    super('COMPENSATION_REFUSED', say('compensation_refused', { errors }), { errors });
  }
}

/** Approving a compensation with the key that proposed it: 403 `/problems/self-approval`, as for statements. */
export class CompensationSelfApprovalError extends DomainError {
  constructor(compensationId: string) {
    super('SELF_APPROVAL', say('compensation_self_approval', { compensationId }));
  }
}

/** A status move the ledger's machine does not allow from where the item stands. */
export class CompensationMoveError extends DomainError {
  constructor(compensationId: string, from: string, to: string, allowed: readonly string[]) {
    // Not `status`: that member of a problem document is the HTTP status.
    super(
      'COMPENSATION_MOVE_NOT_ALLOWED',
      say('compensation_move_not_allowed', { compensationId, from, to, allowed }),
      {
        compensationStatus: from,
        allowedStatuses: allowed,
      },
    );
  }
}

// --- commitments (v1.1) ---

/** `close` while public commitments are open, without `evidence.carryOver: true`. */
export class OpenCommitmentsError extends DomainError {
  constructor(count: number, firstIds: readonly string[]) {
    super('OPEN_COMMITMENTS', say('open_commitments', { count }), { count, commitmentIds: firstIds });
  }
}

/** A status move the commitment machine refuses (src/domain/commitments/commitment.moves.ts). */
export class CommitmentMoveRefusedError extends DomainError {
  constructor(id: string, from: string, to: string) {
    super('COMMITMENT_MOVE_REFUSED', say('commitment_move_refused', { id, from, to }), {
      commitmentStatus: from,
    });
  }
}
