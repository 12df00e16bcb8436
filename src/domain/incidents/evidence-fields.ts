import { fieldError } from '../../errors.ts';
import { say } from '../messages/message.ts';
import type { EvidenceError } from './incident.types.ts';

/**
 * Evidence is strict: a field the event does not know is refused, never ignored (an `offer.amount` that the
 * ceiling never read once slipped past it). The refusal names the nearest known field, by spelling or by
 * one of the words people use for it.
 */

/** The fields of the objects inside evidence, as PR managers read them in a message. */
export const NESTED_SHAPES: Record<string, readonly string[]> = {
  actions: ['description', 'owner'],
  changes: ['description', 'owner', 'dueAt'],
  offer: ['kind', 'description', 'value', 'currency'],
  customerAtFault: ['summary', 'evidence'],
};

/** `{ description, owner }`: what an object of `field` must look like (optional fields marked). */
export function shapeOf(field: string): string | null {
  const keys = NESTED_SHAPES[field];
  if (!keys) return null;
  const optional = field === 'offer' ? new Set(['value', 'currency']) : new Set<string>();
  return `{ ${keys.map((k) => (optional.has(k) ? `${k}?` : k)).join(', ')} }`;
}

/** Other words for a known field. */
const SYNONYMS: Record<string, string> = {
  amount: 'value',
  price: 'value',
  sum: 'value',
  kwota: 'value',
  text: 'statement',
  message: 'statement',
  apology: 'statement',
  channel: 'channels',
  platforms: 'channels',
  who: 'owner',
  assignee: 'owner',
  responsible: 'owner',
  due: 'dueAt',
  deadline: 'dueAt',
  date: 'dueAt',
  type: 'kind',
  level: 'severity',
  why: 'reason',
  note: 'reason',
  action: 'actions',
  change: 'changes',
  proof: 'evidence',
  fault: 'customerAtFault',
  reasonForUnanswered: 'unansweredReason',
};

/** The known field meant by `given`, if one is near enough to suggest. */
export function nearestField(given: string, known: readonly string[]): string | null {
  const synonym = SYNONYMS[given.toLowerCase()];
  if (synonym && known.includes(synonym)) return synonym;
  let best: { field: string; distance: number } | null = null;
  for (const field of known) {
    const distance = editDistance(given.toLowerCase(), field.toLowerCase());
    if (distance <= Math.max(1, Math.floor(field.length / 3)) && (!best || distance < best.distance)) {
      best = { field, distance };
    }
  }
  return best?.field ?? null;
}

/** One error per field of `input` that is not in `known`, at `path` (e.g. `evidence.offer`). */
export function unknownFields(
  input: Record<string, unknown>,
  known: readonly string[],
  path: string,
): EvidenceError[] {
  return Object.keys(input)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const nearest = nearestField(key, known);
      const message = nearest
        ? say('evidence.unknown_near', { key, nearest })
        : known.length > 0
          ? say('evidence.unknown_known', { key, known })
          : say('evidence.unknown_none', { key });
      return fieldError(`${path}.${key}`, 'unknown_field', message);
    });
}

/** Edits between two words (insert, delete, substitute, or swap two neighbours: "cuase" is one from "cause"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
