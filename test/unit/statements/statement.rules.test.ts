import { describe, expect, it } from 'vitest';
import { type Playbook, PlaybookSchema, STAGES } from '../../../src/domain/playbooks/playbook.schema.ts';
import {
  CANNED_SIMILARITY_THRESHOLD,
  checkChannels,
  checkStatement,
  DEFAULT_APOLOGY_PHRASES,
  normaliseStatement,
  statementSimilarity,
} from '../../../src/domain/statements/statement.rules.ts';

function makePlaybook(overrides: Record<string, unknown> = {}): Playbook {
  const guidance = { principles: ['Stay calm.'], checks: ['Answered every complaint?'] };
  const stage = (minStatementLength?: number) => ({
    deadlines: { low: 'P2D', medium: 'P1D', high: 'PT8H', critical: 'PT2H' },
    guidance: { en: guidance, pl: guidance, el: guidance },
    ...(minStatementLength ? { minStatementLength } : {}),
  });
  const stages = Object.fromEntries(
    STAGES.map((s) => [s, stage(s === 'apologise' || s === 'admit' ? 60 : undefined)]),
  );
  return PlaybookSchema.parse({
    id: 'test-playbook',
    title: 'Test',
    description: 'A playbook for rule tests',
    languages: ['en', 'pl', 'el'],
    severities: {
      low: { description: 'l' },
      medium: { description: 'm' },
      high: { description: 'h' },
      critical: { description: 'c' },
    },
    stages,
    compensation: {
      ceilings: {
        low: { amount: 20, currency: 'PLN' },
        medium: { amount: 50, currency: 'PLN' },
        high: { amount: 150, currency: 'PLN' },
        critical: { amount: 500, currency: 'PLN' },
      },
    },
    firstReply: { deadlines: { low: 'PT4H', medium: 'PT2H', high: 'PT1H', critical: 'PT30M' } },
    monitoring: { watchWindow: 'P7D' },
    ...overrides,
  });
}

const playbook = makePlaybook();
const base = { playbook, previousStatements: [], field: 'evidence.statement' };
const rules = (failures: { rule: string }[]) => failures.map((f) => f.rule);

const EN_APOLOGY =
  'We are sorry that so many of your parcels arrived late this week. Our courier missed two pickups and we did not warn you.';
const PL_APOLOGY =
  'Przepraszamy wszystkich, których paczki dotarły z opóźnieniem. Kurier nie odebrał przesyłek z magazynu, a my nie uprzedziliśmy Was o tym.';
const EL_APOLOGY =
  'Ζητούμε Συγγνώμη από όλους τους πελάτες που περίμεναν την παραγγελία τους. Η αποθήκη μας καθυστέρησε τις αποστολές.';

describe('normaliseStatement', () => {
  it('should ignore case, punctuation, accents and extra whitespace', () => {
    expect(normaliseStatement('  Przepraszamy!!  Zawiedliśmy   Was… ')).toBe('przepraszamy zawiedlismy was');
    expect(normaliseStatement('ΣΥΓΓΝΏΜΗ, φίλοι')).toBe('συγγνωμη φιλοι');
  });

  it('should fold full-width and compatibility characters (NFKC)', () => {
    expect(normaliseStatement('ＳＯＲＲＹ')).toBe('sorry');
  });
});

describe('checkStatement: min_length', () => {
  it('should accept an apology that reaches the stage minimum length', () => {
    expect(checkStatement('apology', EN_APOLOGY, base)).toEqual([]);
  });

  it('should refuse an apology shorter than the stage minimum length', () => {
    const failures = checkStatement('apology', 'Sorry for the delay.', base);
    expect(failures).toEqual([
      expect.objectContaining({
        rule: 'min_length',
        field: 'evidence.statement',
        message: expect.stringContaining('at least 60'),
      }),
    ]);
  });

  it('should let the caller override the minimum length', () => {
    expect(checkStatement('apology', 'Sorry for the delay.', { ...base, minLength: 10 })).toEqual([]);
  });

  it('should refuse a Polish admission that is too short', () => {
    expect(rules(checkStatement('admission', 'Zawiódł magazyn.', base))).toEqual(['min_length']);
  });

  it('should not apply a minimum length to replies', () => {
    expect(checkStatement('reply', 'Sprawdzamy, napiszemy na priv.', base)).toEqual([]);
  });
});

