import type { Message, MessageKey } from '../domain/messages/message.ts';
import type { FieldError } from '../errors.ts';

/**
 * The stable code of a field error, for clients that word problems themselves (the desk): what is wrong,
 * not which library noticed it. Codes of the schema's own checks come from their message; the domain's
 * rules keep the rule's name (`approval_required`, `ceiling`, `past`…).
 */
const BY_MESSAGE: Partial<Record<MessageKey, string>> = {
  'value.required': 'required',
  'value.not_empty': 'required',
  'value.min_length': 'too_short',
  'statement.min_length': 'too_short',
  'value.max_length': 'too_long',
  'content.too_long': 'too_long',
  'value.min_items': 'too_few',
  'value.max_items': 'too_many',
  'value.min': 'too_small',
  'value.max': 'too_large',
  'value.enum': 'not_one_of',
  'value.unknown_keys': 'unknown_field',
  'evidence.unknown_near': 'unknown_field',
  'evidence.unknown_known': 'unknown_field',
  'evidence.unknown_none': 'unknown_field',
  'value.type': 'wrong_type',
  'value.object_shape': 'wrong_type',
  'value.list_shape': 'wrong_type',
  'value.uuid': 'invalid_format',
  'value.url': 'invalid_format',
  'value.date_or_datetime': 'invalid_format',
  'value.datetime': 'invalid_format',
  'value.format': 'invalid_format',
  'value.currency': 'invalid_format',
  'value.etag': 'invalid_format',
  'value.invalid': 'invalid_format',
  'statement.apology_phrase': 'apology_missing',
  'statement.blame': 'blame',
  'statement.blame_other': 'blame',
  'statement.non_apology': 'non_apology',
  'statement.shouting': 'tone',
  'statement.punctuation': 'tone',
  'statement.dismissive': 'tone',
  'statement.canned': 'canned',
  'statement.canned_reply': 'canned',
  'reply.canned_in_incident': 'canned',
  'statement.approval_required': 'approval_required',
  'statement.channels': 'channels_missing',
  'evidence.ceiling': 'ceiling',
  'content.no_nul': 'invalid_characters',
  'content.lone_surrogate': 'invalid_characters',
  'content.not_utf8': 'invalid_characters',
  'content.max_depth': 'too_deep',
  'bulk.ids_or_filter': 'one_of_two',
  'value.past': 'past',
  'statement.reject_reason': 'required',
  'query.cursor': 'cursor',
};

export function fieldCode(e: Pick<FieldError, 'rule' | 'say'>): string {
  return BY_MESSAGE[e.say.key] ?? e.rule;
}

/** The numbers and words a message was built from (quotes, limits), leaving out nested messages. */
export function fieldParams(say: Message): Record<string, string | number | boolean | (string | number)[]> {
  const out: Record<string, string | number | boolean | (string | number)[]> = {};
  for (const [k, v] of Object.entries(say.params as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) out[k] = v;
  }
  return out;
}
