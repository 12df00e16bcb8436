import { describe, expect, it } from 'vitest';
import { parseIsoDuration } from '../../../src/domain/deadlines/duration.ts';

describe('parseIsoDuration', () => {
  it.each([
    ['PT2H', 2 * 3_600_000],
    ['PT30M', 30 * 60_000],
    ['PT45S', 45_000],
    ['PT0.5S', 500],
    ['P1D', 86_400_000],
    ['P1W', 7 * 86_400_000],
    ['P1DT12H', 36 * 3_600_000],
    ['P2W3DT4H5M6S', ((17 * 24 + 4) * 3600 + 5 * 60 + 6) * 1000],
  ])('should read %s as %d ms', (text, ms) => {
    expect(parseIsoDuration(text)).toBe(ms);
  });

  it.each(['P', 'PT', 'P1M', 'P1Y', 'PT1H30', '2H', 'P1.5D', '', 'P1DT'])(
    'should refuse %j, which the playbook schema refuses too',
    (text) => {
      expect(() => parseIsoDuration(text)).toThrow(RangeError);
    },
  );
});
