import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compensationPolicy } from '../../../src/domain/compensations/compensation.policy.ts';
import { type Playbook, PlaybookSchema, SEVERITIES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { loadPlaybooks } from '../../../src/services/playbook-loader.ts';
import { playbookInput } from '../../fixtures/playbook.fixture.ts';

let shipped: Playbook[];
beforeAll(async () => {
  shipped = (await loadPlaybooks(join(import.meta.dirname, '../../../playbooks'))).map((l) => l.playbook);
});

describe('the shipped playbooks’ compensation limits', () => {
  it('should give every severity a budget of at least one ceiling, growing with severity, in one currency', () => {
    for (const playbook of shipped) {
      const policies = SEVERITIES.map((s) => compensationPolicy(playbook, s));
      for (const p of policies) {
        expect(p.budget, playbook.id).not.toBeNull();
        expect(p.budget!, playbook.id).toBeGreaterThanOrEqual(p.ceiling);
        expect(p.approvalAbove, playbook.id).not.toBeNull();
        expect(p.currency).toBe('PLN');
      }
      const budgets = policies.map((p) => p.budget!);
      expect(budgets, playbook.id).toEqual([...budgets].sort((a, b) => a - b));
    }
  });

  it('should set the limits differently where the crises differ', () => {
    for (const [i, a] of shipped.entries()) {
      for (const b of shipped.slice(i + 1)) {
        expect(a.compensation.budgets, `${a.id} vs ${b.id}`).not.toEqual(b.compensation.budgets);
        expect(a.compensation.approvalAbove, `${a.id} vs ${b.id}`).not.toEqual(b.compensation.approvalAbove);
      }
    }
    // A payment or data incident puts every item at high and critical severity before a second person.
    const data = shipped.find((p) => p.id === 'payment-or-data-incident')!;
    expect(compensationPolicy(data, 'high').approvalAbove).toBe(0);
    const late = shipped.find((p) => p.id === 'delivery-delay')!;
    expect(compensationPolicy(late, 'high').approvalAbove).toBeGreaterThan(0);
  });
});

describe('the compensation block of a playbook', () => {
  const withLedger = (compensation: Record<string, unknown>) =>
    PlaybookSchema.safeParse({ ...playbookInput(), compensation });
  const per = (amount: number, currency = 'PLN') => ({
    low: { amount, currency },
    medium: { amount, currency },
    high: { amount, currency },
    critical: { amount, currency },
  });

  it('should accept whole major units, and refuse fractions, mixed currencies and a budget below the ceiling', () => {
    expect(withLedger({ ceilings: per(50), budgets: per(500), approvalAbove: per(20) }).success).toBe(true);
    const fraction = withLedger({ ceilings: per(49.99) });
    expect(fraction.success).toBe(false);
    const mixed = withLedger({ ceilings: per(50), budgets: per(500, 'EUR') });
    expect(mixed.error?.issues.map((i) => i.path.join('.'))).toContain('compensation.budgets.low.currency');
    const small = withLedger({ ceilings: per(50), budgets: per(40) });
    expect(small.error?.issues.map((i) => i.path.join('.'))).toContain('compensation.budgets.low.amount');
  });
});
