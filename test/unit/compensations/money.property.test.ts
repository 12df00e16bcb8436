import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  formatMinor,
  MAX_MINOR,
  majorToMinor,
  numberExceeds,
  parseMinor,
} from '../../../src/domain/compensations/money.ts';

const minor = fc.integer({ min: 0, max: MAX_MINOR });
const currency = fc.constantFrom('PLN', 'EUR', 'JPY', 'KWD');

describe('money in minor units', () => {
  it('should know the minor digits of a currency', () => {
    expect([currencyDigits('PLN'), currencyDigits('JPY'), currencyDigits('KWD')]).toEqual([2, 0, 3]);
  });

  it('should format and parse back every amount exactly (property)', () => {
    fc.assert(
      fc.property(minor, currency, (m, c) => {
        expect(parseMinor(formatMinor(m, c), c)).toBe(m);
      }),
    );
  });

  it('should read decimals without floating point', () => {
    expect(parseMinor('0.1', 'PLN')).toBe(10);
    expect(parseMinor('19.99', 'PLN')).toBe(1999);
    expect(parseMinor('50', 'PLN')).toBe(5000);
    expect(formatMinor(1999 + 1, 'PLN')).toBe('20.00');
    expect(parseMinor('1.005', 'PLN')).toBeNull();
    expect(parseMinor('1.5', 'JPY')).toBeNull();
    expect(parseMinor('-1', 'PLN')).toBeNull();
    expect(parseMinor('1e3', 'PLN')).toBeNull();
    expect(parseMinor('10000000001', 'PLN')).toBeNull();
    expect(majorToMinor(50, 'PLN')).toBe(5000);
  });

  it('should decide whether a JSON number exceeds a limit as its decimal does, not as a float (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 999 }),
        minor,
        (units, frac, limit) => {
          // A number with up to three decimals, and its exact value in thousandths.
          const value = Number(`${units}.${String(frac).padStart(3, '0')}`);
          const thousandths = BigInt(units) * 1000n + BigInt(frac);
          expect(numberExceeds(value, limit, 'PLN')).toBe(thousandths > BigInt(limit) * 10n);
        },
      ),
    );
    expect(numberExceeds(50.001, 5000, 'PLN')).toBe(true);
    expect(numberExceeds(50, 5000, 'PLN')).toBe(false);
    expect(numberExceeds(0.1 + 0.2, 30, 'PLN')).toBe(true);
  });
});
