import type { ComplaintSource, Playbook } from '../playbooks/playbook.schema.ts';
import { normaliseStatement } from '../statements/statement.phrases.ts';

/** What matching looks at; everything else about a complaint is irrelevant to triggers. */
export interface ComplaintFacts {
  source: ComplaintSource;
  text: string;
  tags: readonly string[];
  orderId: string | null;
}

export type Trigger = NonNullable<Playbook['triggers']>;

/** Why a complaint matched a playbook's trigger; `score` ranks several matching playbooks. */
export interface TriggerMatch {
  playbookId: string;
  keywords: string[];
  tags: string[];
  score: number;
}

interface CompiledTrigger {
  keywords: RegExp | null;
  /** Normalised keyword → the keyword as the playbook spells it (for the match report). */
  spelled: Map<string, string>;
  /** Normalised bodies of the `*` keywords. */
  prefixes: string[];
  orderId: RegExp | null;
  tags: Set<string>;
}

// Triggers are parsed once per playbook version and never mutated, so a WeakMap cache is safe.
const compiled = new WeakMap<Trigger, CompiledTrigger>();

/**
 * Whether a complaint matches one trigger. `sources` (when listed) and `orderIdPattern` (when the complaint
 * carries an order id) are filters: a complaint from another channel, or with an order number in another
 * shop's format, is not this playbook's. Keywords (any language: a complaint's language is not known) and
 * tags are the signal: at least one must match. Keywords match whole words after the same normalisation as
 * the statement rules (case, diacritics, punctuation ignored); a trailing `*` matches a word prefix.
 */
export function matchTrigger(playbookId: string, trigger: Trigger, c: ComplaintFacts): TriggerMatch | null {
  if (trigger.sources.length > 0 && !trigger.sources.includes(c.source)) return null;
  const t = compile(trigger);
  if (t.orderId && c.orderId !== null && !t.orderId.test(c.orderId)) return null;
  const keywords = new Set<string>();
  if (t.keywords) {
    for (const m of normaliseStatement(c.text).matchAll(t.keywords)) {
      const found = m[1] ?? '';
      // A prefix keyword matched a longer word: report the keyword, not the word.
      const prefix = t.prefixes.find((p) => found.startsWith(p));
      keywords.add(
        t.spelled.get(found) ?? (prefix !== undefined ? t.spelled.get(prefix) : undefined) ?? found,
      );
    }
  }
  const tags = [...new Set(c.tags.map(normaliseTag))].filter((tag) => t.tags.has(tag));
  if (keywords.size === 0 && tags.length === 0) return null;
  return { playbookId, keywords: [...keywords], tags, score: keywords.size + tags.length };
}

/**
 * Every playbook whose trigger matches, best first: more matched keywords and tags first, then by id so
 * the order is stable. Playbooks without triggers never match.
 */
export function matchPlaybooks(playbooks: readonly Playbook[], c: ComplaintFacts): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  for (const playbook of playbooks) {
    if (!playbook.triggers) continue;
    const m = matchTrigger(playbook.id, playbook.triggers, c);
    if (m) matches.push(m);
  }
  return matches.sort((a, b) => b.score - a.score || a.playbookId.localeCompare(b.playbookId));
}

function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase();
}

function compile(trigger: Trigger): CompiledTrigger {
  const cached = compiled.get(trigger);
  if (cached) return cached;
  const spelled = new Map<string, string>();
  const alternatives: string[] = [];
  const prefixes: string[] = [];
  for (const keyword of Object.values(trigger.keywords).flat()) {
    const prefix = keyword.trimEnd().endsWith('*');
    const body = normaliseStatement(keyword.replace(/\*+\s*$/, ''));
    if (body === '') continue;
    spelled.set(body, keyword);
    if (prefix) prefixes.push(body);
    const escaped = body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A prefix keyword swallows the rest of the word, so the report shows what was matched on.
    alternatives.push(prefix ? `${escaped}[\\p{L}\\p{N}]*` : escaped);
  }
  // Longest first, so "late delivery" wins over "late" at the same position.
  alternatives.sort((a, b) => b.length - a.length);
  const result: CompiledTrigger = {
    keywords: alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : null,
    spelled,
    prefixes,
    orderId: trigger.orderIdPattern ? new RegExp(trigger.orderIdPattern) : null,
    tags: new Set(trigger.tags.map(normaliseTag)),
  };
  compiled.set(trigger, result);
  return result;
}

/** What a new complaint matched, as its ingest answer says: a playbook and why, or null and why none. */
export interface MatchExplanation {
  playbookId: string | null;
  reason: string;
}

export const NO_MATCH_REASON = "no playbook's keywords or sources matched";

/**
 * Why a new complaint went where it went, for the integration's logs and a triage screen. `chosen` is the
 * trigger match it was placed by (the best one with an open incident, else the best one).
 */
export function explainMatch(
  input: { incidentId?: string | undefined; playbookId?: string | undefined },
  placedPlaybookId: string | null,
  chosen: TriggerMatch | undefined,
): MatchExplanation {
  if (input.incidentId !== undefined) {
    return {
      playbookId: placedPlaybookId,
      reason: `attached to incident ${input.incidentId}, named in incidentId`,
    };
  }
  if (input.playbookId !== undefined) {
    return { playbookId: input.playbookId, reason: 'the playbook was named in playbookId' };
  }
  if (!chosen) return { playbookId: null, reason: NO_MATCH_REASON };
  const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`).join(', ');
  const parts = [
    ...(chosen.keywords.length > 0 ? [`keywords ${quoted(chosen.keywords)}`] : []),
    ...(chosen.tags.length > 0 ? [`tags ${quoted(chosen.tags)}`] : []),
  ];
  return { playbookId: chosen.playbookId, reason: `its trigger matched ${parts.join(' and ')}` };
}