describe('checkStatement: apology_phrase', () => {
  it('should accept an English apology saying sorry', () => {
    expect(rules(checkStatement('apology', EN_APOLOGY, base))).toEqual([]);
  });

  it('should accept "we apologise" and "our apologies"', () => {
    const text = 'We apologise to every customer whose order was delayed by the warehouse outage on Monday.';
    expect(checkStatement('apology', text, base)).toEqual([]);
    const text2 =
      'Our apologies to every customer whose order was delayed by the warehouse outage on Monday.';
    expect(checkStatement('apology', text2, base)).toEqual([]);
  });

  it('should accept a Polish apology with an inflected form (przeprosiny)', () => {
    expect(checkStatement('apology', PL_APOLOGY, base)).toEqual([]);
    const text =
      'Należą się Wam przeprosiny: paczki utknęły w sortowni, a my przez dwa dni nie odpowiadaliśmy na pytania.';
    expect(checkStatement('apology', text, base)).toEqual([]);
  });

  it('should accept a Greek apology, with or without accents', () => {
    expect(checkStatement('apology', EL_APOLOGY, base)).toEqual([]);
    expect(checkStatement('apology', EL_APOLOGY.replace('Συγγνώμη', 'ΣΥΓΝΩΜΗ'), base)).toEqual([]);
  });

  it('should refuse an apology that never apologises', () => {
    const text =
      'We regret any inconvenience caused by the delays. Our courier is working to deliver all parcels soon.';
    const failures = checkStatement('apology', text, base);
    expect(failures).toEqual([
      expect.objectContaining({
        field: 'evidence.statement',
        rule: 'apology_phrase',
        message:
          'The apology never actually apologises: use a phrase such as “we are sorry” or “przepraszamy”.',
      }),
      // "any inconvenience" is the classic non-apology (v1.2).
      expect.objectContaining({ rule: 'non_apology' }),
    ]);
  });

  it('should refuse a Polish statement that only regrets without apologising', () => {
    const text =
      'Informujemy, że dostawy mogą być opóźnione z powodu problemów u przewoźnika. Pracujemy nad tym.';
    expect(rules(checkStatement('apology', text, base))).toEqual(['apology_phrase']);
  });

  it('should not match a phrase inside a longer word', () => {
    const text =
      'The sorryness of the situation is clear to us and our courier will deliver every parcel by Friday.';
    expect(rules(checkStatement('apology', text, base))).toEqual(['apology_phrase']);
  });

  it('should accept phrases the playbook adds, and ignore languages the playbook does not use', () => {
    const custom = makePlaybook({ statements: { apologyPhrases: { en: ['our bad'] } } });
    const text =
      'Our bad: we shipped the wrong colour to everyone who ordered on Monday and we are fixing it today.';
    expect(checkStatement('apology', text, { ...base, playbook: custom })).toEqual([]);
    const enPl = makePlaybook({
      languages: ['en', 'pl'],
      stages: Object.fromEntries(
        STAGES.map((s) => [
          s,
          {
            ...playbook.stages[s],
            guidance: { en: playbook.stages[s].guidance.en!, pl: playbook.stages[s].guidance.pl! },
          },
        ]),
      ),
    });
    expect(rules(checkStatement('apology', EL_APOLOGY, { ...base, playbook: enPl }))).toEqual([
      'apology_phrase',
    ]);
  });

  it('should not ask an admission to apologise', () => {
    const text = 'The delay was our fault: we changed courier without testing the new pickup schedule first.';
    expect(checkStatement('admission', text, base)).toEqual([]);
  });

  it('should ship default phrases for en, pl and el', () => {
    expect(Object.keys(DEFAULT_APOLOGY_PHRASES).sort()).toEqual(['el', 'en', 'pl']);
  });
});

describe('checkStatement: blame', () => {
  it('should refuse an apology that blames the customer', () => {
    const text = `${EN_APOLOGY} However, you should have checked the tracking page before writing.`;
    const failures = checkStatement('apology', text, base);
    expect(failures).toEqual([
      expect.objectContaining({ rule: 'blame', message: expect.stringContaining('you should have') }),
    ]);
  });

  it('should refuse a Polish statement that blames the customer, in any case', () => {
    const text = `${PL_APOLOGY} To jednak Pana wina, że podał Pan zły adres.`;
    expect(rules(checkStatement('apology', text, base))).toEqual(['blame']);
  });

  it('should catch inflected Polish blame such as "nie przeczytała"', () => {
    expect(rules(checkStatement('reply', 'Pani nie przeczytała regulaminu sklepu.', base))).toEqual([
      'blame',
    ]);
  });

  it('should refuse a reply that blames the customer', () => {
    expect(rules(checkStatement('reply', 'This is user error, please read the manual.', base))).toEqual([
      'blame',
    ]);
  });

  it('should refuse blame phrases the playbook adds', () => {
    const custom = makePlaybook({ statements: { blamePhrases: { pl: ['sam sobie winien'] } } });
    const failures = checkStatement('reply', 'Klient sam sobie winien.', { ...base, playbook: custom });
    expect(rules(failures)).toEqual(['blame']);
  });

  it('should accept a statement where the company takes the blame', () => {
    const text = 'To nasza wina: zmieniliśmy przewoźnika bez sprawdzenia, czy zdąży odebrać paczki na czas.';
    expect(checkStatement('admission', text, base)).toEqual([]);
  });
});

