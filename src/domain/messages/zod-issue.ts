import type { z } from 'zod';
import { isPlainKey, type Message, type MessageKey, say } from './message.ts';

/**
 * Messages saying a well-formed value lies outside what can be stored (src/domain/instant-range.ts): their
 * field errors carry the rule `range`, and a request failing only such rules is a 422, not a 400.
 */
const RANGE_MESSAGES: ReadonlySet<MessageKey> = new Set(['value.datetime_range', 'value.due_range']);

/** The rule a field error of this issue carries: `range` for the messages above, else the zod code. */
export function issueRule(code: string, message: Message): string {
  return RANGE_MESSAGES.has(message.key) ? 'range' : code;
}

/** What the caller knows beyond the issue: whether a value was sent at all, and the shape of its objects. */
export interface IssueContext {
  present: boolean;
  /** `{ description, owner }` for a field holding objects, else null. */
  shape?: string | null;
}

/**
 * A zod issue as a message a PR manager can act on, in any language: one mapping for the request schemas
 * and the evidence. A schema's custom message may name a catalog key (`messageKey(…)`), which wins.
 */
export function issueMessage(issue: z.core.$ZodIssue, ctx: IssueContext): Message {
  if (isPlainKey(issue.message)) return say(issue.message, {});
  if (!ctx.present) return say('value.required', {});
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set')
        return say('value.min_items', { min: n(issue.minimum) });
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? say('value.not_empty', {})
          : say('value.min_length', { min: n(issue.minimum) });
      }
      return say('value.min', { min: n(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set')
        return say('value.max_items', { max: n(issue.maximum) });
      if (issue.origin === 'string') return say('value.max_length', { max: n(issue.maximum) });
      return say('value.max', { max: n(issue.maximum) });
    case 'invalid_value':
      return say('value.enum', { values: issue.values.map(String) });
    case 'invalid_format':
      return formatMessage(issue.format);
    case 'unrecognized_keys':
      return say('value.unknown_keys', { keys: issue.keys });
    case 'invalid_type':
      if (ctx.shape && issue.expected === 'object') return say('value.object_shape', { shape: ctx.shape });
      if (ctx.shape && issue.expected === 'array') return say('value.list_shape', { shape: ctx.shape });
      return say('value.type', { expected: issue.expected });
    default:
      return say('value.invalid', {});
  }
}

function formatMessage(format: string): Message {
  if (format === 'uuid' || format === 'guid') return say('value.uuid', {});
  if (format === 'url') return say('value.url', {});
  if (format === 'datetime') return say('value.datetime', {});
  return say('value.format', { format });
}

const n = (limit: number | bigint): number => Number(limit);

/** The value at a zod issue's path inside `value`, or undefined when the path does not exist. */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
