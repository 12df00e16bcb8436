import { describe, expect, it } from 'vitest';
import { formField, isPlain, plainText, problemSentence, readProblem } from '../../../src/web/api/problem.ts';
import { setCurrentLang } from '../../../src/web/i18n/t.ts';

/** What the engine answered before its messages were cleaned (v1.1): API words in a Polish sentence. */
const APPROVAL_PROBLEM = {
  type: '/problems/invalid-evidence',
  status: 422,
  detail:
    'evidence.statement: Przy wadze critical ten playbook wymaga zatwierdzonego oświadczenia: przygotuj je przez POST /v1/incidents/{id}/statements, a potem podaj jego id jako evidence.statementId.',
  errors: [
    {
      field: 'evidence.statement',
      rule: 'approval_required',
      message: 'przez POST /v1/incidents/{id}/statements',
    },
  ],
};

describe('problems in plain words (src/web/api/problem.ts)', () => {
  it('should tell API words from plain ones', () => {
    for (const api of [
      'see POST /v1/incidents/{id}/statements',
      'evidence.statement: required',
      'body.value must be a string',
      'at most 1000 item(s)',
      'items[3].text is too long',
      'give its id as statementId',
      'kind must be free_shipping or gift',
      'Zdarzenie „close” nie jest przyjmowane w stanie „apologise”',
      'Incident 5f6f15b7-afb8-4977-b202-1950641bacae does not exist.',
    ])
      expect(isPlain(api), api).toBe(false);
    for (const plain of [
      'Przy krytycznej powadze jedna pozycja może być warta najwyżej 250.00 PLN.',
      'The text sounds dismissive (“calm down”): acknowledge the customer’s feelings instead.',
      'Publish it on Facebook and TikTok too.',
      'One item may be worth at most 250.00 PLN at critical severity.',
    ])
      expect(isPlain(plain), plain).toBe(true);
  });

  it('should take a raw severity or state code in a Polish sentence for an API word, not in English', () => {
    expect(isPlain('Przy wadze critical te przeprosiny musi zatwierdzić druga osoba.', 'pl')).toBe(false);
    expect(isPlain('Przy krytycznej wadze te przeprosiny musi zatwierdzić druga osoba.', 'pl')).toBe(true);
    expect(isPlain('At critical severity another person must approve it.', 'en')).toBe(true);
  });

  it("should fall back to the catalog's sentence for the code when the server's still has API words", () => {
    setCurrentLang('pl');
    expect(plainText('To pole jest wymagane.', 'required')).toBe('To pole jest wymagane.');
    expect(plainText('evidence.statement is required', 'required')).toBe('To pole jest wymagane.');
    expect(plainText('see /v1/…', 'no_such_code')).toBe(
      'Silnik tego nie przyjął. Sprawdź formularz i spróbuj ponownie.',
    );
    const p = readProblem(APPROVAL_PROBLEM);
    expect(p.errors[0]?.code).toBe('approval_required');
    expect(problemSentence(p)).toMatch(/^Przy tej ważności oświadczenie musi zatwierdzić druga osoba/);
    setCurrentLang('en');
    expect(
      problemSentence(
        readProblem({
          type: '/problems/event-not-allowed',
          status: 409,
          detail: 'Event "close" in "apologise"',
        }),
      ),
    ).toBe('That step is not possible at the incident’s current stage.');
  });

  it("should read a field's JSON path as the form's own field", () => {
    expect(formField('evidence.statement')).toBe('statement');
    expect(formField('body.value')).toBe('value');
    expect(formField('evidence.customerAtFault.summary')).toBe('customerAtFault');
    expect(formField('evidence.actions.0.owner')).toBe('actions');
    expect(formField('body.evidence.changes[1].dueAt')).toBe('changes');
    expect(formField('dueAt')).toBe('dueAt');
  });

  it('should prefer the code of v1.2 errors to the rule, and keep their params', () => {
    const p = readProblem({
      status: 422,
      errors: [
        { field: 'body.text', rule: 'min_length', code: 'too_short', message: 'x', params: { min: 120 } },
      ],
    });
    expect(p.errors).toEqual([{ field: 'body.text', code: 'too_short', message: 'x', params: { min: 120 } }]);
  });

  it("should fill a code's sentence with the error's params, and say it without them when they are missing", () => {
    setCurrentLang('en');
    const over = 'evidence.offer.value: over the ceiling of the playbook';
    expect(plainText(over, 'ceiling', { severity: 'critical', ceiling: '250.00', currency: 'PLN' })).toBe(
      'One customer may receive at most 250.00 PLN at this severity: offer less, or raise the severity first if the crisis has grown.',
    );
    expect(plainText(over, 'ceiling')).toBe('That is more than one customer may receive at this severity.');
  });
});
