import type { z } from 'zod';
import { issueMessage, issueRule, valueAt } from '../domain/messages/zod-issue.ts';
import { ComplaintValidationError, fieldError } from '../errors.ts';
import { ComplaintBody } from './schemas/complaints.ts';

/**
 * Validates one complaint body; `field` prefixes the error fields (`body`, `body.items[3]`). The single
 * route and each batch item answer the same 422 problem for the same mistake.
 */
export function parseComplaint(
  item: unknown,
  field: string,
): { data: ComplaintBody } | { error: ComplaintValidationError } {
  const parsed = ComplaintBody.safeParse(item);
  if (parsed.success) return { data: parsed.data };
  return { error: new ComplaintValidationError(fieldErrors(parsed.error, field, item)) };
}

function fieldErrors(error: z.ZodError, field: string, item: unknown) {
  return error.issues.map((issue) => {
    const message = issueMessage(issue, { present: valueAt(item, issue.path) !== undefined });
    return fieldError([field, ...issue.path.map(String)].join('.'), issueRule(issue.code, message), message);
  });
}

/** The single complaint route's body validator (fastify's form): {@link parseComplaint} on `body`. */
export function validateComplaintBody(data: unknown): { value: ComplaintBody } | { error: Error } {
  const result = parseComplaint(data, 'body');
  return 'data' in result ? { value: result.data } : { error: result.error };
}
