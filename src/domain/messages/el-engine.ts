import { durationWords } from './duration-words.ts';
import type { enEngine } from './en-engine.ts';
import type { TextsOf } from './template.ts';

/** What the engine writes by itself, in Greek. */
export const elEngine: TextsOf<typeof enEngine> = {
  'engine.threshold_title': (p) =>
    `${p.title}: ${p.count} ${p.count === 1 ? 'παράπονο' : 'παράπονα'} μέσα σε ${durationWords(p.within, 'el')}`,
  'engine.threshold_summary': (p) =>
    `Άνοιξε αυτόματα: ${p.threshold} σχετικά παράπονα έφτασαν μέσα σε ${durationWords(p.within, 'el')}.`,
};
