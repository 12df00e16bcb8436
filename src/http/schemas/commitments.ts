import { z } from 'zod';
import {
  COMMITMENT_SOURCES,
  COMMITMENT_STATUSES,
  type Commitment,
  SETTABLE_STATUSES,
} from '../../domain/commitments/commitment.types.ts';
import { DueAt } from '../../domain/incidents/incident.events.ts';
import { Cursor, CursorInstant, EXAMPLE_INCIDENT_ID, Limit, Timestamp, TimestampIn } from './common.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);
export const EXAMPLE_COMMITMENT_ID = '6d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

export const CommitmentBody = z
  .strictObject({
    description: Text(2000).meta({ description: 'What was promised, in public' }),
    owner: Text(200).meta({ description: 'Who answers for it' }),
    dueAt: DueAt.meta({
      description:
        'An instant with its offset, or a plain date: the end of that day in the playbook’s time zone',
    }),
    actor: Text(200).optional().meta({ description: 'Who adds it (recorded in the audit log)' }),
  })
  .meta({
    example: {
      description: 'Send a tracking link with every order confirmation',
      owner: 'Head of logistics',
      dueAt: '2026-12-15',
    },
  });

export const CommitmentStatusBody = z
  .strictObject({
    status: z.enum(SETTABLE_STATUSES),
    note: Text(2000).optional().meta({ description: 'How it was kept, or why it was withdrawn (audited)' }),
    actor: Text(200).optional().meta({ description: 'Who says so (recorded in the audit log)' }),
  })
  .meta({ example: { status: 'done', note: 'Live since 10 December; announced on Facebook.' } });

const exampleCommitment = {
  id: EXAMPLE_COMMITMENT_ID,
  incidentId: EXAMPLE_INCIDENT_ID,
  description: 'Send a tracking link with every order confirmation',
  owner: 'Head of logistics',
  dueAt: '2026-12-15T22:59:59.999Z',
  status: 'open',
  source: 'improve',
  doneAt: null,
  note: null,
};

export const CommitmentOut = z
  .object({
    id: z.uuid(),
    incidentId: z.uuid(),
    description: z.string(),
    owner: z.string(),
    dueAt: Timestamp,
    status: z.enum(COMMITMENT_STATUSES),
    source: z.enum(COMMITMENT_SOURCES),
    doneAt: Timestamp.nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Commitment', example: exampleCommitment });

export const CommitmentList = z
  .object({ items: z.array(CommitmentOut) })
  .meta({ example: { items: [exampleCommitment] } });

export const CommitmentPage = z
  .object({ items: z.array(CommitmentOut), nextCursor: z.string().nullable() })
  .meta({ example: { items: [exampleCommitment], nextCursor: null } });

export const CommitmentQuery = z.strictObject({
  status: z.enum(COMMITMENT_STATUSES).optional(),
  dueBefore: TimestampIn.optional().meta({ description: 'Only commitments due before this instant' }),
  limit: Limit,
  cursor: Cursor,
});

export const CommitmentCursor = z.object({ d: CursorInstant, i: z.uuid() });

/** The contract's `Commitment`: creation and reminder times stay internal. */
export function toCommitmentOut(c: Commitment): z.infer<typeof CommitmentOut> {
  const { createdAt: _c, remindAt: _r, remindedAt: _d, ...out } = c;
  return out;
}
