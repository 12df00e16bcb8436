/** Wall-clock time in an IANA time zone, without a library: Intl gives the offset, the rest is arithmetic. */

const DAY_MS = 86_400_000;

/** The civil date (as UTC midnight ms) that `instant` falls on in `timeZone`. */
export function localDayOf(instant: number, timeZone: string): number {
  const wall = instant + offsetAt(instant, timeZone);
  return wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS);
}

/**
 * The instant whose wall-clock time in `timeZone` is `wall` (local time encoded as if it were UTC).
 * Ambiguous times (the repeated hour in autumn) take the earlier instant; times that do not exist (the
 * skipped hour in spring) are read with the offset in force before the change, which moves them forward
 * by the gap, as Temporal's "compatible" disambiguation does.
 */
export function localToUtc(wall: number, timeZone: string): number {
  // Offsets a day either side: DST changes are months apart, so these are the two offsets that can apply.
  const before = wall - offsetAt(wall - DAY_MS, timeZone);
  const after = wall - offsetAt(wall + DAY_MS, timeZone);
  const fits = (t: number) => t + offsetAt(t, timeZone) === wall;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(before)) return before;
  if (fits(after)) return after;
  return before;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const eraFormatters = new Map<string, Intl.DateTimeFormat>();

const WALL_CLOCK = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
} as const;

/** `format()`'s shape for the options above ("3/29/2026, 02:00:00"); parsed instead of formatToParts,
 *  which builds an object per field and cost 2.5× as much (every deadline and local time passes here). */
const FORMATTED = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** From here on Date.UTC reads years as written (it maps years 0–99 to 1900–1999) and no era is BC. */
const YEAR_100_MS = -59_011_459_200_000;

/** Offset (ms) of `timeZone` from UTC at `instant`: wall-clock time read as UTC, minus the instant. */
export function offsetAt(instant: number, timeZone: string): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  if (seconds < YEAR_100_MS) return oldOffsetAt(seconds, timeZone);
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, ...WALL_CLOCK });
    formatters.set(timeZone, format);
  }
  const m = FORMATTED.exec(format.format(seconds));
  if (m) return Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!, +m[4]!, +m[5]!, +m[6]!) - seconds;
  // Another ICU might word the date otherwise: the parts are the slow but certain way.
  return oldOffsetAt(seconds, timeZone);
}

/** The offset read from the formatted parts, era included (the API takes instants from year 1). */
function oldOffsetAt(seconds: number, timeZone: string): number {
  let format = eraFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, era: 'short', ...WALL_CLOCK });
    eraFormatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(seconds)) parts[part.type] = part.value;
  const year = /^B/i.test(parts.era ?? '') ? 1 - Number(parts.year) : Number(parts.year);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall.getTime() - seconds;
}

/**
 * `instant` as the wall-clock time of `timeZone`, RFC 3339 with that zone's offset
 * (`2026-03-02T10:00:00+01:00`), so people read deadlines in the playbook's time.
 */
export function localTime(instant: Date | string, timeZone: string): string {
  const ms = new Date(instant).getTime();
  const offset = offsetAt(ms, timeZone);
  const wall = new Date(Math.floor(ms / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${wall}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** The last millisecond of the civil date `date` (YYYY-MM-DD) in `timeZone`: what "due on 15 January" means. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  const nextMidnight = Date.parse(`${date}T00:00:00.000Z`) + DAY_MS;
  return new Date(localToUtc(nextMidnight, timeZone) - 1);
}
