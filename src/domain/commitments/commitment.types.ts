/** A public promise: what the brand said it would change, who owns it and by when (API "Public commitments"). */
export const COMMITMENT_STATUSES = ['open', 'done', 'missed', 'cancelled'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Where it came from: a `changes[]` item of the `improve` step, or added by hand. */
export const COMMITMENT_SOURCES = ['improve', 'manual'] as const;
export type CommitmentSource = (typeof COMMITMENT_SOURCES)[number];

/** The statuses a person may set through the API (`missed` is the worker's, at `dueAt`). */
export const SETTABLE_STATUSES = ['done', 'cancelled'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

export interface Commitment {
  id: string;
  incidentId: string;
  description: string;
  owner: string;
  /** RFC 3339 UTC instant. */
  dueAt: string;
  status: CommitmentStatus;
  source: CommitmentSource;
  /** When it was done (status `done`), else null. */
  doneAt: string | null;
  note: string | null;
  createdAt: string;
  /** When `commitment.approaching` fires; internal. */
  remindAt: string | null;
  remindedAt: string | null;
}

/**
 * A commitment row write, planned by the domain and applied by the one writer: an insert, or a move guarded
 * on the statuses it may move from (a row that moved on in between is left as it is).
 */
export type CommitmentWrite =
  | {
      op: 'insert';
      id: string;
      description: string;
      owner: string;
      dueAt: string;
      source: CommitmentSource;
      createdAt: string;
      remindAt: string | null;
    }
  | {
      op: 'update';
      id: string;
      from: readonly CommitmentStatus[];
      set: {
        status?: CommitmentStatus;
        doneAt?: string | null;
        note?: string | null;
        remindedAt?: string;
      };
    };
