import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { type Message, say } from '../domain/messages/message.ts';
import { fieldError, UnprocessableError } from '../errors.ts';

/** Far deeper than any evidence a playbook asks for (a list of objects is 3 levels). */
export const MAX_DEPTH = 32;
const LONE_SURROGATE = /\p{Cs}/u;

/** Routes that check string content per item, so one bad item does not sink the others. */
const PER_ITEM_CONTENT = new Set(['/v1/complaints/batch']);

type Rule = 'max_depth' | 'unpaired_surrogate' | 'no_nul';
type Finding = { field: string; rule: Rule };

const MESSAGES: Record<Rule, Message> = {
  max_depth: say('content.max_depth', { max: MAX_DEPTH }),
  unpaired_surrogate: say('content.lone_surrogate', {}),
  no_nul: say('content.no_nul', {}),
};

/**
 * Refuses, with a 422 before validation, what would otherwise fail deep inside or be stored wrongly:
 * - nesting deeper than MAX_DEPTH: JSON.parse copes, but recursive code further on (JSON.stringify of
 *   the audit entry, the evidence rules) overflows the stack on a 64 KiB body of brackets → a 500;
 * - U+0000, which PostgreSQL refuses in text and jsonb (a 500 from the database otherwise);
 * - unpaired UTF-16 surrogates (`"\ud800"` is valid JSON): stored as U+FFFD, not what was sent.
 * One walk over path parameters (`%00` decodes to U+0000), body and query; callback style, as it runs on
 * every request.
 */
export function rejectHostileStructure(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  const checkStrings = !PER_ITEM_CONTENT.has(request.routeOptions.url ?? '');
  const found =
    inspect(request.params, 'params', 0, true) ??
    inspect(request.body, 'body', 0, checkStrings) ??
    inspect(request.query, 'query', 0, true);
  if (!found) {
    done();
    return;
  }
  const message = MESSAGES[found.rule];
  done(
    new UnprocessableError(say('field_problem', { field: found.field, say: message }), [
      fieldError(found.field, found.rule, message),
    ]),
  );
}

function stringFinding(value: string, field: string): Finding | null {
  if (value.includes('\u0000')) return { field, rule: 'no_nul' };
  if (LONE_SURROGATE.test(value)) return { field, rule: 'unpaired_surrogate' };
  return null;
}

function inspect(value: unknown, field: string, depth: number, strings: boolean): Finding | null {
  if (typeof value === 'string') return strings ? stringFinding(value, field) : null;
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH) return { field, rule: 'max_depth' };
  const isArray = Array.isArray(value);
  for (const [key, member] of Object.entries(value)) {
    const keyFinding = strings ? stringFinding(key, field) : null;
    if (keyFinding) return keyFinding;
    const found = inspect(member, isArray ? `${field}[${key}]` : `${field}.${key}`, depth + 1, strings);
    if (found) return found;
  }
  return null;
}
