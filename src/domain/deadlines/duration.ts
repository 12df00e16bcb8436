const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// The same grammar as IsoDurationSchema (W, D, H, M, S only), with capture groups for each unit.
const ISO_DURATION = /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Milliseconds in an ISO 8601 duration limited to weeks, days, hours, minutes and seconds.
 * A day is 24 hours of *working time*: on a business-hours calendar `P1D` is three 8-hour days, which keeps a
 * playbook's numbers meaning the same thing whatever calendar it uses.
 * @throws RangeError when the text is not such a duration.
 */
export function parseIsoDuration(text: string): number {
  const match = ISO_DURATION.exec(text);
  if (!match) throw new RangeError(`not an ISO 8601 duration (W, D, H, M, S): "${text}"`);
  const [, weeks, days, hours, minutes, seconds] = match;
  const num = (part: string | undefined) => (part === undefined ? 0 : Number(part));
  return Math.round(
    num(weeks) * 7 * DAY_MS +
      num(days) * DAY_MS +
      num(hours) * HOUR_MS +
      num(minutes) * 60_000 +
      num(seconds) * 1000,
  );
}
