import type { Kysely } from 'kysely';
import { type FeedbackFilter, feedbackDigest } from '../db/repositories/feedback.repository.ts';
import type { DB } from '../db/schema.ts';
import type { FeedbackDigest } from '../domain/complaints/feedback.ts';

/**
 * What customers said, by topic, for the rest of the company (GET /v1/feedback). The filters only narrow:
 * an incident or playbook with no complaints (or none at all) answers an empty digest, not 404, so a
 * dashboard can ask before the first complaint arrives.
 */
export class FeedbackService {
  constructor(private readonly deps: { db: Kysely<DB> }) {}

  digest(filter: FeedbackFilter): Promise<FeedbackDigest> {
    return feedbackDigest(this.deps.db, filter);
  }
}
