import type { Actor } from '../../domain/audit/audit-chain.ts';
import type { Language } from '../../domain/messages/message.ts';
import type { ComplaintService, IngestedComplaint, IngestItem } from '../../services/complaint.service.ts';
import { parseComplaint } from '../complaint-validation.ts';
import { toProblem } from '../error-handler.ts';
import type { Problem } from '../problem.ts';

export interface BatchItemResult {
  status: 201 | 200 | 422;
  complaint?: IngestedComplaint;
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
    const parsed = parseComplaint(item, field);
    if ('error' in parsed) {
      results[i] = { status: 422, error: toProblem(parsed.error, languages) };
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
