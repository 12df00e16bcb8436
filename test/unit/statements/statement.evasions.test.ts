import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { checkStatement } from '../../../src/domain/statements/statement.rules.ts';
import { loadPlaybooks } from '../../../src/services/playbook-loader.ts';

let playbook: Playbook;
beforeAll(async () => {
  const shipped = await loadPlaybooks(join(import.meta.dirname, '../../../playbooks'));
  playbook = shipped.find((p) => p.playbook.id === 'lost-or-damaged-order')!.playbook;
});

const rulesOf = (text: string) =>
  checkStatement('apology', text, { playbook, previousStatements: [], field: 'body.text' }).map((f) => [
    f.rule,
    f.say.key,
  ]);

const BODY = ' Paczki z 5 grudnia utknęły w sortowni; każdą odnajdujemy i wysyłamy jutro.';

describe('the non-apology and shifting the blame (v1.2)', () => {
  it.each([
    ['We apologize for any inconvenience caused.', 'statement.non_apology'],
    ['Przepraszamy za ewentualne niedogodności.', 'statement.non_apology'],
    ['Przepraszamy, jeśli ktoś poczuł się urażony.', 'statement.non_apology'],
    ['We are sorry if anyone was upset by the delay.', 'statement.non_apology'],
    ['Λυπούμαστε για τυχόν ταλαιπωρία.', 'statement.non_apology'],
    ['Przepraszamy. To wina firmy kurierskiej, nie mieliśmy na to wpływu.', 'statement.blame_other'],
    ['Przepraszamy, ale to wina kuriera.', 'statement.blame_other'],
    ['We are sorry, but this was beyond our control.', 'statement.blame_other'],
    ["We are sorry; it's the courier's fault.", 'statement.blame_other'],
    ['Przepraszamy, opóźnienie z przyczyn od nas niezależnych.', 'statement.blame_other'],
  ])('should refuse %j', (text, key) => {
    expect(rulesOf(text + BODY).map(([, k]) => k)).toContain(key);
  });

  it.each([
    'Przepraszamy za niedogodności związane z opóźnieniem Waszych paczek.',
    'We apologize for the inconvenience our late deliveries caused you.',
    'We are sorry. If you still wait for a parcel, write to us.',
    'Przepraszamy. To nie jest wina kuriera, to my wybraliśmy przewoźnika i to nasza odpowiedzialność.',
    'Przepraszamy: mieliśmy na to wpływ i zaniedbaliśmy kontrolę dostaw.',
    'Przepraszamy. Ponosimy pełną odpowiedzialność za opóźnienie.',
    'Przykro nam, że paczki nie dotarły na czas; to nasza wina.',
  ])('should let the honest near miss %j pass every rule', (text) => {
    expect(rulesOf(text + BODY)).toEqual([]);
  });

  it('should find an evasion wherever it stands in an otherwise honest apology', () => {
    const evasions = fc.constantFrom('za wszelkie niedogodności', 'nie z naszej winy', 'not our fault');
    fc.assert(
      fc.property(fc.nat(3), evasions, (at, evasion) => {
        const words = `Przepraszamy za opóźnione paczki.${BODY}`.split(' ');
        words.splice(Math.min(at + 1, words.length), 0, evasion);
        expect(rulesOf(words.join(' ')).length).toBeGreaterThan(0);
      }),
    );
  });
});
