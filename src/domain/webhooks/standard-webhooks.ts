import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): `webhook-signature` is `v1,` + base64
 * HMAC-SHA256 of `${id}.${timestamp}.${body}`, keyed with the base64 part of a `whsec_` secret.
 */
export const SECRET_PREFIX = 'whsec_';

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

function key(secret: string): Buffer {
  return Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    'base64',
  );
}

export function sign(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', key(secret)).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** Headers for one delivery; several secrets give several space-separated signatures (rotation). */
export function signedHeaders(
  secrets: string | readonly string[],
  id: string,
  at: Date,
  body: string,
): SignedHeaders {
  const timestamp = Math.floor(at.getTime() / 1000);
  const all = typeof secrets === 'string' ? [secrets] : secrets;
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': all.map((s) => sign(s, id, timestamp, body)).join(' '),
  };
}

/** After a rotation the previous secret keeps signing this long, so receivers can switch at leisure. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

/** The secrets a delivery at `at` is signed with: the current one, and the previous one while it overlaps. */
export function signingSecrets<T>(current: T, previous: T | null, previousUntil: Date | null, at: Date): T[] {
  return previous !== null && previousUntil !== null && at.getTime() < previousUntil.getTime()
    ? [current, previous]
    : [current];
}

/** What a receiver does: true when any `v1,` signature in the header matches. */
export function verify(secret: string, headers: SignedHeaders, body: string): boolean {
  const expected = Buffer.from(
    sign(secret, headers['webhook-id'], Number(headers['webhook-timestamp']), body),
  );
  return headers['webhook-signature'].split(' ').some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** Retries keep going for at least this long, then the delivery is marked failed. */
export const RETRY_HORIZON_MS = 24 * 3_600_000;
/** A subscription failing without a single success for this long is disabled. */
export const DISABLE_AFTER_MS = 3 * 24 * 3_600_000;

const BASE_MS = 5_000;
const CAP_MS = 3_600_000;

/**
 * Exponential backoff with ±20 % jitter: 5 s, 10 s, 20 s, … capped at one hour, so about 30 attempts
 * fit in the 24-hour horizon. `random` is in [0, 1) (injected for tests).
 */
export function retryDelay(attempt: number, random: number): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * random));
}
