/**
 * The dates and times the API takes. PostgreSQL and PGlite store timestamps from 4713 BC, but year 0000
 * (1 BC) is refused on input ("date/time field value out of range"), offsets beyond ±15:59 too, and
 * JavaScript writes years after 9999 as "+010000-…", which is no RFC 3339. So: instants in years 0001–9999
 * (UTC), offsets as the world uses them (±14:00). Plain dates stop a day short: west of UTC the end of a
 * day falls on the next day in UTC, which must stay in range. No imports: the message catalogs quote these.
 */
export const EARLIEST_INSTANT = '0001-01-01T00:00:00Z';
export const LATEST_INSTANT = '9999-12-31T23:59:59.999Z';
export const MAX_OFFSET = '14:00';
export const EARLIEST_DATE = '0001-01-01';
export const LATEST_DATE = '9999-12-30';

const EARLIEST_MS = Date.parse(EARLIEST_INSTANT);
const LATEST_MS = Date.parse(LATEST_INSTANT);
const MAX_OFFSET_MINUTES = 14 * 60;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/i;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether an RFC 3339 date and time can be stored and written back: in range once its offset is applied,
 * with an offset within ±14:00. A string of another shape passes (its format check refuses it).
 */
export function isStorableInstant(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return true;
  if (m[1] !== undefined && Number(m[2]) * 60 + Number(m[3]) > MAX_OFFSET_MINUTES) return false;
  return isStorableTime(Date.parse(value));
}

/** Whether an instant (ms since the epoch) is in EARLIEST_INSTANT…LATEST_INSTANT; NaN is not. */
export function isStorableTime(ms: number): boolean {
  return ms >= EARLIEST_MS && ms <= LATEST_MS;
}

/** Whether a plain date (YYYY-MM-DD) is in EARLIEST_DATE…LATEST_DATE; another shape passes. */
export function isStorableDate(value: string): boolean {
  if (!PLAIN_DATE.test(value)) return true;
  return value >= EARLIEST_DATE && value <= LATEST_DATE;
}
