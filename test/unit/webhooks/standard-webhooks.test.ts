import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelay, sign, signedHeaders, verify } from '../../../src/domain/webhooks/standard-webhooks.ts';

// The example of the Standard Webhooks specification's reference libraries.
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('Standard Webhooks signing', () => {
  it('should sign id.timestamp.body with the base64-decoded secret', () => {
    const body = '{"test": 2432232314}';
    const expected = createHmac('sha256', Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64'))
      .update(`msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.${body}`)
      .digest('base64');
    expect(sign(SECRET, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe(`v1,${expected}`);
    expect(expected).toBe('g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('should verify its own signature and refuse a changed body, id or secret', () => {
    const headers = signedHeaders(SECRET, 'msg_1', new Date('2026-11-24T10:00:00Z'), '{"a":1}');
    expect(verify(SECRET, headers, '{"a":1}')).toBe(true);
    expect(verify(SECRET, headers, '{"a":2}')).toBe(false);
    expect(verify(SECRET, { ...headers, 'webhook-id': 'msg_2' }, '{"a":1}')).toBe(false);
    expect(verify('whsec_b3RoZXJzZWNyZXQ=', headers, '{"a":1}')).toBe(false);
  });
});

describe('retryDelay', () => {
  it('should grow exponentially from 5 s within ±20 % and cap at one hour', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (n, r) => {
          const d = retryDelay(n, r);
          const nominal = Math.min(3_600_000, 5_000 * 2 ** (n - 1));
          return d >= nominal * 0.8 - 1 && d <= nominal * 1.2 + 1;
        },
      ),
    );
    expect(retryDelay(1, 0.5)).toBe(5_000);
    expect(retryDelay(4, 0.5)).toBe(40_000);
  });

  it('should keep retrying for at least 24 hours before the horizon ends', () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < 24 * 3_600_000) elapsed += retryDelay(++attempts, 0);
    expect(attempts).toBeGreaterThan(20);
  });
});
