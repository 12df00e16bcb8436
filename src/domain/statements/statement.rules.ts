import { type FieldError, fieldError } from '../../errors.ts';
import { type Message, say } from '../messages/message.ts';
import type { Playbook } from '../playbooks/playbook.schema.ts';
import { DEFLECTION_PHRASES, NON_APOLOGY_PHRASES } from './statement.evasions.ts';
import {
  DEFAULT_APOLOGY_PHRASES,
  DEFAULT_BLAME_PHRASES,
  firstPhrase,
  normaliseStatement,
} from './statement.phrases.ts';
import { checkTone, DEFAULT_TONE_PHRASES, type ToneFinding } from './statement.tone.ts';

export { DEFAULT_APOLOGY_PHRASES, normaliseStatement };

/**
 * Rules a public statement (apology, admission, reply) must pass before it is published.
 * Pure functions: the caller supplies the playbook and the earlier statements.
 * @see /work/shared/seeds — "never use template answers", "do not be afraid to apologise publicly".
 */
export type StatementRule =
  | 'min_length'
  | 'apology_phrase'
  | 'non_apology'
  | 'blame'
  | 'tone'
  | 'canned'
  | 'channels';

/** The rules {@link checkStatement} applies to a statement of each kind, in the order it reports them. */
export const STATEMENT_KIND_RULES: Readonly<Record<'apology' | 'admission', readonly StatementRule[]>> = {
  apology: ['min_length', 'apology_phrase', 'non_apology', 'blame', 'tone', 'canned'],
  admission: ['min_length', 'non_apology', 'blame', 'tone', 'canned'],
};

/** One refused rule; `message` is written for the PR manager, not for a developer. */
export interface RuleFailure extends FieldError {
  rule: StatementRule;
}

const failure = (field: string, rule: StatementRule, message: Message): RuleFailure =>
  fieldError(field, rule, message) as RuleFailure;

/**
 * Similarity at or above which a statement counts as a re-used template. Measured on our samples: a template
 * re-sent with the customer's name and order number swapped scores 0.76 (an 18-word reply) to 0.85 (a
 * 30-word apology); the same sentence skeleton with the facts rewritten scores about 0.54; apologies written
 * separately for the same kind of crisis score below 0.25. 0.7 catches the first group with margin and leaves
 * honest rewrites alone. Case, punctuation and spacing changes score 1.
 */
export const CANNED_SIMILARITY_THRESHOLD = 0.7;

/** Below this a statement is a one-liner, not an apology, when the playbook sets no minimum. */
const FALLBACK_MIN_LENGTH = 40;
const QUOTE_LENGTH = 60;

/**
 * Similarity of two statements in 0..1: the Jaccard index of the sets of character trigrams of their
 * normalised texts (each text padded with a space at both ends, so one-word texts still yield trigrams).
 * Character trigrams, rather than word shingles, keep a template recognisable when only a name or an order
 * number is swapped: in a 15-word text, one swapped word changes 3 of 13 word 3-shingles (Jaccard ≈ 0.6) but
 * only ~10% of the trigrams. Two empty texts are identical (1); one empty text is unlike anything (0).
 */
export function statementSimilarity(a: string, b: string): number {
  return trigramJaccard(normaliseStatement(a), normaliseStatement(b));
}

/** {@link statementSimilarity} of two texts already normalised (or masked: see reply-canned.ts). */
export function trigramJaccard(na: string, nb: string): number {
  return jaccardTo(na, trigrams(na), nb);
}

