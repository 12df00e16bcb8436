import type { Compensation, CompensationStatus } from './compensation.types.ts';
import { formatMinor } from './money.ts';

/** The ledger's totals per status, in integer minor units of the playbook's currency. */
export interface LedgerTotals {
  offered: number;
  accepted: number;
  fulfilled: number;
  currency: string;
}

/** The same totals as the wire shows them: decimal strings with the currency's digits. */
export interface LedgerTotalsText {
  offered: string;
  accepted: string;
  fulfilled: string;
  currency: string;
}

/**
 * What stands offered, accepted and fulfilled: each item counts once, where it stands now, and only
 * items in `currency` are summed (another currency cannot be added without a rate).
 */
export function ledgerTotals(items: readonly Compensation[], currency: string): LedgerTotals {
  const sum = (status: CompensationStatus) =>
    items.filter((i) => i.status === status && i.currency === currency).reduce((n, i) => n + i.valueMinor, 0);
  return { offered: sum('offered'), accepted: sum('accepted'), fulfilled: sum('fulfilled'), currency };
}

export function formatTotals(t: LedgerTotals): LedgerTotalsText {
  return {
    offered: formatMinor(t.offered, t.currency),
    accepted: formatMinor(t.accepted, t.currency),
    fulfilled: formatMinor(t.fulfilled, t.currency),
    currency: t.currency,
  };
}
