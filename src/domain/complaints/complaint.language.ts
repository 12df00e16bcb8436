import { franc } from 'franc';

/**
 * The languages a complaint may be detected in (ISO 639-3, as franc names them): the desk's own three
 * (en, pl, el) and the neighbours a European shop hears from. Restricting franc to these keeps short texts
 * from landing in languages nobody answers in (unrestricted, a Polish sentence often comes out Slovak or
 * Czech) and makes detection ~20× cheaper than trying all 187. Czech and Slovak stay out on purpose: they
 * are the ones that steal short Polish texts.
 */
export const DETECTED_LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'en',
  pol: 'pl',
  ell: 'el',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  ukr: 'uk',
  rus: 'ru',
};
const CANDIDATES = Object.keys(DETECTED_LANGUAGES);

/** Below this many characters (after trimming) a text is too short to tell: `und`. */
export const MIN_DETECTABLE_LENGTH = 20;

/** Longest prefix looked at: more text costs time and never changes the answer of a complaint. */
const SAMPLE_LENGTH = 1000;

/**
 * The language of a complaint as an ISO 639-1 code, or `und` when the text is too short or unclear.
 * Pure and synchronous: ingest calls it for every item of a batch (500 take a few milliseconds).
 */
export function detectLanguage(text: string): string {
  const sample = text.trim().slice(0, SAMPLE_LENGTH);
  if ([...sample].length < MIN_DETECTABLE_LENGTH) return 'und';
  const code = franc(sample, { only: CANDIDATES, minLength: MIN_DETECTABLE_LENGTH });
  return DETECTED_LANGUAGES[code] ?? code;
}
