import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endOfLocalDay, localTime, offsetAt } from '../../../src/domain/deadlines/time-zone.ts';

const ZONES = ['Europe/Warsaw', 'Europe/Athens', 'America/New_York', 'Asia/Kolkata', 'UTC'];

describe('localTime', () => {
  it('should show an instant as Warsaw wall-clock time with the offset in force then', () => {
    expect(localTime('2026-11-24T12:40:00.000Z', 'Europe/Warsaw')).toBe('2026-11-24T13:40:00+01:00');
    expect(localTime('2026-07-01T12:40:00.000Z', 'Europe/Warsaw')).toBe('2026-07-01T14:40:00+02:00');
    expect(localTime('2026-07-01T12:40:00.000Z', 'Asia/Kolkata')).toBe('2026-07-01T18:10:00+05:30');
    expect(localTime('2026-07-01T12:40:00.000Z', 'America/New_York')).toBe('2026-07-01T08:40:00-04:00');
    expect(localTime('2026-07-01T12:40:00.000Z', 'UTC')).toBe('2026-07-01T12:40:00+00:00');
  });

  it('should name the same instant, to the second, in every zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          const back = Date.parse(localTime(instant, zone));
          expect(back).toBe(Math.floor(instant.getTime() / 1000) * 1000);
        },
      ),
    );
  });
});

describe('offsetAt', () => {
  /** An independent oracle: the offset Intl itself names ("GMT+05:30", "GMT" for zero). */
  function namedOffset(instant: number, zone: string): number {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')!.value;
    // Local mean time before standard zones has seconds: "GMT-04:56:02".
    const m = /GMT([+-])(\d\d):(\d\d)(?::(\d\d))?/.exec(name);
    const seconds = m ? (Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0) : 0;
    return m ? (m[1] === '-' ? -1 : 1) * seconds * 1000 : 0;
  }

  it('should give the offset Intl names for the zone at that instant, across clock changes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          expect(offsetAt(instant.getTime(), zone)).toBe(namedOffset(instant.getTime(), zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('should give the offset Intl names in every year the API takes, years 1 to 99 included', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          expect(offsetAt(instant.getTime(), zone)).toBe(namedOffset(instant.getTime(), zone));
        },
      ),
      { numRuns: 1000, examples: [[new Date('0050-06-01T12:00:00Z'), 'Europe/Warsaw']] },
    );
  });
});

describe('endOfLocalDay', () => {
  it('should end 15 January 2027 at 23:59:59.999 in Warsaw, which is 22:59:59.999 UTC', () => {
    expect(endOfLocalDay('2027-01-15', 'Europe/Warsaw').toISOString()).toBe('2027-01-15T22:59:59.999Z');
    expect(endOfLocalDay('2027-07-15', 'Europe/Warsaw').toISOString()).toBe('2027-07-15T21:59:59.999Z');
  });

  it('should end the day of a clock change at its own midnight (23 and 25 hour days)', () => {
    expect(endOfLocalDay('2027-03-28', 'Europe/Warsaw').toISOString()).toBe('2027-03-28T21:59:59.999Z');
    expect(endOfLocalDay('2027-10-31', 'Europe/Warsaw').toISOString()).toBe('2027-10-31T22:59:59.999Z');
  });

  it('should end a date of the first centuries on that date too (not in 1899)', () => {
    expect(endOfLocalDay('0099-01-01', 'Europe/Warsaw').toISOString()).toBe('0099-01-01T22:35:59.999Z');
    expect(endOfLocalDay('0001-01-01', 'Asia/Kolkata').toISOString()).toBe('0001-01-01T18:06:31.999Z');
  });

  it('should fall on the last second of any date the API takes, years 1 to 9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-02T00:00:00Z'),
          max: new Date('9999-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (day, zone) => {
          const date = day.toISOString().slice(0, 10);
          expect(localTime(endOfLocalDay(date, zone), zone).slice(0, 19)).toBe(`${date}T23:59:59`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('should always fall on the last second of that local date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (day, zone) => {
          const date = day.toISOString().slice(0, 10);
          const end = endOfLocalDay(date, zone);
          expect(localTime(end, zone).slice(0, 19)).toBe(`${date}T23:59:59`);
          expect(localTime(new Date(end.getTime() + 1), zone).slice(0, 19)).not.toContain(date);
        },
      ),
    );
  });
});
