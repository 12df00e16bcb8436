import { normaliseStatement } from '../statements/statement.phrases.ts';

/**
 * A playbook's topic keywords: topic → language → keywords (the playbook's `topics` field). A keyword is
 * a word or a phrase; a trailing `*` makes its last word a prefix (`kurier*` matches kurier, kuriera,
 * kurierzy). Case, diacritics and punctuation never matter (the statement rules' normalisation).
 */
export type TopicKeywords = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

interface Keyword {
  body: string;
  prefix: boolean;
  topic: string;
}

interface CompiledLanguage {
  /**
   * Finds, without consuming, every word start whose first two characters may begin some keyword: two
   * character classes per word, so the cost stays flat as playbooks add keywords (an alternation of every
   * keyword tries each one at every word; at today's 130 Polish keywords both measured ~6 µs a complaint).
   */
  starts: RegExp;
  /** The keywords by their first two characters (code points), checked only where a word starts so. */
  byStart: ReadonlyMap<string, readonly Keyword[]>;
  /** One-letter keywords (after normalisation), checked at every hit. */
  short: readonly Keyword[];
}

interface CompiledTopics {
  byLanguage: ReadonlyMap<string, CompiledLanguage>;
  /** Every language's keywords together: for `und` and for languages the playbook has none in. */
  all: CompiledLanguage | null;
}

// Parsed playbooks are never mutated, so their `topics` object is a safe key: compiled once per version.
const compiled = new WeakMap<TopicKeywords, CompiledTopics>();

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How many leading characters index the keywords (a one-letter keyword is indexed by its one). */
const START = 2;

/**
 * The topics of a complaint's text, sorted: those with a keyword that occurs in it as whole words (a
 * prefix keyword's last word may go on). `language` (as detected at ingest) picks that language's
 * keywords; `und`, or a language the topics have no keyword in, uses every language's.
 */
export function assignTopics(topics: TopicKeywords | undefined, text: string, language: string): string[] {
  if (!topics) return [];
  const c = compileTopics(topics);
  const lang = c.byLanguage.get(language) ?? c.all;
  if (!lang) return [];
  const normalised = normaliseStatement(text);
  const found = new Set<string>();
  for (const m of normalised.matchAll(lang.starts)) {
    const at = m.index;
    for (const list of [lang.byStart.get(m[1] ?? ''), lang.short]) {
      for (const k of list ?? []) {
        if (found.has(k.topic) || !normalised.startsWith(k.body, at)) continue;
        // An exact keyword must end where a word ends: "late" is not found in "later".
        if (k.prefix || !WORD_CHAR.test(normalised.charAt(at + k.body.length))) found.add(k.topic);
      }
    }
  }
  return [...found].sort();
}

/**
 * Several playbooks' topics as one (a topic's keywords in a language are the union of theirs): what a
 * complaint no playbook claims is matched against.
 */
export function mergeTopics(list: readonly (TopicKeywords | undefined)[]): TopicKeywords {
  const merged: Record<string, Record<string, string[]>> = {};
  for (const topics of list) {
    for (const [topic, byLanguage] of Object.entries(topics ?? {})) {
      const into = merged[topic] ?? {};
      merged[topic] = into;
      for (const [language, keywords] of Object.entries(byLanguage)) {
        into[language] = [...new Set([...(into[language] ?? []), ...keywords])];
      }
    }
  }
  return merged;
}

/** Compiles the keywords once per topics object: one regular expression per language and one for all. */
export function compileTopics(topics: TopicKeywords): CompiledTopics {
  const cached = compiled.get(topics);
  if (cached) return cached;
  const perLanguage = new Map<string, Keyword[]>();
  for (const [topic, byLanguage] of Object.entries(topics)) {
    for (const [language, keywords] of Object.entries(byLanguage)) {
      const list = perLanguage.get(language) ?? [];
      for (const keyword of keywords) {
        const body = normaliseStatement(keyword.replace(/\*+\s*$/, ''));
        if (body !== '') list.push({ body, prefix: /\*\s*$/.test(keyword), topic });
      }
      perLanguage.set(language, list);
    }
  }
  const byLanguage = new Map<string, CompiledLanguage>();
  for (const [language, keywords] of perLanguage) {
    const c = compileLanguage(keywords);
    if (c) byLanguage.set(language, c);
  }
  const result = { byLanguage, all: compileLanguage([...perLanguage.values()].flat()) };
  compiled.set(topics, result);
  return result;
}

function compileLanguage(keywords: readonly Keyword[]): CompiledLanguage | null {
  if (keywords.length === 0) return null;
  const byStart = new Map<string, Keyword[]>();
  const short: Keyword[] = [];
  for (const k of keywords) {
    const start = [...k.body].slice(0, START);
    if (start.length < START) short.push(k);
    else byStart.set(start.join(''), [...(byStart.get(start.join('')) ?? []), k]);
  }
  const escapeInClass = (c: string) => c.replace(/[\\\]^-]/g, '\\$&');
  const nth = (i: number) =>
    [...new Set(keywords.map((k) => [...k.body][i] ?? ''))].map(escapeInClass).join('');
  const [firsts, seconds] = [nth(0), nth(1)];
  // A one-letter keyword has no second character: the word may then end (or go on) after the first.
  const second = short.length > 0 ? `(?:[${seconds}]|)` : `[${seconds}]`;
  // Zero-width, so a keyword inside another's match ("delivery" in "late delivery") is still found; the
  // capture is the word's first two characters, the key of the keywords to check there.
  return { starts: new RegExp(`(?<![\\p{L}\\p{N}])(?=([${firsts}]${second}))`, 'gu'), byStart, short };
}
