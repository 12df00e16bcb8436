import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestField, unknownFields } from '../../../src/domain/incidents/evidence-fields.ts';
import { EVIDENCE_FIELDS, validateEvidence } from '../../../src/domain/incidents/index.ts';
import type { Severity } from '../../../src/domain/playbooks/playbook.schema.ts';
import { validEvidence } from '../../fixtures/evidence.fixture.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';

const playbook = makePlaybook();
const ctx = { severity: 'medium' as Severity, previousStatements: [], complaintChannels: ['facebook'] };
const errorsOf = (event: Parameters<typeof validateEvidence>[1], evidence: unknown) => {
  const result = validateEvidence(playbook, event, evidence, ctx);
  return result.ok ? [] : result.errors;
};

describe('strict evidence', () => {
  it('should refuse an unknown offer field and point at the one it meant', () => {
    const offer = { kind: 'voucher', description: 'A voucher for the wait', amount: 50, currency: 'PLN' };
    expect(errorsOf('compensate', { offer })).toEqual([
      expect.objectContaining({
        field: 'evidence.offer.amount',
        rule: 'unknown_field',
        message: 'Unknown field "amount": did you mean "value"?',
      }),
    ]);
  });

  it('should refuse a misspelt top-level field, suggesting the spelling', () => {
    const evidence = { ...(validEvidence('admit', { playbook }) as object), cuase: 'typo' };
    expect(errorsOf('admit', evidence)).toEqual([
      expect.objectContaining({
        field: 'evidence.cuase',
        message: 'Unknown field "cuase": did you mean "cause"?',
      }),
    ]);
  });

  it('should list the known fields when nothing is near, and say when an event takes none', () => {
    expect(errorsOf('dismiss', { reason: 'duplicate', zzz: 1 })[0]?.message).toBe(
      'Unknown field "zzz": the known fields are reason.',
    );
    expect(errorsOf('resume', { zzz: 1 })[0]?.message).toBe(
      'Unknown field "zzz": this event takes no evidence fields.',
    );
  });

  it('should give the expected shape of objects and lists of objects', () => {
    expect(errorsOf('counteract', { actions: ['call the courier'] })[0]).toMatchObject({
      field: 'evidence.actions[0]',
      message: 'Must be an object { description, owner }.',
    });
    expect(errorsOf('counteract', { actions: 'call the courier' })[0]?.message).toBe(
      'Must be a list of { description, owner }.',
    );
    expect(errorsOf('compensate', { offer: 'a voucher' })[0]?.message).toBe(
      'Must be an object { kind, description, value?, currency? }.',
    );
  });

  it('should name every unknown field and only those, whatever the names', () => {
    const known = ['statement', 'channels'];
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 }), (names) => {
        const input = Object.fromEntries(names.map((n) => [n, 1]));
        const fields = unknownFields(input, known, 'evidence').map((e) => e.field);
        const expected = names.filter((n) => !known.includes(n)).map((n) => `evidence.${n}`);
        expect(fields.sort()).toEqual(expected.sort());
      }),
    );
  });

  it('should suggest only known fields, and suggest a field given exactly', () => {
    const known = Object.keys(EVIDENCE_FIELDS.improve);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (given) => {
        const nearest = nearestField(given, known);
        expect(nearest === null || known.includes(nearest)).toBe(true);
      }),
    );
    expect(nearestField('changes', known)).toBe('changes');
  });
});
