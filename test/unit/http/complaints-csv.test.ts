import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../src/http/complaints-csv.ts';

describe('neutraliseFormula', () => {
  it('should prefix a quote to each cell a spreadsheet would run as a formula', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${lead}SUM(A1)`)).toBe(`'${lead}SUM(A1)`);
    }
  });

  it('should leave every other cell as it is', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s)),
        (cell) => neutraliseFormula(cell) === cell,
      ),
    );
  });
});
