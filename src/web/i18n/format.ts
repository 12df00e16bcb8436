import type { Lang } from './catalog.ts';
import { currentLang, tIn } from './t.ts';

/**
 * Dates, times and durations as people read them, in the desk's language. Times are shown in the
 * playbook's time zone (the incident's `timeZone`); without one, the browser's.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Zone = string | undefined;

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  const f = formats.get(key) ?? make();
  formats.set(key, f);
  return f as T;
}

function dateFormat(lang: Lang, zone: Zone, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${zone ?? ''}|${JSON.stringify(options)}`;
  return cached(
    key,
    () => new Intl.DateTimeFormat(lang, { ...options, ...(zone ? { timeZone: zone } : {}) }),
  );
}

/** "7 gru 2026, 14:30" / "Dec 7, 2026, 2:30 PM". */
export function dateTime(at: string | Date, zone?: Zone, lang: Lang = currentLang()): string {
  return dateFormat(lang, zone, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

/** "14:30"; with the day in front when it is not today in that zone. */
export function when(at: string | Date, zone?: Zone, now = Date.now(), lang: Lang = currentLang()): string {
  const day = dateFormat(lang, zone, { dateStyle: 'short' });
  const sameDay = day.format(new Date(at)) === day.format(new Date(now));
  if (sameDay) return dateFormat(lang, zone, { timeStyle: 'short' }).format(new Date(at));
  return dateTime(at, zone, lang);
}

/**
 * A calendar day: "1 lut 2027". A plain date (YYYY-MM-DD) is that day as written; an instant is the day
 * it falls on in the zone (a plain due date is stored as the end of that day in the playbook's zone).
 */
export function day(at: string, zone?: Zone, lang: Lang = currentLang()): string {
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(at);
  const date = plain ? new Date(`${at}T12:00:00Z`) : new Date(at);
  return dateFormat(lang, plain ? 'UTC' : zone, { dateStyle: 'medium' }).format(date);
}

function unit(lang: Lang, u: 'day' | 'hour' | 'minute', n: number, display: 'short' | 'long'): string {
  const key = `u|${lang}|${u}|${display}`;
  return cached(
    key,
    () => new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: display }),
  ).format(n);
}

/** "2 godz. 15 min" / "2 hr 15 min"; days and hours past two days (or whole days); "niecała minuta" under one. */
export function duration(
  ms: number,
  display: 'short' | 'long' = 'short',
  lang: Lang = currentLang(),
): string {
  const m = Math.floor(Math.max(0, ms) / MINUTE);
  if (m < 1) return tIn(lang, 'time.underMinute');
  const parts: string[] = [];
  const d = Math.floor(m / (DAY / MINUTE));
  const h = Math.floor(m / 60);
  if (h >= 48 || (h >= 24 && m % (DAY / MINUTE) === 0)) {
    parts.push(unit(lang, 'day', d, display));
    if (h % 24) parts.push(unit(lang, 'hour', h % 24, display));
  } else {
    if (h) parts.push(unit(lang, 'hour', h, display));
    if (m % 60) parts.push(unit(lang, 'minute', m % 60, display));
  }
  return parts.join(' ');
}

/** Milliseconds of an ISO 8601 duration (PT2H, P1DT30M, PT90S); null when it is not one. */
export function parseIsoDuration(text: string): number | null {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return null;
  const [, w, d, h, min, s] = m.map((x) => Number(x ?? 0));
  return ((w ?? 0) * 7 + (d ?? 0)) * DAY + (h ?? 0) * HOUR + (min ?? 0) * MINUTE + (s ?? 0) * 1000;
}

/** An ISO 8601 duration in words ("PT2H" → "2 godz."); the text itself if it is not one. */
export function isoDuration(
  text: string,
  display: 'short' | 'long' = 'short',
  lang: Lang = currentLang(),
): string {
  const ms = parseIsoDuration(text);
  return ms === null ? text : duration(ms, display, lang);
}

/** "za 2 godz. 15 min" before `at`, "2 godz. temu" after it. */
export function countdown(at: string | Date, now = Date.now(), lang: Lang = currentLang()): string {
  const left = new Date(at).getTime() - now;
  return left >= 0
    ? tIn(lang, 'time.in', { d: duration(left, 'short', lang) })
    : tIn(lang, 'time.ago', { d: duration(-left, 'short', lang) });
}

/**
 * A title or note with any ISO 8601 duration in it worded ("… within PT30M" → "… within 30 min"): the
 * engine's threshold openings put the playbook's window in the title.
 */
export function withPlainDurations(text: string, lang: Lang = currentLang()): string {
  return text.replace(/\bP(?:\d+[WD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?\b/g, (m) =>
    m.length > 1 && parseIsoDuration(m) !== null ? isoDuration(m, 'short', lang) : m,
  );
}

/** An amount the API sends as a decimal string, as the language writes money: "50,00 zł", "PLN 50.00". */
export function money(value: string, currency: string, lang: Lang = currentLang()): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return `${value} ${currency}`;
  try {
    return cached(
      `m|${lang}|${currency}`,
      () => new Intl.NumberFormat(lang, { style: 'currency', currency }),
    ).format(n);
  } catch {
    return `${value} ${currency}`;
  }
}