describe('checkStatement: canned', () => {
  const earlier =
    'Dear Anna, we are sorry that your order 12345 arrived late. Our courier partner had a backlog and we did not warn you in time.';

  it('should refuse an apology copied from another incident with case, punctuation and spacing changed', () => {
    const copy = `  dear ANNA we are sorry   that your order 12345 arrived late! our courier partner had a backlog, and we did not warn you in time `;
    const failures = checkStatement('apology', copy, {
      ...base,
      previousStatements: ['Something else entirely, sorry.', earlier],
    });
    expect(failures).toEqual([
      expect.objectContaining({
        rule: 'canned',
        message: expect.stringContaining('“Dear Anna, we are sorry that your order 12345 arrived'),
      }),
    ]);
  });

  it('should refuse a template where only the name and order number were swapped', () => {
    const template = earlier.replace('Anna', 'Piotr').replace('12345', '98765');
    expect(statementSimilarity(template, earlier)).toBeGreaterThanOrEqual(CANNED_SIMILARITY_THRESHOLD);
    expect(rules(checkStatement('apology', template, { ...base, previousStatements: [earlier] }))).toEqual([
      'canned',
    ]);
  });

  it('should accept a genuinely different apology', () => {
    const text =
      'We apologise to everyone whose parcel was delayed this week. A warehouse system failure held back shipments for two days.';
    expect(statementSimilarity(text, earlier)).toBeLessThan(0.3);
    expect(checkStatement('apology', text, { ...base, previousStatements: [earlier] })).toEqual([]);
  });

  it('should refuse a Polish admission copied without diacritics', () => {
    const pl =
      'Zawiódł nasz magazyn: przez awarię systemu paczki czekały dwa dni, a my nie poinformowaliśmy Was na czas.';
    const copy =
      'Zawiodl nasz magazyn - przez awarie systemu paczki czekaly dwa dni, a my nie poinformowalismy Was na czas';
    expect(rules(checkStatement('admission', copy, { ...base, previousStatements: [pl] }))).toEqual([
      'canned',
    ]);
  });

  it('should refuse a reply only when it repeats an earlier reply word for word', () => {
    const reply = 'Przepraszamy, sprawdzamy to i odezwiemy się w wiadomości prywatnej.';
    const previousStatements = [reply.toUpperCase()];
    expect(rules(checkStatement('reply', `${reply}!`, { ...base, previousStatements }))).toEqual(['canned']);
    const similar = 'Przepraszamy, sprawdzamy to i odezwiemy się jeszcze dziś w wiadomości prywatnej.';
    expect(checkStatement('reply', similar, { ...base, previousStatements })).toEqual([]);
  });

  it('should score similarity in 0..1, symmetric, 1 for identical texts', () => {
    expect(statementSimilarity('abc def', 'abc def')).toBe(1);
    expect(statementSimilarity('', 'abc')).toBe(0);
    const a = 'we are sorry for the delay';
    const b = 'the parcel is lost';
    expect(statementSimilarity(a, b)).toBe(statementSimilarity(b, a));
    // They share " th", "the" and "he ": some similarity, far from a copy.
    expect(statementSimilarity(a, b)).toBeGreaterThan(0);
    expect(statementSimilarity(a, b)).toBeLessThan(0.2);
    // " abc " and " abd ": 3 trigrams each, " ab" shared: 1 / (3 + 3 - 1).
    expect(statementSimilarity('abc', 'abd')).toBeCloseTo(1 / 5, 10);
    expect(statementSimilarity('abc', 'xyz')).toBe(0);
  });
});

describe('checkChannels', () => {
  it('should accept a statement published on every required channel, ignoring case', () => {
    expect(
      checkChannels(['Facebook', 'instagram', 'x'], ['facebook', 'Instagram'], 'evidence.channels'),
    ).toEqual([]);
  });

  it('should refuse with one failure listing every missing channel', () => {
    const failures = checkChannels(['facebook'], ['facebook', 'instagram', 'tiktok'], 'evidence.channels');
    expect(failures).toEqual([
      expect.objectContaining({
        field: 'evidence.channels',
        rule: 'channels',
        message: expect.stringContaining('missing Instagram, TikTok'),
      }),
    ]);
  });

  it('should accept when nothing is required', () => {
    expect(checkChannels([], [], 'evidence.channels')).toEqual([]);
  });
});
