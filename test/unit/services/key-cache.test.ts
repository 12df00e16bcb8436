import { describe, expect, it } from 'vitest';
import { KeyCache } from '../../../src/services/key-cache.ts';

function cache(now = { t: 0 }) {
  return { now, c: new KeyCache<string>({ maxEntries: 3, ttlMs: 1_000, now: () => now.t }) };
}

describe('KeyCache', () => {
  it('should store nothing and answer nothing until changes are heard', () => {
    const { c } = cache();
    c.set('k', 'owner', c.ticket());
    expect(c.get('k')).toBeUndefined();
    c.setTrusted(true);
    c.set('k', 'owner', c.ticket());
    expect(c.get('k')).toBe('owner');
  });

  it('should forget everything when the listening connection goes down', () => {
    const { c } = cache();
    c.setTrusted(true);
    c.set('k', 'owner', c.ticket());
    c.setTrusted(false);
    expect(c.get('k')).toBeUndefined();
    c.setTrusted(true);
    expect(c.get('k')).toBeUndefined();
  });

  it('should not store a result read before an invalidation that happened during the read', () => {
    const { c } = cache();
    c.setTrusted(true);
    const ticket = c.ticket();
    c.invalidate(); // a revocation lands while the lookup is in flight
    c.set('k', 'owner', ticket);
    expect(c.get('k')).toBeUndefined();
    c.set('k', 'owner', c.ticket());
    expect(c.get('k')).toBe('owner');
  });

  it('should expire entries after the TTL', () => {
    const { c, now } = cache();
    c.setTrusted(true);
    c.set('k', 'owner', c.ticket());
    now.t = 999;
    expect(c.get('k')).toBe('owner');
    now.t = 1_000;
    expect(c.get('k')).toBeUndefined();
  });

  it('should stay within its size bound', () => {
    const { c } = cache();
    c.setTrusted(true);
    for (const k of ['a', 'b', 'c', 'd', 'e']) c.set(k, k, c.ticket());
    expect(c.size).toBeLessThanOrEqual(3);
    expect(c.get('e')).toBe('e');
  });
});
