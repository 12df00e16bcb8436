import type { Playbook } from '../playbooks/playbook.schema.ts';
import { type ComplaintFacts, matchTrigger, type Trigger } from './complaint.match.ts';
import { assignTopics } from './complaint.topics.ts';

/**
 * What a complaint lacked to match a playbook's trigger, as stable codes a desk words itself:
 * `keywords` (none of its trigger words or tags), `source` (a channel it does not watch), `orderId` (an
 * order number in another shop's format).
 */
export type MissingForMatch = 'keywords' | 'source' | 'orderId';

export interface ClosestPlaybook {
  playbookId: string;
  missing: MissingForMatch[];
}

// The words of a trigger without its filters, one object per trigger, so matchTrigger compiles it once.
const wordsOnly = new WeakMap<Trigger, Trigger>();
function withoutFilters(trigger: Trigger): Trigger {
  const known = wordsOnly.get(trigger);
  if (known) return known;
  const { orderIdPattern: _pattern, ...rest } = trigger;
  const stripped = { ...rest, sources: [] };
  wordsOnly.set(trigger, stripped);
  return stripped;
}

/**
 * For a complaint no trigger matched: the playbook it came closest to and what it lacked, so a person
 * triaging it sees why it waits. Closest = the fewest things missing, then the most of the playbook's
 * topic words in the text (it is about the same things), then the id. Null when no playbook has a trigger.
 */
export function closestPlaybook(playbooks: readonly Playbook[], c: ComplaintFacts): ClosestPlaybook | null {
  let best: { id: string; missing: MissingForMatch[]; near: number } | null = null;
  for (const p of playbooks) {
    const trigger = p.triggers;
    if (!trigger) continue;
    const missing: MissingForMatch[] = [];
    if (trigger.sources.length > 0 && !trigger.sources.includes(c.source)) missing.push('source');
    if (
      trigger.orderIdPattern !== undefined &&
      c.orderId !== null &&
      !new RegExp(trigger.orderIdPattern).test(c.orderId)
    ) {
      missing.push('orderId');
    }
    // With the filters set aside, would its words have matched?
    const words = matchTrigger(p.id, withoutFilters(trigger), c);
    if (!words) missing.push('keywords');
    const near = assignTopics(p.topics, c.text, 'und').length;
    const better =
      best === null ||
      missing.length < best.missing.length ||
      (missing.length === best.missing.length && near > best.near);
    if (better) best = { id: p.id, missing, near };
  }
  return best && { playbookId: best.id, missing: best.missing };
}
