import { type FieldError, fieldError } from '../../errors.ts';
import { say } from '../messages/message.ts';
import type { Playbook, Severity } from '../playbooks/playbook.schema.ts';
import type { CompensationStatus } from './compensation.types.ts';
import { formatMinor, majorToMinor } from './money.ts';

/** The playbook's limits at one severity, in integer minor units of `currency`. */
export interface CompensationPolicy {
  currency: string;
  /** Per item. */
  ceiling: number;
  /** The incident's total of items not declined or cancelled; null: no budget. */
  budget: number | null;
  /** An item above this waits for another key's approval; null: none does. */
  approvalAbove: number | null;
}

/**
 * The limits at `severity`. `budgets` and `approvalAbove` are optional in a playbook (and absent from
 * versions stored before the ledger): without them the ceiling is the only limit.
 */
export function compensationPolicy(playbook: Playbook, severity: Severity): CompensationPolicy {
  const { ceilings, budgets, approvalAbove } = playbook.compensation;
  const ceiling = ceilings[severity];
  const currency = ceiling.currency;
  const budget = budgets?.[severity];
  const threshold = approvalAbove?.[severity];
  return {
    currency,
    ceiling: majorToMinor(ceiling.amount, currency),
    budget: budget ? majorToMinor(budget.amount, currency) : null,
    approvalAbove: threshold ? majorToMinor(threshold.amount, currency) : null,
  };
}

/**
 * Why a new item cannot be stored, field by field: another currency than the playbook's, above the
 * per-item ceiling, or pushing the incident's total (`committed`: the items not declined or cancelled)
 * above the budget. The caller holds the incident's row lock, so `committed` cannot move meanwhile.
 */
export function offerRefusals(
  offer: { valueMinor: number; currency: string },
  policy: CompensationPolicy,
  severity: Severity,
  committed: number,
): FieldError[] {
  const { currency } = policy;
  if (offer.currency !== currency) {
    return [fieldError('currency', 'currency', say('compensation.currency', { currency }))];
  }
  const out: FieldError[] = [];
  if (offer.valueMinor > policy.ceiling) {
    const ceiling = formatMinor(policy.ceiling, currency);
    out.push(fieldError('value', 'ceiling', say('compensation.ceiling', { severity, ceiling, currency })));
  }
  if (policy.budget !== null && committed + offer.valueMinor > policy.budget) {
    const budget = formatMinor(policy.budget, currency);
    const left = formatMinor(Math.max(0, policy.budget - committed), currency);
    out.push(fieldError('value', 'budget', say('compensation.budget', { severity, budget, left, currency })));
  }
  return out;
}

/** A new item's status: waiting for another key above the approval threshold, else offered at once. */
export const offerStatus = (valueMinor: number, policy: CompensationPolicy): CompensationStatus =>
  policy.approvalAbove !== null && valueMinor > policy.approvalAbove ? 'pending_approval' : 'offered';
