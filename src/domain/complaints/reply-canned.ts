import { fieldError } from '../../errors.ts';
import { say } from '../messages/message.ts';
import { normaliseStatement } from '../statements/statement.phrases.ts';
import { quote, type RuleFailure, trigramJaccard } from '../statements/statement.rules.ts';

/**
 * Similarity at or above which a reply repeats another reply of its incident: the Jaccard index of the
 * character trigrams of both texts after {@link maskReply}. Measured on a 20-word reply: the template sent
 * again with another name and order number masks to the same text (1), with one word changed it scores
 * 0.84–0.85, with "this morning" → "today" 0.80; replies written for two customers about the same delay
 * score 0.27 and below. 0.8 is "nearly the same" with room for honest answers sharing a phrase or two.
 */
export const REPLY_CANNED_THRESHOLD = 0.8;

/** What every masked name or number becomes: a digit, so masking a masked text changes nothing. */
const MASK = '0';

/** The customer details a reply may mention: the complaint's author and order number. */
export interface Customer {
  author: string | null;
  orderId: string | null;
}

/**
 * A reply with names and numbers set aside, normalised (normaliseStatement): every word with a digit (order
 * numbers, dates, amounts), every word of the customers' names and order numbers given, and every word
 * written with a capital inside a sentence (a name the author field does not hold: "Hi Anna,") becomes
 * {@link MASK}. Idempotent: the result is lower case and already masked.
 */
export function maskReply(text: string, customers: readonly Customer[]): string {
  const hidden = new Set<string>();
  for (const c of customers) {
    for (const word of normaliseStatement(`${c.author ?? ''} ${c.orderId ?? ''}`).split(' ')) {
      if ([...word].length >= 2) hidden.add(word);
    }
  }
  // A capital after a letter, digit, comma or other mid-sentence mark starts a name, not a sentence.
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},;:)\-–—]\s*|["“„«(]\s*)\p{Lu}[\p{L}\p{M}\p{N}]+/gu)) {
    for (const word of normaliseStatement(m[0]).split(' ')) hidden.add(word);
  }
  return normaliseStatement(text)
    .split(' ')
    .map((word) => (/\p{N}/u.test(word) || hidden.has(word) ? MASK : word))
    .join(' ');
}

/** Similarity in 0..1 of two replies to two customers, after masking each with both customers' details. */
export function replySimilarity(a: string, b: string, customers: readonly Customer[]): number {
  return trigramJaccard(maskReply(a, customers), maskReply(b, customers));
}

/** Another reply of the incident: to which complaint, its text, and that complaint's customer. */
export interface IncidentReply extends Customer {
  complaintId: string;
  text: string;
}

/**
 * The `canned` rule inside an incident: a reply nearly the same (≥ {@link REPLY_CANNED_THRESHOLD}) as a
 * reply to another complaint of the same incident once names and numbers are masked. Only other replies
 * count: a reply is never compared with itself.
 */
export function cannedInIncident(
  text: string,
  customer: Customer,
  others: readonly IncidentReply[],
): RuleFailure[] {
  const earlier = others.find((o) => replySimilarity(text, o.text, [customer, o]) >= REPLY_CANNED_THRESHOLD);
  if (!earlier) return [];
  return [
    fieldError(
      'body.text',
      'canned',
      say('reply.canned_in_incident', { complaintId: earlier.complaintId, quote: quote(earlier.text) }),
    ) as RuleFailure,
  ];
}
