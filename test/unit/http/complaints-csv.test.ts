import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../src/http/complaints-csv.ts';

describe('neutraliseFormula', () => {
  it('should prefix a quote to each cell a spreadsheet would run as a formula', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r', '\n', '\n=', '\r\n@', ' \n =', '\u00a0=', '\uFF1D']) {
      expect(neutraliseFormula(`${lead}SUM(A1)`)).toBe(`'${lead}SUM(A1)`);
    }
  });

  /** The oracle, said another way: what is left after trimming, or a control character first. */
  const runsAsFormula = (cell: string) =>
    ['\t', '\r', '\n'].includes(cell[0] ?? '') || '=+-@＝＋－＠'.includes(cell.trimStart()[0] ?? 'x');

  it('should neutralise any cell that starts a formula after leading whitespace', () => {
    const whitespace = fc.string({ unit: fc.constantFrom(' ', '\n', '\r', '\t', '\u00a0', '\u2028') });
    fc.assert(
      fc.property(whitespace, fc.constantFrom('=', '+', '-', '@'), fc.string(), (space, lead, rest) => {
        expect(neutraliseFormula(`${space}${lead}${rest}`)).toBe(`'${space}${lead}${rest}`);
      }),
    );
  });

  it('should leave every other cell as it is', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !runsAsFormula(s)),
        (cell) => neutraliseFormula(cell) === cell,
      ),
    );
  });
});
