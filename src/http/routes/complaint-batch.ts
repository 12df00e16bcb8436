import type { z } from 'zod';
import type { Actor } from '../../domain/audit/audit-chain.ts';
import { type Language, say } from '../../domain/messages/message.ts';
import { issueMessage, valueAt } from '../../domain/messages/zod-issue.ts';
import { fieldError } from '../../errors.ts';
import type { Complaint, ComplaintService, IngestItem } from '../../services/complaint.service.ts';
import { toProblem } from '../error-handler.ts';
import { type Problem, problem, renderProblem } from '../problem.ts';
import { ComplaintBody } from '../schemas/complaints.ts';

export interface BatchItemResult {
  status: 201 | 200 | 422;
  complaint?: Complaint;
  error?: Problem;
}

/**
 * Ingests the batch as one unit of ingestMany (one transaction, shared with batches posted at the same
 * time): a bad item answers 422 with its problem, the others go on. Items with the same (source,
 * externalId) answer as if posted one by one in batch order: the first 201, the repeats 200. A database
 * failure (5xx) fails the whole batch and stores none of it, so a retry runs it again in full.
 */
export async function runBatch(
  items: readonly unknown[],
  complaints: ComplaintService,
  actor: Actor,
  languages: readonly Language[],
): Promise<BatchItemResult[]> {
  const results: BatchItemResult[] = new Array(items.length);
  const valid: IngestItem[] = [];
  const positions: number[] = [];
  for (const [i, item] of items.entries()) {
    const field = `body.items[${i}]`;
    const parsed = ComplaintBody.safeParse(item);
    if (!parsed.success) {
      results[i] = { status: 422, error: invalid(parsed.error, field, item, languages) };
    } else {
      valid.push({ input: parsed.data, field });
      positions.push(i);
    }
  }
  const outcomes = await complaints.ingestBatch(valid, actor);
  for (const [j, outcome] of outcomes.entries()) {
    results[positions[j]!] =
      'error' in outcome
        ? { status: 422, error: toProblem(outcome.error, languages) }
        : { status: outcome.created ? 201 : 200, complaint: outcome.complaint };
  }
  return results;
}

/** An item failing the schema: 422 (not the batch's 400), its messages as for any request. */
function invalid(error: z.ZodError, field: string, item: unknown, languages: readonly Language[]): Problem {
  const errors = error.issues.map((issue) => {
    const message = issueMessage(issue, { present: valueAt(item, issue.path) !== undefined });
    return fieldError([field, ...issue.path.map(String)].join('.'), issue.code, message);
  });
  const spec = { ...problem(422, 'validation-error', say('invalid_fields', { errors })), errors };
  return renderProblem(spec, languages).body;
}
