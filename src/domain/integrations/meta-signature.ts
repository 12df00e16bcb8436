import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a delivery's `X-Hub-Signature-256` header came to. */
export type SignatureCheck = 'valid' | 'missing' | 'invalid';

/**
 * Meta signs every webhook delivery with `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`
 * keyed with the app secret. The raw bytes count: re-serialised JSON would not match (escapes, spacing).
 * @see https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
 */
export function checkMetaSignature(
  rawBody: Buffer,
  header: string | undefined,
  appSecret: string,
): SignatureCheck {
  if (header === undefined || header === '') return 'missing';
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) return 'invalid';
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  // Constant time: both sides are 32 bytes here, so timingSafeEqual cannot throw on a length mismatch.
  return timingSafeEqual(expected, Buffer.from(match[1]!, 'hex')) ? 'valid' : 'invalid';
}

/** The header value Meta would send for `rawBody` (tests and the fake Graph API sign with it). */
export function metaSignature(rawBody: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}
