import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assignTopics,
  mergeTopics,
  type TopicKeywords,
} from '../../../src/domain/complaints/complaint.topics.ts';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { normaliseStatement } from '../../../src/domain/statements/statement.phrases.ts';
import { loadPlaybooks } from '../../../src/services/playbook-loader.ts';

const topics: TopicKeywords = {
  courier: { en: ['courier*', 'driver'], pl: ['kurier*', 'paczkomat*'] },
  delivery: { en: ['late delivery', 'parcel*'], pl: ['dostaw*', 'przesyłk*', 'nie dotarł*'] },
  refund: { en: ['refund*', 'money back'], pl: ['zwrot*', 'zwróć*'] },
  safety: { el: ['επικίνδυν*'] },
};

describe('assignTopics', () => {
  it('should match inflected Polish by its stem, whatever the case and diacritics', () => {
    expect(assignTopics(topics, 'KURIERZY znowu zgubili PRZESYŁKĘ, proszę o ZWROT pieniędzy', 'pl')).toEqual([
      'courier',
      'delivery',
      'refund',
    ]);
    expect(assignTopics(topics, 'przesylke zostawil kurierem bez ogonkow', 'pl')).toEqual([
      'courier',
      'delivery',
    ]);
    expect(assignTopics(topics, 'Zwróćcie mi pieniądze', 'pl')).toEqual(['refund']);
  });

  it('should match whole words only unless the keyword ends in *', () => {
    expect(assignTopics(topics, 'the drivers were fine', 'en')).toEqual([]);
    expect(assignTopics(topics, 'our driver, again!', 'en')).toEqual(['courier']);
    expect(assignTopics(topics, 'the couriers lost three parcels', 'en')).toEqual(['courier', 'delivery']);
  });

  it('should match phrases across punctuation and find a keyword inside a longer match', () => {
    expect(assignTopics(topics, 'Late-delivery... and no money   back!', 'en')).toEqual([
      'delivery',
      'refund',
    ]);
    const overlapping: TopicKeywords = { late: { en: ['late delivery'] }, delivery: { en: ['delivery'] } };
    expect(assignTopics(overlapping, 'a late delivery', 'en')).toEqual(['delivery', 'late']);
  });

  it("should use the complaint's language only, and every language for und or one without keywords", () => {
    // "parcel" is an English keyword: a Polish complaint does not get it from English.
    expect(assignTopics(topics, 'parcel przyszła za późno', 'pl')).toEqual([]);
    expect(assignTopics(topics, 'parcel kurier', 'und')).toEqual(['courier', 'delivery']);
    // No German keywords anywhere: every language's apply.
    expect(assignTopics(topics, 'Der Kurier kam nie, refund bitte', 'de')).toEqual(['courier', 'refund']);
    expect(assignTopics(topics, 'Πολύ ΕΠΙΚΊΝΔΥΝΟ προϊόν', 'el')).toEqual(['safety']);
  });

  it('should match letters outside the basic plane and one-letter keywords', () => {
    const rare: TopicKeywords = { rare: { und: ['𠀀𠀁*'] }, single: { und: ['x'] } };
    expect(assignTopics(rare, 'a 𠀀𠀁𠀂 b', 'und')).toEqual(['rare']);
    expect(assignTopics(rare, 'plan x now', 'und')).toEqual(['single']);
    expect(assignTopics(rare, 'xylophone', 'und')).toEqual([]);
  });

  it('should give no topics without keywords', () => {
    expect(assignTopics(undefined, 'courier refund', 'en')).toEqual([]);
    expect(assignTopics({}, 'courier refund', 'en')).toEqual([]);
  });
});

describe('mergeTopics', () => {
  it("should unite the playbooks' keywords per topic and language", () => {
    const merged = mergeTopics([
      { refund: { en: ['refund*'] } },
      undefined,
      { refund: { en: ['money back'], pl: ['zwrot*'] }, data: { en: ['leak*'] } },
    ]);
    expect(merged).toEqual({
      refund: { en: ['refund*', 'money back'], pl: ['zwrot*'] },
      data: { en: ['leak*'] },
    });
    expect(assignTopics(merged, 'a data leak and my money back', 'en')).toEqual(['data', 'refund']);
  });
});

