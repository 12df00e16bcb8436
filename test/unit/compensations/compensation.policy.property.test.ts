import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compensationPolicy,
  offerRefusals,
  offerStatus,
} from '../../../src/domain/compensations/compensation.policy.ts';
import { SEVERITIES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';

const amount = fc.integer({ min: 0, max: 1_000_000 });
const severity = fc.constantFrom(...SEVERITIES);

describe('compensation limits', () => {
  it('should refuse by ceiling exactly above the ceiling, and by budget exactly above what is left (property)', () => {
    fc.assert(
      fc.property(
        amount,
        fc.option(amount, { nil: null }),
        amount,
        amount,
        severity,
        (ceiling, budget, value, committed, s) => {
          const policy = { currency: 'PLN', ceiling, budget, approvalAbove: null };
          const rules = offerRefusals({ valueMinor: value, currency: 'PLN' }, policy, s, committed).map(
            (e) => e.rule,
          );
          expect(rules.includes('ceiling')).toBe(value > ceiling);
          expect(rules.includes('budget')).toBe(budget !== null && committed + value > budget);
        },
      ),
    );
  });

  it('should refuse another currency alone, whatever the value', () => {
    const policy = { currency: 'PLN', ceiling: 100, budget: 100, approvalAbove: null };
    const errors = offerRefusals({ valueMinor: 10_000, currency: 'EUR' }, policy, 'low', 100);
    expect(errors.map((e) => [e.field, e.rule])).toEqual([['currency', 'currency']]);
  });

  it('should wait for approval exactly above the threshold (property)', () => {
    fc.assert(
      fc.property(amount, fc.option(amount, { nil: null }), (value, approvalAbove) => {
        const status = offerStatus(value, { currency: 'PLN', ceiling: 0, budget: null, approvalAbove });
        expect(status).toBe(approvalAbove !== null && value > approvalAbove ? 'pending_approval' : 'offered');
      }),
    );
  });

  it('should read the playbook’s limits at a severity in minor units, and only the ceiling where the rest is absent', () => {
    const playbook = makePlaybook();
    const withLedger = {
      ...playbook,
      compensation: {
        ...playbook.compensation,
        budgets: {
          low: { amount: 500, currency: 'PLN' },
          medium: { amount: 1000, currency: 'PLN' },
          high: { amount: 3000, currency: 'PLN' },
          critical: { amount: 9000, currency: 'PLN' },
        },
        approvalAbove: {
          low: { amount: 20, currency: 'PLN' },
          medium: { amount: 40, currency: 'PLN' },
          high: { amount: 0, currency: 'PLN' },
          critical: { amount: 0, currency: 'PLN' },
        },
      },
    };
    expect(compensationPolicy(withLedger, 'medium')).toEqual({
      currency: 'PLN',
      ceiling: 10_000,
      budget: 100_000,
      approvalAbove: 4000,
    });
    expect(compensationPolicy(playbook, 'medium')).toEqual({
      currency: 'PLN',
      ceiling: 10_000,
      budget: null,
      approvalAbove: null,
    });
  });
});
