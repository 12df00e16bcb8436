import type { MatchExplanation } from '../domain/complaints/complaint.match.ts';
import type { ComplaintSource } from '../domain/playbooks/playbook.schema.ts';
import type { DomainError } from '../errors.ts';
import type { Complaint } from './complaint-view.ts';

/** A complaint as an integration posts it. */
export interface ComplaintInput {
  source: ComplaintSource;
  externalId: string;
  text: string;
  author?: string | undefined;
  url?: string | undefined;
  occurredAt?: string | undefined;
  orderId?: string | undefined;
  tags?: string[] | undefined;
  postId?: string | undefined;
  incidentId?: string | undefined;
  playbookId?: string | undefined;
}

/** One complaint of a group; `field` prefixes its error fields (`body`, `body.items[3]`). */
export interface IngestItem {
  input: ComplaintInput;
  field: string;
}

/**
 * A new complaint about to be stored, with what is worked out from its text alone (its language) before
 * the transaction, so that pure CPU work never holds the group's locks.
 */
export interface FreshItem extends IngestItem {
  language: string;
}

/** A complaint as its ingest answers it: a new one says what it matched (a repeat was placed before). */
export type IngestedComplaint = Complaint & { match?: MatchExplanation };

/** What one item of a group came to: stored (`created` false when it was already known) or refused. */
export type IngestOutcome = { created: boolean; complaint: IngestedComplaint } | { error: DomainError };
