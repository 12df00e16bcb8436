import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingTime, workingTimeBetween } from '../../../src/domain/deadlines/calendar.ts';
import { isPublicHoliday, publicHolidaysIn } from '../../../src/domain/deadlines/public-holidays.ts';
import { localTime } from '../../../src/domain/deadlines/time-zone.ts';
import { type Calendar, CalendarSchema } from '../../../src/domain/playbooks/playbook.schema.ts';

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
// The shipped delivery playbook's office: Warsaw, Mon–Fri 08:00–18:00, Polish public holidays.
const polishOffice: Calendar = {
  kind: 'business_hours',
  timeZone: 'Europe/Warsaw',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '08:00',
  to: '18:00',
  publicHolidays: { country: 'PL' },
  holidays: ['2031-11-10'],
};

describe('public holidays (date-holidays)', () => {
  it('should know Polish movable feasts in any year, not only a listed few', () => {
    const y2031 = publicHolidaysIn({ country: 'PL' }, 2031);
    expect(y2031.has('2031-04-14')).toBe(true); // Easter Monday
    expect(y2031.has('2031-06-12')).toBe(true); // Corpus Christi
    expect(isPublicHoliday({ country: 'PL' }, '2045-11-11')).toBe(true);
    // An observance (Fat Thursday) is a working day.
    expect(y2031.has('2031-02-20')).toBe(false);
  });

  it('should take a region into account (Epiphany is a holiday in Bavaria, not in Berlin)', () => {
    expect(isPublicHoliday({ country: 'DE', region: 'BY' }, '2030-01-06')).toBe(true);
    expect(isPublicHoliday({ country: 'DE', region: 'BE' }, '2030-01-06')).toBe(false);
  });

  it('should refuse a country or region the rules do not know, in the playbook schema', () => {
    const base = { ...polishOffice, holidays: [] };
    expect(CalendarSchema.safeParse({ ...base, publicHolidays: { country: 'PL' } }).success).toBe(true);
    expect(CalendarSchema.safeParse({ ...base, publicHolidays: { country: 'QQ' } }).success).toBe(false);
    expect(
      CalendarSchema.safeParse({ ...base, publicHolidays: { country: 'PL', region: 'ZZ' } }).success,
    ).toBe(false);
  });
});

describe('addWorkingTime on a calendar with public holidays', () => {
  it('should skip Easter Monday 2031 in Poland', () => {
    // Friday 11 April 2031 17:00 CEST + 2h → 1h Friday, Monday the 14th is Easter Monday, Tuesday 08:00–09:00.
    expect(addWorkingTime(at('2031-04-11T15:00:00Z'), 2 * H, polishOffice).toISOString()).toBe(
      '2031-04-15T07:00:00.000Z',
    );
  });

  it('should skip Corpus Christi 2031 in Poland', () => {
    // Wednesday 11 June 17:00 CEST + 2h → 1h Wednesday, Thursday the 12th off, Friday 08:00–09:00.
    expect(addWorkingTime(at('2031-06-11T15:00:00Z'), 2 * H, polishOffice).toISOString()).toBe(
      '2031-06-13T07:00:00.000Z',
    );
    expect(workingTimeBetween(at('2031-06-12T00:00:00Z'), at('2031-06-12T22:00:00Z'), polishOffice)).toBe(0);
  });

  it("should skip the playbook's own extra date as well as the public ones", () => {
    // Friday 7 November 2031 17:00 + 2h: Monday the 10th is the playbook's day off, Tuesday the 11th is
    // Independence Day, so the second hour is Wednesday 08:00–09:00 CET.
    expect(addWorkingTime(at('2031-11-07T16:00:00Z'), 2 * H, polishOffice).toISOString()).toBe(
      '2031-11-12T08:00:00.000Z',
    );
  });

  it('should work past 2027, where the hand-written list used to end', () => {
    // Thursday 24 December 2043 is a holiday (since 2025), and so are the 25th and 26th; Monday 28th works.
    expect(addWorkingTime(at('2043-12-23T16:00:00Z'), 2 * H, polishOffice).toISOString()).toBe(
      '2043-12-28T08:00:00.000Z',
    );
  });
});

describe('business-hours deadlines (properties)', () => {
  const start = fc
    .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2040, 0, 1) })
    .map((ms) => new Date(ms));
  const work = fc.integer({ min: 1, max: 30 * 10 * H });

  it('should never land on a public holiday, an extra date, a day off or outside the working hours', () => {
    fc.assert(
      fc.property(start, work, (from, ms) => {
        const due = addWorkingTime(from, ms, polishOffice);
        const local = localTime(due, polishOffice.timeZone);
        const date = local.slice(0, 10);
        const hhmm = local.slice(11, 16);
        const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
        expect(isPublicHoliday({ country: 'PL' }, date)).toBe(false);
        expect(polishOffice.holidays).not.toContain(date);
        expect(weekday).toBeGreaterThanOrEqual(1);
        expect(weekday).toBeLessThanOrEqual(5);
        // A deadline that uses up a window exactly ends at its close (18:00), never after it.
        expect(hhmm <= '18:00').toBe(true);
        expect(hhmm >= '08:00').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
