import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingTime, workingTimeBetween } from '../../../src/domain/deadlines/calendar.ts';
import type { Calendar } from '../../../src/domain/playbooks/playbook.schema.ts';

const DAY = 86_400_000;
const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) })
  .map((ms) => new Date(ms));
const workingMs = fc.integer({ min: 0, max: 20 * DAY });
const calendar: fc.Arbitrary<Calendar> = fc.oneof(
  fc.constant<Calendar>({ kind: '24/7' }),
  fc
    .record({
      kind: fc.constant('business_hours' as const),
      timeZone: fc.constantFrom(
        'Europe/Warsaw',
        'America/New_York',
        'Asia/Kolkata',
        'Australia/Lord_Howe',
        'UTC',
      ),
      days: fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, { minLength: 1 }),
      from: fc.constantFrom('00:00', '01:00', '02:30', '08:00', '09:15'),
      to: fc.constantFrom('03:00', '12:00', '17:00', '23:59'),
      holidays: fc.constant<string[]>(['2025-03-31', '2025-10-27', '2025-12-25']),
    })
    .filter((c) => c.from < c.to),
);

describe('addWorkingTime and workingTimeBetween (properties)', () => {
  it('should round-trip: the working time up to addWorkingTime(start, ms) is ms', () => {
    fc.assert(
      fc.property(instant, workingMs, calendar, (start, ms, cal) => {
        expect(workingTimeBetween(start, addWorkingTime(start, ms, cal), cal)).toBe(ms);
      }),
    );
  });

  it('should be monotonic in the working time and in the start', () => {
    fc.assert(
      fc.property(instant, instant, workingMs, workingMs, calendar, (s1, s2, m1, m2, cal) => {
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const [less, more] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(addWorkingTime(early, less, cal).getTime()).toBeLessThanOrEqual(
          addWorkingTime(early, more, cal).getTime(),
        );
        expect(addWorkingTime(early, less, cal).getTime()).toBeLessThanOrEqual(
          addWorkingTime(late, less, cal).getTime(),
        );
      }),
    );
  });

  it('should end inside working time: the millisecond before the result is working time', () => {
    fc.assert(
      fc.property(
        instant,
        workingMs.filter((ms) => ms > 0),
        calendar,
        (start, ms, cal) => {
          const due = addWorkingTime(start, ms, cal);
          expect(workingTimeBetween(new Date(due.getTime() - 1), due, cal)).toBe(1);
        },
      ),
    );
  });

  it('should equal plain addition on a 24/7 calendar', () => {
    fc.assert(
      fc.property(instant, workingMs, (start, ms) => {
        expect(addWorkingTime(start, ms, { kind: '24/7' }).getTime()).toBe(start.getTime() + ms);
      }),
    );
  });

  it('should be additive: time a→b plus b→c is time a→c', () => {
    fc.assert(
      fc.property(instant, instant, instant, calendar, (a, b, c, cal) => {
        expect(workingTimeBetween(a, b, cal) + workingTimeBetween(b, c, cal)).toBe(
          workingTimeBetween(a, c, cal),
        );
      }),
    );
  });
});
