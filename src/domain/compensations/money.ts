/**
 * Money as integer minor units (grosze, cents): limits, values and totals are compared and summed as
 * integers, never as floating point. On the wire a value is a decimal string with the currency's digits
 * ("50.00" PLN), so no client has to agree with us on how a float rounds.
 */

/** Minor-unit digits of an ISO 4217 currency (PLN 2, JPY 0, KWD 3), from the runtime's CLDR data. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** The largest value the ledger takes, in minor units: sums of many stay exact integers. */
export const MAX_MINOR = 1_000_000_000_000;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * A decimal string ("50", "50.5", "50.50") as minor units of `currency`, or null when it is not a plain
 * non-negative decimal, has more fraction digits than the currency has, or exceeds MAX_MINOR.
 */
export function parseMinor(text: string, currency: string): number | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const digits = currencyDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = BigInt(match[1]!) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  return minor > BigInt(MAX_MINOR) ? null : Number(minor);
}

/** Whole major units (a playbook limit such as `amount: 50`) as minor units. */
export const majorToMinor = (amount: number, currency: string): number =>
  amount * 10 ** currencyDigits(currency);

/** Minor units as the wire's decimal string: 5000 PLN → "50.00", 5 JPY → "5". */
export function formatMinor(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const units = BigInt(minor);
  const sign = units < 0n ? '-' : '';
  const abs = units < 0n ? -units : units;
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10n ** BigInt(digits);
  return `${sign}${abs / scale}.${(abs % scale).toString().padStart(digits, '0')}`;
}

/**
 * Whether a JSON number (an offer's value in the `compensate` evidence) is above `limitMinor`, decided
 * exactly on its shortest decimal form: 50.001 is above 50.00, 49.999 is not.
 */
export function numberExceeds(value: number, limitMinor: number, currency: string): boolean {
  if (!Number.isFinite(value)) return true;
  const text = String(value);
  // Exponent forms only appear for very large or very small numbers.
  if (/e/i.test(text)) return value > limitMinor / 10 ** currencyDigits(currency);
  const match = DECIMAL.exec(text);
  if (!match) return false;
  const digits = currencyDigits(currency);
  const fraction = match[2] ?? '';
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  const rest = fraction.slice(digits);
  const minor = BigInt(match[1]!) * 10n ** BigInt(digits) + BigInt(kept || '0');
  // Digits past the currency's make the value strictly larger than its truncation.
  const ceil = /[1-9]/.test(rest) ? minor + 1n : minor;
  return ceil > BigInt(limitMinor);
}
