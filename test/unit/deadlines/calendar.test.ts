import { describe, expect, it } from 'vitest';
import { addWorkingTime, workingTimeBetween } from '../../../src/domain/deadlines/calendar.ts';
import type { Calendar } from '../../../src/domain/playbooks/playbook.schema.ts';

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const officeWarsaw: Calendar = {
  kind: 'business_hours',
  timeZone: 'Europe/Warsaw',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '09:00',
  to: '17:00',
  holidays: ['2025-05-01'],
};
// A night shift straddling the 02:00/03:00 DST changes, every day, to test windows that shrink and grow.
const nightWarsaw: Calendar = {
  kind: 'business_hours',
  timeZone: 'Europe/Warsaw',
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  from: '01:00',
  to: '05:00',
  holidays: [],
};

describe('addWorkingTime', () => {
  it('should add plain time on a 24/7 calendar, across DST changes', () => {
    expect(addWorkingTime(at('2025-03-30T00:30:00Z'), 2 * H, { kind: '24/7' }).toISOString()).toBe(
      '2025-03-30T02:30:00.000Z',
    );
  });

  it('should skip the weekend and count Monday in summer time (Friday CET → Monday CEST)', () => {
    // Friday 2025-03-28 16:00 CET (+01:00) plus 2h → 1h on Friday, 1h on Monday 09:00–10:00 CEST (+02:00).
    expect(addWorkingTime(at('2025-03-28T15:00:00Z'), 2 * H, officeWarsaw).toISOString()).toBe(
      '2025-03-31T08:00:00.000Z',
    );
  });

  it('should count from the opening hour when started before it', () => {
    expect(addWorkingTime(at('2025-03-31T05:00:00Z'), H, officeWarsaw).toISOString()).toBe(
      '2025-03-31T08:00:00.000Z',
    );
  });

  it('should end at the close of the window when the time runs out exactly there', () => {
    expect(addWorkingTime(at('2025-03-31T07:00:00Z'), 8 * H, officeWarsaw).toISOString()).toBe(
      '2025-03-31T15:00:00.000Z',
    );
  });

  it('should skip holidays (1 May)', () => {
    // Wednesday 30 April 16:00 CEST + 2h → 1h Wednesday, Thursday is a holiday, 1h Friday 09:00–10:00.
    expect(addWorkingTime(at('2025-04-30T14:00:00Z'), 2 * H, officeWarsaw).toISOString()).toBe(
      '2025-05-02T08:00:00.000Z',
    );
  });

  it('should count a 3-hour night window on the March DST day in Warsaw (01:00 CET to 05:00 CEST)', () => {
    // 01:00 CET = 00:00Z; 05:00 CEST = 03:00Z.
    expect(addWorkingTime(at('2025-03-29T23:00:00Z'), 3 * H, nightWarsaw).toISOString()).toBe(
      '2025-03-30T03:00:00.000Z',
    );
    expect(addWorkingTime(at('2025-03-29T23:00:00Z'), 3.5 * H, nightWarsaw).toISOString()).toBe(
      '2025-03-30T23:30:00.000Z', // the next night starts at 01:00 CEST = 23:00Z
    );
  });

  it('should count a 5-hour night window on the October DST day in Warsaw (01:00 CEST to 05:00 CET)', () => {
    // 01:00 CEST = 23:00Z the day before; 05:00 CET = 04:00Z.
    expect(addWorkingTime(at('2025-10-25T22:00:00Z'), 5 * H, nightWarsaw).toISOString()).toBe(
      '2025-10-26T04:00:00.000Z',
    );
  });

  it('should move a window opening inside the skipped hour forward by the gap', () => {
    const gap: Calendar = { ...nightWarsaw, from: '02:30', to: '04:00' };
    // 02:30 does not exist on 30 March; it is read as 03:30 CEST (01:30Z), leaving 30 minutes.
    expect(addWorkingTime(at('2025-03-30T00:00:00Z'), 0.5 * H, gap).toISOString()).toBe(
      '2025-03-30T02:00:00.000Z',
    );
  });

  it('should return the start itself for zero working time, even outside working hours', () => {
    expect(addWorkingTime(at('2025-03-29T12:00:00Z'), 0, officeWarsaw).toISOString()).toBe(
      '2025-03-29T12:00:00.000Z',
    );
  });

  it('should refuse negative working time', () => {
    expect(() => addWorkingTime(at('2025-03-29T12:00:00Z'), -1, officeWarsaw)).toThrow(RangeError);
  });

  it('should honour a time zone with a half-hour offset (Asia/Kolkata)', () => {
    const kolkata: Calendar = { ...officeWarsaw, timeZone: 'Asia/Kolkata', holidays: [] };
    // Monday 09:00 IST = 03:30Z.
    expect(addWorkingTime(at('2025-03-31T00:00:00Z'), H, kolkata).toISOString()).toBe(
      '2025-03-31T04:30:00.000Z',
    );
  });
});

describe('workingTimeBetween', () => {
  it('should count only the working hours of a business week', () => {
    expect(workingTimeBetween(at('2025-03-24T00:00:00Z'), at('2025-03-31T00:00:00Z'), officeWarsaw)).toBe(
      40 * H,
    );
  });

  it('should count the whole DST nights with their real length', () => {
    const day = (d: string) =>
      workingTimeBetween(at(`${d}T00:00:00+02:00`), at(`${d}T23:59:00+01:00`), nightWarsaw);
    expect(day('2025-03-30')).toBe(3 * H);
    expect(day('2025-10-26')).toBe(5 * H);
    expect(day('2025-10-27')).toBe(4 * H);
  });

  it('should be negative when the end is before the start', () => {
    expect(workingTimeBetween(at('2025-03-31T10:00:00Z'), at('2025-03-31T08:00:00Z'), officeWarsaw)).toBe(
      -2 * H,
    );
  });

  it('should be zero over a holiday and a weekend', () => {
    expect(workingTimeBetween(at('2025-05-01T00:00:00Z'), at('2025-05-01T23:00:00Z'), officeWarsaw)).toBe(0);
    expect(workingTimeBetween(at('2025-03-29T00:00:00Z'), at('2025-03-30T20:00:00Z'), officeWarsaw)).toBe(0);
  });
});
