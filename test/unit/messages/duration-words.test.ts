import { describe, expect, it } from 'vitest';
import { durationWords } from '../../../src/domain/messages/duration-words.ts';
import { say, translator } from '../../../src/domain/messages/message.ts';

describe('durations and the engine’s own titles in words', () => {
  it.each([
    ['PT2H', 'pl', '2 godz.'],
    ['P1DT12H', 'pl', '1 dzień 12 godz.'],
    ['P14D', 'pl', '14 dni'],
    ['PT30M', 'pl', '30 min'],
    ['PT2H', 'en', '2 hours'],
    ['PT1H', 'en', '1 hour'],
    ['P1W', 'el', '1 εβδομάδα'],
  ] as const)('should say %s in %s as %j', (iso, language, words) => {
    expect(durationWords(iso, language)).toBe(words);
  });

  it('should title an incident a threshold opened without any ISO duration', () => {
    const title = translator('pl').t(
      say('engine.threshold_title', {
        title: 'Zgubione lub uszkodzone zamówienie',
        count: 15,
        within: 'PT2H',
      }),
    );
    expect(title).toBe('Zgubione lub uszkodzone zamówienie: 15 skarg w ciągu 2 godz.');
  });
});
