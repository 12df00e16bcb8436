import Holidays from 'date-holidays';

/**
 * Public holidays by country (ISO 3166-1 alpha-2) and optional region (ISO 3166-2 subdivision code without
 * the country, e.g. `BY` for Bavaria), from the `date-holidays` rules: pure computation (Easter, Corpus
 * Christi and the like are computed, not listed), so it may live in the domain. Only holidays of type
 * `public` count as days off: observances, school and optional days are working days.
 */
export interface PublicHolidays {
  country: string;
  region?: string | undefined;
}

// One parser per (country, region): building one reads the country's rules, ~1 ms.
const parsers = new Map<string, Holidays>();
// Local dates per (country, region, year); a year costs ~5 ms to compute and never changes.
const years = new Map<string, ReadonlySet<string>>();
const MAX_CACHED_YEARS = 5_000;

/** The local dates (YYYY-MM-DD) of the public holidays of `year` where the calendar's office is. */
export function publicHolidaysIn(where: PublicHolidays, year: number): ReadonlySet<string> {
  const place = `${where.country}|${where.region ?? ''}`;
  const key = `${place}|${year}`;
  let dates = years.get(key);
  if (!dates) {
    dates = new Set(
      parserFor(place, where)
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    // A safety bound for a long-running process asked about many years; recomputing is cheap.
    if (years.size >= MAX_CACHED_YEARS) years.clear();
    years.set(key, dates);
  }
  return dates;
}

/** Whether a local date (YYYY-MM-DD) is a public holiday there. */
export function isPublicHoliday(where: PublicHolidays, date: string): boolean {
  return publicHolidaysIn(where, Number(date.slice(0, 4))).has(date);
}

/** Whether `date-holidays` knows the country (and the region in it, when given): the playbook schema's check. */
export function isKnownPlace(country: string, region?: string): boolean {
  const countries = new Holidays().getCountries();
  if (!Object.hasOwn(countries, country)) return false;
  if (region === undefined) return true;
  return Object.hasOwn(new Holidays().getStates(country) ?? {}, region);
}

function parserFor(place: string, where: PublicHolidays): Holidays {
  let parser = parsers.get(place);
  if (!parser) {
    parser =
      where.region === undefined
        ? new Holidays(where.country, { types: ['public'] })
        : new Holidays(where.country, where.region, { types: ['public'] });
    parsers.set(place, parser);
  }
  return parser;
}
