import type { OFFER_KINDS } from '../incidents/incident.events.ts';

export const COMPENSATION_STATUSES = [
  'pending_approval',
  'offered',
  'accepted',
  'declined',
  'fulfilled',
  'cancelled',
] as const;
export type CompensationStatus = (typeof COMPENSATION_STATUSES)[number];

/** The kinds an item may take: the same as a `compensate` offer's. */
export type CompensationKind = (typeof OFFER_KINDS)[number];

/** Who made a move: the actor's name and the API key behind the request. */
export interface CompensationPerson {
  actor: string;
  keyId: string | null;
}

/** One entry of an item's history: the status it reached, when, by whom, and why. */
export interface CompensationHistoryEntry {
  status: CompensationStatus;
  at: string;
  by: CompensationPerson;
  note: string | null;
  /** What proves the move outside (a voucher code, a transfer id), when given. */
  reference: string | null;
}

/** A compensation item as stored: its value in integer minor units of `currency`. */
export interface Compensation {
  id: string;
  incidentId: string;
  complaintId: string | null;
  recipient: string | null;
  kind: CompensationKind;
  valueMinor: number;
  currency: string;
  description: string;
  status: CompensationStatus;
  createdAt: string;
  /** The first entry names the author: whose key may not approve it. */
  history: CompensationHistoryEntry[];
}

/**
 * What a change does to compensation rows, values decided by the domain: a new row (its first history
 * entry included), or a status move applied only while the row is in one of `from`, its entry appended.
 */
export type CompensationWrite =
  | ({ op: 'insert' } & Omit<Compensation, 'incidentId'>)
  | {
      op: 'update';
      id: string;
      from: readonly CompensationStatus[];
      status: CompensationStatus;
      entry: CompensationHistoryEntry;
    };
