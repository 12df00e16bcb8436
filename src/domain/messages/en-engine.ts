import { durationWords } from './duration-words.ts';
import { define } from './template.ts';

/** What the engine writes by itself (titles of incidents a threshold opens, system reasons), in English. */
export const enEngine = {
  'engine.threshold_title': define(
    { title: 'Lost or damaged order', count: 15, within: 'PT2H' },
    (p) => `${p.title}: ${p.count} complaints within ${durationWords(p.within, 'en')}`,
  ),
  'engine.threshold_summary': define(
    { threshold: 15, within: 'PT2H' },
    (p) =>
      `Opened automatically: ${p.threshold} matching complaints arrived within ${durationWords(p.within, 'en')}.`,
  ),
};
