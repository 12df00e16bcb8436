import type { CompensationPerson, CompensationStatus } from './compensation.types.ts';

/**
 * The compensation status machine: every allowed move (the contract's list). An item above the approval
 * threshold waits for another key; an offer is answered by the customer or withdrawn; only an accepted
 * offer is fulfilled. Declined, fulfilled and cancelled are final.
 */
export const COMPENSATION_MOVES: Readonly<Record<CompensationStatus, readonly CompensationStatus[]>> = {
  pending_approval: ['offered', 'cancelled'],
  offered: ['accepted', 'declined', 'cancelled'],
  accepted: ['fulfilled'],
  declined: [],
  fulfilled: [],
  cancelled: [],
};

export const canMoveCompensation = (from: CompensationStatus, to: CompensationStatus): boolean =>
  COMPENSATION_MOVES[from].includes(to);

/** The statuses that hold part of the incident's budget: every item not declined or cancelled. */
export const COUNTED_STATUSES: readonly CompensationStatus[] = [
  'pending_approval',
  'offered',
  'accepted',
  'fulfilled',
];

export type MoveRefusal =
  | { kind: 'self_approval' }
  | { kind: 'not_allowed'; from: CompensationStatus; allowed: readonly CompensationStatus[] };

/**
 * Why `mover` may not move an item from `from` to `to`, or null when it may. Approving (pending_approval →
 * offered) takes another key than the author's (four eyes); any move outside the table is refused.
 */
export function moveRefusal(
  item: { status: CompensationStatus; author: CompensationPerson | null },
  to: CompensationStatus,
  mover: { keyId: string | null },
): MoveRefusal | null {
  if (!canMoveCompensation(item.status, to)) {
    return { kind: 'not_allowed', from: item.status, allowed: COMPENSATION_MOVES[item.status] };
  }
  const approving = item.status === 'pending_approval' && to === 'offered';
  if (approving && mover.keyId !== null && item.author?.keyId === mover.keyId)
    return { kind: 'self_approval' };
  return null;
}
