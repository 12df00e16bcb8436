import { describe, expect, it } from 'vitest';
import {
  countdown,
  day,
  duration,
  isoDuration,
  parseIsoDuration,
  when,
  withPlainDurations,
} from '../../../src/web/i18n/format.ts';

const MIN = 60_000;
const H = 60 * MIN;

describe('dates and durations in plain words (src/web/i18n/format.ts)', () => {
  it('should word durations with Intl units, in Polish and English', () => {
    expect(duration(2 * H + 15 * MIN, 'short', 'pl')).toBe('2 godz. 15 min');
    expect(duration(2 * H + 15 * MIN, 'short', 'en')).toBe('2 hr 15 min');
    expect(duration(45 * MIN, 'short', 'pl')).toBe('45 min');
    expect(duration(5 * H, 'long', 'pl')).toBe('5 godzin');
    expect(duration(3 * 24 * H + 2 * H, 'short', 'pl')).toBe('3 dni 2 godz.');
    expect(duration(20 * 1000, 'short', 'pl')).toBe('niecała minuta');
  });

  it('should read ISO 8601 durations: PT2H shows as "2 godz.", never as PT2H', () => {
    expect(parseIsoDuration('PT2H')).toBe(2 * H);
    expect(parseIsoDuration('P1DT30M')).toBe(24 * H + 30 * MIN);
    expect(parseIsoDuration('2 hours')).toBeNull();
    expect(parseIsoDuration('PT')).toBeNull();
    expect(isoDuration('PT2H', 'short', 'pl')).toBe('2 godz.');
    expect(isoDuration('PT30M', 'long', 'en')).toBe('30 minutes');
    expect(isoDuration('PT10M', 'short', 'pl')).toBe('10 min');
  });

  it('should count down and back: "za 2 godz. 15 min", "2 godz. temu", "in 2 hr 15 min"', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(countdown(new Date(now + 2 * H + 15 * MIN), now, 'pl')).toBe('za 2 godz. 15 min');
    expect(countdown(new Date(now - 2 * H), now, 'pl')).toBe('2 godz. temu');
    expect(countdown(new Date(now + 2 * H + 15 * MIN), now, 'en')).toBe('in 2 hr 15 min');
  });

  it("should show times in the playbook's time zone, the day only when it is not today", () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    // 13:30 UTC is 14:30 in Warsaw in December.
    expect(when('2026-12-07T13:30:00Z', 'Europe/Warsaw', now, 'pl')).toBe('14:30');
    expect(when('2026-12-08T13:30:00Z', 'Europe/Warsaw', now, 'pl')).toBe('8 gru 2026, 14:30');
    expect(when('2026-12-07T13:30:00Z', 'America/New_York', now, 'en')).toBe('8:30 AM');
  });

  it('should show a due day as the day it falls on in the zone, and a plain date as written', () => {
    // The end of 1 February in Warsaw is 22:59:59.999Z: still 1 February there.
    expect(day('2027-02-01T22:59:59.999Z', 'Europe/Warsaw', 'pl')).toBe('1 lut 2027');
    expect(day('2027-02-01', 'Pacific/Auckland', 'en')).toBe('Feb 1, 2027');
  });

  it('should word an ISO duration inside a title, and leave other words alone', () => {
    expect(withPlainDurations('Social media backlash: 22 complaints within PT30M', 'pl')).toBe(
      'Social media backlash: 22 complaints within 30 min',
    );
    expect(withPlainDurations('Paczki PT2H i P1D', 'pl')).toBe('Paczki 2 godz. i 1 dzień');
    expect(withPlainDurations('PPT deck, P, PT', 'en')).toBe('PPT deck, P, PT');
  });
});
