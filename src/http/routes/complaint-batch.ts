import type { z } from 'zod';
import { DomainError } from '../../errors.ts';
import type { Actor } from '../../services/audit-log.ts';
import type { Complaint, ComplaintService } from '../../services/complaint.service.ts';
import { toProblem } from '../error-handler.ts';
import { type Problem, problem } from '../problem.ts';
import { ComplaintBody } from '../schemas/complaints.ts';

export interface BatchItemResult {
  status: 201 | 200 | 422;
  complaint?: Complaint;
  error?: Problem;
}

/**
 * Parallel ingests per batch. Each item is its own transaction, so a few run at once to use the pool;
 * more would only queue on the database (and on the per-playbook lock during a burst).
 */
const CONCURRENCY = 4;

/**
 * Ingests each item on its own: a bad item answers 422 with its problem, the others go on. Items with the
 * same (source, externalId) run one after another in batch order, so the first answers 201 and the
 * repeats 200, as if they had been posted one by one. A database failure (5xx) fails the whole batch:
 * what was stored stays stored and a retry answers it with 200.
 */
export async function runBatch(
  items: readonly unknown[],
  complaints: ComplaintService,
  actor: Actor,
): Promise<BatchItemResult[]> {
  const results: BatchItemResult[] = new Array(items.length);
  const chains = new Map<string, Promise<void>>();
  let next = 0;
  const one = async (i: number): Promise<void> => {
    const field = `body.items[${i}]`;
    const parsed = ComplaintBody.safeParse(items[i]);
    if (!parsed.success) {
      results[i] = { status: 422, error: invalid(parsed.error, field) };
      return;
    }
    const key = `${parsed.data.source}\u0000${parsed.data.externalId}`;
    const previous = chains.get(key) ?? Promise.resolve();
    const mine = previous.then(async () => {
      try {
        const { created, complaint } = await complaints.ingest(parsed.data, actor, field);
        results[i] = { status: created ? 201 : 200, complaint };
      } catch (err) {
        if (!(err instanceof DomainError) || toProblem(err).status >= 500) throw err;
        results[i] = { status: 422, error: toProblem(err) };
      }
    });
    chains.set(key, mine);
    await mine;
  };
  const worker = async () => {
    while (next < items.length) await one(next++);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

function invalid(error: z.ZodError, field: string): Problem {
  const errors = error.issues.map((issue) => ({
    field: [field, ...issue.path.map(String)].join('.'),
    rule: issue.code,
    message: issue.message,
  }));
  return problem(422, 'validation-error', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
    errors,
  });
}
