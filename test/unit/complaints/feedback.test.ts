import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestOccasion } from '../../../src/domain/complaints/feedback.ts';
import type { IncidentState } from '../../../src/domain/incidents/incident.types.ts';

const STATES: IncidentState[] = [
  'apologise',
  'admit',
  'counteract',
  'improve',
  'compensate',
  'legal',
  'monitoring',
  'dismissed',
  'closed',
];

describe('digestOccasion', () => {
  it('should send the digest on entering improve and on closing, from wherever the incident was', () => {
    expect(digestOccasion('counteract', 'improve')).toBe('improve');
    expect(digestOccasion('legal', 'improve')).toBe('improve');
    expect(digestOccasion('monitoring', 'closed')).toBe('closed');
    expect(digestOccasion('compensate', 'closed')).toBe('closed');
  });

  it('should not send it for any other step, nor for a step that stays in improve (a severity change)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATES), fc.constantFrom(...STATES), (from, to) => {
        const sends = from !== to && (to === 'improve' || to === 'closed');
        expect(digestOccasion(from, to) !== null).toBe(sends);
      }),
    );
    expect(digestOccasion('improve', 'improve')).toBeNull();
    expect(digestOccasion('improve', 'compensate')).toBeNull();
  });
});
