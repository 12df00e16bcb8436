import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IncidentVersions } from '../../../src/services/incident-versions.ts';

const ID = '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c';
const listening = () => {
  const v = new IncidentVersions();
  v.setListening(true);
  return v;
};

describe('the incident version cache', () => {
  it('should know nothing while commits are not heard, and forget everything when hearing stops', () => {
    const v = new IncidentVersions();
    v.saw(ID, 3);
    expect(v.known(ID)).toBeUndefined();
    v.setListening(true);
    v.saw(ID, 3);
    expect(v.known(ID)).toBe(3);
    v.setListening(false);
    expect(v.known(ID)).toBeUndefined();
    v.setListening(true);
    expect(v.known(ID)).toBeUndefined();
  });

  it('should keep the highest version, whatever order writes, reads and notifications come in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 50 }),
        (versions) => {
          const v = listening();
          for (const [i, n] of versions.entries()) i % 2 ? v.saw(ID, n) : v.heard(`${ID}:${n}`);
          expect(v.known(ID)).toBe(Math.max(...versions));
        },
      ),
    );
  });

  it('should not remember a read that began before a reset (truncate, reconnect)', () => {
    const v = listening();
    const ticket = v.ticket();
    v.heard('reset');
    v.saw(ID, 7, ticket);
    expect(v.known(ID)).toBeUndefined();
    v.saw(ID, 7, v.ticket());
    expect(v.known(ID)).toBe(7);
  });

  it('should never match a deleted incident again, and reset on a payload it cannot read', () => {
    const v = listening();
    v.saw(ID, 4);
    v.heard(`${ID}:gone`);
    expect(v.known(ID)).toBe(Number.POSITIVE_INFINITY);
    v.saw(ID, 5);
    expect(v.known(ID)).toBe(Number.POSITIVE_INFINITY);
    v.heard(`${ID}:not-a-number`);
    expect(v.size).toBe(0);
  });

  it('should start over when full rather than grow without bound', () => {
    const v = new IncidentVersions(2);
    v.setListening(true);
    v.saw('a', 1);
    v.saw('b', 1);
    v.saw('c', 1);
    expect(v.size).toBe(1);
    expect(v.known('c')).toBe(1);
  });
});
