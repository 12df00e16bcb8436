import { durationWords } from './duration-words.ts';
import type { enEngine } from './en-engine.ts';
import { plPlural, type TextsOf } from './template.ts';

/** What the engine writes by itself, in Polish. */
export const plEngine: TextsOf<typeof enEngine> = {
  'engine.threshold_title': (p) =>
    `${p.title}: ${p.count} ${plPlural(p.count, 'skarga', 'skargi', 'skarg')} w ciągu ${durationWords(p.within, 'pl')}`,
  'engine.threshold_summary': (p) =>
    `Otwarty automatycznie: w ciągu ${durationWords(p.within, 'pl')} wpłynęło ${p.threshold} ${plPlural(p.threshold, 'pasująca skarga', 'pasujące skargi', 'pasujących skarg')}.`,
};
