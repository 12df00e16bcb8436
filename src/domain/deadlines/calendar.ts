import type { Calendar } from '../playbooks/playbook.schema.ts';
import { isPublicHoliday } from './public-holidays.ts';
import { localDayOf, localToUtc } from './time-zone.ts';

type BusinessHours = Extract<Calendar, { kind: 'business_hours' }>;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// A safety stop, not a policy: `days` is never empty and holidays are a few a year, so the loop always ends;
// a thousand years of local days only guards against a bug turning it into an endless one.
const MAX_DAYS = 366_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * The instant `ms` of working time after `start`. On a 24/7 calendar that is plain addition; on business
 * hours only time inside the listed days, between `from` and `to` local time in the calendar's time zone,
 * outside holidays (the country's public ones and the playbook's own dates), counts. When the time runs out exactly at the end of a working window, the end of that
 * window is returned (not the start of the next), so `workingTimeBetween(start, result) === ms`.
 * @throws RangeError for a negative `ms`.
 */
export function addWorkingTime(start: Date, ms: number, calendar: Calendar): Date {
  if (ms < 0 || !Number.isFinite(ms))
    throw new RangeError(`working time must be a finite ms >= 0, got ${ms}`);
  const cursor = start.getTime();
  if (calendar.kind === '24/7' || ms === 0) return new Date(cursor + ms);
  let left = ms;
  let day = localDayOf(cursor, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day += DAY_MS) {
    const window = workingWindow(day, calendar);
    if (!window) continue;
    const from = Math.max(window[0], cursor);
    if (from >= window[1]) continue;
    const available = window[1] - from;
    if (left <= available) return new Date(from + left);
    left -= available;
  }
  throw new RangeError('the calendar has no working time in a thousand years');
}

/**
 * Working time (ms) from `a` to `b` on the calendar; negative when `b` is before `a`.
 * The inverse of {@link addWorkingTime}: `workingTimeBetween(a, addWorkingTime(a, ms)) === ms`.
 */
export function workingTimeBetween(a: Date, b: Date, calendar: Calendar): number {
  const start = a.getTime();
  const end = b.getTime();
  // `|| 0` turns -0 (no working time in between) into 0.
  if (end < start) return -workingTimeBetween(b, a, calendar) || 0;
  if (calendar.kind === '24/7') return end - start;
  let total = 0;
  const lastDay = localDayOf(end, calendar.timeZone);
  for (let day = localDayOf(start, calendar.timeZone); day <= lastDay; day += DAY_MS) {
    const window = workingWindow(day, calendar);
    if (window) total += Math.max(0, Math.min(window[1], end) - Math.max(window[0], start));
  }
  return total;
}

/**
 * The UTC instants [start, end) of working time on a local calendar day (given as the UTC midnight of that
 * civil date), or null on a day off. DST days get the real length of the window, since both ends are
 * converted separately.
 */
function workingWindow(day: number, calendar: BusinessHours): readonly [number, number] | null {
  const date = new Date(day).toISOString().slice(0, 10);
  const weekday = WEEKDAYS[new Date(day).getUTCDay()]!;
  if (!calendar.days.includes(weekday) || isDayOff(calendar, date)) return null;
  const key = `${calendar.timeZone}|${calendar.from}|${calendar.to}|${day}`;
  let window = windowCache.get(key);
  if (!window) {
    window = [
      localToUtc(day + minutesOf(calendar.from), calendar.timeZone),
      localToUtc(day + minutesOf(calendar.to), calendar.timeZone),
    ];
    // Bounded so a long-running process does not grow it without limit; recomputing is cheap.
    if (windowCache.size > 50_000) windowCache.clear();
    windowCache.set(key, window);
  }
  return window;
}

const windowCache = new Map<string, readonly [number, number]>();
const holidayCache = new WeakMap<BusinessHours, ReadonlySet<string>>();

/** A holiday: one of the playbook's own extra dates, or a public holiday of its `publicHolidays` place. */
function isDayOff(calendar: BusinessHours, date: string): boolean {
  let extra = holidayCache.get(calendar);
  if (!extra) {
    extra = new Set(calendar.holidays);
    holidayCache.set(calendar, extra);
  }
  if (extra.has(date)) return true;
  return calendar.publicHolidays !== undefined && isPublicHoliday(calendar.publicHolidays, date);
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) * MINUTE_MS;
}