/** {@link trigramJaccard} with the first text's trigrams already built (one text against many). */
function jaccardTo(na: string, ta: ReadonlySet<string>, nb: string): number {
  if (na === nb) return 1;
  if (na === '' || nb === '') return 0;
  const tb = trigrams(nb);
  let shared = 0;
  for (const gram of ta) if (tb.has(gram)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/**
 * Checks a statement before it is published.
 * - `apology`: min_length (option, else the playbook's `apologise.minStatementLength`), apology_phrase (in any
 *   playbook language: built-in phrases plus `statements.apologyPhrases`), blame, canned.
 * - `admission`: min_length (option, else `admit.minStatementLength`), blame, canned.
 * - `reply`: blame, canned by exact normalised match only. Replies are short and legitimately share
 *   wording ("we are checking, please send us a private message"), so fuzzy matching would refuse honest
 *   answers; re-posting the very same text is the template habit we want to stop.
 */
interface StatementCheck<P> {
  playbook: P;
  previousStatements: readonly string[];
  field: string;
  minLength?: number;
}

export function checkStatement(
  kind: 'apology' | 'admission',
  text: string,
  opts: StatementCheck<Playbook>,
): RuleFailure[];
/** A reply reads only the playbook's `statements` (a complaint outside any playbook has none). */
export function checkStatement(
  kind: 'reply',
  text: string,
  opts: StatementCheck<Pick<Playbook, 'statements'>>,
): RuleFailure[];
export function checkStatement(
  kind: 'apology' | 'admission' | 'reply',
  text: string,
  opts: StatementCheck<Pick<Playbook, 'statements'> & Partial<Playbook>>,
): RuleFailure[] {
  const { playbook, field } = opts;
  const failures: RuleFailure[] = [];
  if (kind !== 'reply' && playbook.stages) {
    const stage = kind === 'apology' ? playbook.stages.apologise : playbook.stages.admit;
    const min = opts.minLength ?? stage.minStatementLength ?? FALLBACK_MIN_LENGTH;
    const length = [...text.trim().replace(/\s+/g, ' ')].length;
    if (length < min) {
      failures.push(failure(field, 'min_length', say('statement.min_length', { what: kind, length, min })));
    }
  }
  const phrases = phraseListsOf(playbook);
  if (kind === 'apology' && firstPhrase(text, phrases.apology) === undefined) {
    failures.push(failure(field, 'apology_phrase', say('statement.apology_phrase', {})));
  }
  const evasion = firstPhrase(text, phrases.nonApology);
  if (evasion !== undefined) {
    failures.push(failure(field, 'non_apology', say('statement.non_apology', { phrase: evasion })));
  }
  const blame = firstPhrase(text, phrases.blame);
  if (blame !== undefined) {
    failures.push(failure(field, 'blame', say('statement.blame', { phrase: blame.replace(/\*$/, '…') })));
  }
  const deflection = firstPhrase(text, phrases.deflection);
  if (deflection !== undefined) {
    failures.push(failure(field, 'blame', say('statement.blame_other', { phrase: deflection })));
  }
  for (const finding of checkTone(text, phrases.tone)) {
    failures.push(failure(field, 'tone', toneMessage(finding)));
  }
  const earlier = findCanned(kind, text, opts.previousStatements);
  if (earlier !== undefined) {
    const key = kind === 'reply' ? 'statement.canned_reply' : 'statement.canned';
    failures.push(failure(field, 'canned', say(key, { quote: quote(earlier) })));
  }
  return failures;
}

/** Every channel in `required` must appear in `published` (case-insensitive). One failure listing the missing channels. */
export function checkChannels(
  published: readonly string[],
  required: readonly string[],
  field: string,
): RuleFailure[] {
  const have = new Set(published.map((channel) => channel.trim().toLowerCase()));
  const missing = [...new Set(required.map((channel) => channel.trim().toLowerCase()))].filter(
    (channel) => !have.has(channel),
  );
  if (missing.length === 0) return [];
  return [failure(field, 'channels', say('statement.channels', { missing }))];
}

/** What the PR manager reads: what was found, quoted, and how to say it calmly. */
function toneMessage(finding: ToneFinding): Message {
  const { quote } = finding;
  switch (finding.kind) {
    case 'shouting':
      return say('statement.shouting', { quote });
    case 'punctuation':
      return say('statement.punctuation', { quote });
    case 'phrase':
      return say('statement.dismissive', { quote });
  }
}

function trigrams(normalised: string): Set<string> {
  const chars = [...` ${normalised} `];
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  return grams;
}

/** The draft is normalised and split into trigrams once, not again for every earlier statement. */
function findCanned(kind: string, text: string, previous: readonly string[]): string | undefined {
  const normalised = normaliseStatement(text);
  if (kind === 'reply') return previous.find((earlier) => normaliseStatement(earlier) === normalised);
  const grams = trigrams(normalised);
  return previous.find(
    (earlier) => jaccardTo(normalised, grams, normaliseStatement(earlier)) >= CANNED_SIMILARITY_THRESHOLD,
  );
}

/** The start of a text for a message, on one line. */
export function quote(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length <= QUOTE_LENGTH ? flat : `${chars.slice(0, QUOTE_LENGTH).join('').trimEnd()}…`;
}

interface PhraseLists {
  apology: readonly string[];
  nonApology: readonly string[];
  blame: readonly string[];
  deflection: readonly string[];
  tone: readonly string[];
}

/** Per parsed playbook (stable per version in the registry), built on first use: a check reads, never rebuilds. */
const phraseLists = new WeakMap<object, PhraseLists>();

function phraseListsOf(playbook: Pick<Playbook, 'statements'> & Partial<Playbook>): PhraseLists {
  let lists = phraseLists.get(playbook);
  if (!lists) {
    const { statements } = playbook;
    lists = {
      apology: phrasesFor(DEFAULT_APOLOGY_PHRASES, statements.apologyPhrases, playbook.languages),
      // Like blaming the customer, evasions are refused in every language, whatever the playbook lists.
      nonApology: phrasesFor(NON_APOLOGY_PHRASES, {}),
      blame: phrasesFor(DEFAULT_BLAME_PHRASES, statements.blamePhrases),
      deflection: phrasesFor(DEFLECTION_PHRASES, {}),
      tone: phrasesFor(DEFAULT_TONE_PHRASES, statements.tonePhrases ?? {}),
    };
    phraseLists.set(playbook, lists);
  }
  return lists;
}

/** Built-in plus playbook phrases, for the given languages (all languages when none are given). */
function phrasesFor(
  defaults: Record<string, string[]>,
  extra: Record<string, string[]>,
  languages?: readonly string[],
): string[] {
  const langs = languages
    ? new Set([...languages, ...Object.keys(extra)])
    : new Set([...Object.keys(defaults), ...Object.keys(extra)]);
  return [...langs].flatMap((lang) => [...(defaults[lang] ?? []), ...(extra[lang] ?? [])]);
}