describe('the shipped playbooks', () => {
  let shipped: Playbook[] = [];
  beforeAll(async () => {
    shipped = (await loadPlaybooks(join(import.meta.dirname, '../../../playbooks'))).map((l) => l.playbook);
  });
  const of = (id: string) => shipped.find((p) => p.id === id)?.topics;

  it('should each set topics in every language of the playbook', () => {
    for (const p of shipped) {
      expect(Object.keys(p.topics ?? {}).length, p.id).toBeGreaterThan(2);
      for (const byLanguage of Object.values(p.topics ?? {})) {
        for (const language of ['en', 'pl']) expect(byLanguage[language], p.id).toBeDefined();
      }
    }
  });

  it('should find the topics of real-looking complaints', () => {
    expect(
      assignTopics(
        of('delivery-delay'),
        'Kurier nie przyjechał, a paczka miała być wczoraj. Zero informacji!',
        'pl',
      ),
    ).toEqual(['communication', 'courier', 'delivery']);
    expect(
      assignTopics(
        of('lost-or-damaged-order'),
        'Box arrived crushed and the vase was smashed, I want a refund',
        'en',
      ),
    ).toEqual(['damage', 'packaging', 'refund']);
    expect(assignTopics(of('defective-product'), 'Ładowarka się przegrzewa i zapaliła', 'pl')).toEqual([
      'safety',
    ]);
    expect(
      assignTopics(
        of('payment-or-data-incident'),
        'Pobraliście dwa razy z karty, a teraz wyciek danych?',
        'pl',
      ),
    ).toEqual(['data', 'payment']);
    expect(assignTopics(of('social-media-backlash'), 'Διαγράψατε το σχόλιό μου, λογοκρισία!', 'el')).toEqual([
      'moderation',
    ]);
  });
});

// A reference model: split the normalised text into words and look for each keyword's words in a row.
function reference(t: TopicKeywords, text: string): string[] {
  const words = normaliseStatement(text).split(' ');
  const found = new Set<string>();
  for (const [topic, byLanguage] of Object.entries(t)) {
    for (const keyword of Object.values(byLanguage).flat()) {
      const prefix = keyword.endsWith('*');
      const kw = normaliseStatement(keyword.replace(/\*$/, '')).split(' ');
      if (kw.join('') === '') continue;
      for (let i = 0; i + kw.length <= words.length; i++) {
        const ok = kw.every((w, j) =>
          j === kw.length - 1 && prefix ? words[i + j]!.startsWith(w) : words[i + j] === w,
        );
        if (ok) found.add(topic);
      }
    }
  }
  return [...found].sort();
}

describe('assignTopics (properties)', () => {
  const word = fc.stringMatching(/^[a-cąćł]{1,4}$/);
  const keyword = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 2 }), fc.boolean())
    .map(([ws, prefix]) => `${ws.join(' ')}${prefix ? '*' : ''}`);
  const topicKeywords: fc.Arbitrary<TopicKeywords> = fc.dictionary(
    fc.constantFrom('a_topic', 'b_topic', 'c_topic'),
    fc.record({ pl: fc.array(keyword, { minLength: 1, maxLength: 4 }) }),
  );
  const text = fc
    .array(fc.tuple(word, fc.constantFrom(' ', ', ', '! ', ' - ')), { maxLength: 12 })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
  const shout = (s: string) => s.toUpperCase().replace(/ą/g, 'Ą').replace(/ł/g, 'Ł');

  it('should find exactly the topics whose keywords occur as words in a row', () => {
    fc.assert(
      fc.property(topicKeywords, text, (t, s) => {
        expect(assignTopics(t, s, 'pl')).toEqual(reference(t, s));
      }),
      { numRuns: 500 },
    );
  });

  it('should not care about case, diacritics or the detected language being und', () => {
    fc.assert(
      fc.property(topicKeywords, text, (t, s) => {
        const plain = s.replace(/ą/g, 'a').replace(/ć/g, 'c').replace(/ł/g, 'l');
        expect(assignTopics(t, shout(s), 'und')).toEqual(assignTopics(t, s, 'pl'));
        expect(assignTopics(t, plain, 'pl')).toEqual(assignTopics(t, s, 'pl'));
      }),
    );
  });
});
