import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStatement } from '../../../src/domain/statements/statement.rules.ts';
import {
  checkTone,
  DEFAULT_TONE_PHRASES,
  withoutQuotes,
} from '../../../src/domain/statements/statement.tone.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';

const ALL = Object.values(DEFAULT_TONE_PHRASES).flat();
const reply = (text: string, playbook = makePlaybook()) =>
  checkStatement('reply', text, { playbook, previousStatements: [], field: 'body.text' });
const rules = (text: string) => reply(text).map((f) => f.rule);

describe('tone rule', () => {
  it('should refuse shouting in capitals and quote it', () => {
    const [failure] = reply('WE HAVE ALREADY SENT YOUR PARCEL, CHECK YOUR EMAIL');
    expect(failure?.rule).toBe('tone');
    expect(failure?.message).toContain('WE HAVE ALREADY SENT');
  });

  it('should refuse a shouted sentence inside a calm reply, in Polish too', () => {
    expect(
      rules('Dziękujemy za wiadomość. NIE MOŻEMY ZWRÓCIĆ PIENIĘDZY BEZ PARAGONU. Pozdrawiamy'),
    ).toContain('tone');
  });

  it('should refuse runs of ! or ? and quote them', () => {
    const [failure] = reply('We sent it yesterday!!! Did you check the tracking??');
    expect(failure?.message).toContain('!!!');
    expect(rules('Naprawdę?!')).toContain('tone');
  });

  it('should refuse dismissive phrases in en, pl and el, whatever the case and accents', () => {
    expect(rules('Please calm down, the parcel is on its way.')).toContain('tone');
    expect(rules('As we already said, the courier is late.')).toContain('tone');
    expect(rules('To nie nasz problem, proszę pisać do kuriera.')).toContain('tone');
    expect(rules('Uspokoj sie, paczka jest w drodze.')).toContain('tone');
    expect(rules('Ηρεμήστε, το δέμα έρχεται.')).toContain('tone');
  });

  it('should refuse phrases the playbook adds', () => {
    const playbook = makePlaybook({ statements: { tonePhrases: { en: ['good luck with that'] } } });
    expect(reply('Good luck with that.', playbook).map((f) => f.rule)).toContain('tone');
  });

  it('should let through the near misses: quoted customer words, a calm text about calm, brand names and order codes', () => {
    expect(rules('You wrote “THIS SHOP IS A SCAM!!!” and we understand why: we are sorry.')).toEqual([]);
    expect(rules('Cytujemy: „TO JEST SKANDAL!!!” – ma Pan rację, przepraszamy.')).toEqual([]);
    expect(rules('We want to stay calm and fix this for you today.')).toEqual([]);
    expect(rules('Your MEDIAEXPERT order PL-2026-ABCDEFGH is on its way, sorry for the wait.')).toEqual([]);
    expect(rules('Is the parcel there yet? Please let us know.')).toEqual([]);
  });

  it('should never find anything in quoted text alone', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).filter((s) => !s.includes('"')),
        (inner) => {
          expect(checkTone(`"${inner}"`, ALL)).toEqual([]);
          expect(withoutQuotes(`a "${inner}" b`)).toBe('a   b');
        },
      ),
    );
  });

  it('should not call lower-case text with an all-caps word shouting, however long', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('we', 'are', 'sorry', 'the', 'parcel', 'is', 'late', 'today'), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.constantFrom('MEDIAEXPERT', 'PL-2026-ABCDEFGH', 'DHL'),
        (words, loud) => {
          const text = [...words, loud, ...words].join(' ');
          expect(checkTone(text, []).filter((f) => f.kind === 'shouting')).toEqual([]);
        },
      ),
    );
  });
});

describe('blame aimed at the customer in other words', () => {
  it('should refuse the texts that passed before, in en and pl', () => {
    expect(
      rules(
        'Customers who entered a wrong address should check their order details before complaining here.',
      ),
    ).toContain('blame');
    expect(rules('You should have checked the size chart.')).toContain('blame');
    expect(rules('Please read the terms before ordering.')).toContain('blame');
    expect(rules('Zanim złożysz reklamację, przeczytaj regulamin.')).toContain('blame');
    expect(rules('Podał Pan błędny adres, dlatego paczka wróciła.')).toContain('blame');
    expect(rules('Klienci powinni sprawdzić dane przed zamówieniem.')).toContain('blame');
  });

  it('should let calm texts through where the company takes the blame', () => {
    expect(rules('We should have checked the labels ourselves: our mistake, sorry.')).toEqual([]);
    expect(rules('We entered a wrong address on the label, and we are fixing it.')).toEqual([]);
    expect(rules('Powinniśmy byli sprawdzić etykiety, to nasz błąd. Przepraszamy.')).toEqual([]);
    expect(rules('Wpisaliśmy błędny adres na etykiecie – naprawiamy to.')).toEqual([]);
  });
});
