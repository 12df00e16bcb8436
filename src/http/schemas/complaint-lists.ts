import { z } from 'zod';
import { messageKey } from '../../domain/messages/message.ts';
import { COMPLAINT_SOURCES } from '../../domain/playbooks/playbook.schema.ts';
import { ProblemSchema } from '../problem.ts';
import { BooleanQuery, Cursor, CursorInstant, Limit } from './common.ts';
import { ReplyOut } from './complaint-replies.ts';
import { ComplaintOut, exampleComplaint } from './complaints.ts';

/** The filters both complaint lists take (and bulk attach's `filter`). */
export const ComplaintFilterFields = {
  answered: BooleanQuery.optional(),
  overdue: BooleanQuery.optional().meta({
    description: '`true`: unanswered past firstReplyDueAt (what needs an answer first); `false`: the others',
  }),
  source: z.enum(COMPLAINT_SOURCES).optional(),
  private: BooleanQuery.optional().meta({ description: '`true`: moved to a private channel; `false`: not' }),
  platformState: z
    .enum(['edited', 'removed'])
    .optional()
    .meta({ description: 'What the platform (Meta) reported since: the comment was edited, or removed' }),
  q: z.string().trim().min(1).max(200).optional().meta({
    description:
      'Words to find, searched in each complaint’s own language (English and Greek by stems, Polish as written words); quotes for a phrase, `-word` to exclude, `or` between alternatives. In an incident’s list also the words as typed in the text, its platform edit, the author and the order number',
    example: 'paczka ORD-20261124',
  }),
};

export const ComplaintSort = z.enum(['urgent', 'newest', 'oldest']).optional().meta({
  description:
    '`urgent`: unanswered soonest due first, then the answered; `newest`/`oldest`: by arrival. Default: oldest first, or soonest due first when `answered=false` or `overdue=true`',
});

export const ComplaintListQuery = z.strictObject({
  ...ComplaintFilterFields,
  incidentId: z
    .union([z.uuid(), z.literal('none')])
    .optional()
    .meta({ description: 'An incident id, or `none` for complaints attached to no incident (triage)' }),
  sort: ComplaintSort,
  cursor: Cursor,
  limit: Limit,
});

export const IncidentComplaintsQuery = z.strictObject({
  ...ComplaintFilterFields,
  postId: z.string().min(1).max(200).optional().meta({ description: 'Only the comments under this post' }),
  sort: ComplaintSort,
  cursor: Cursor,
  limit: Limit,
});

const MatchInfo = z
  .object({
    playbookId: z.string().nullable().meta({ description: 'The playbook it counts towards, or null' }),
    closest: z
      .object({
        playbookId: z.string(),
        missing: z.array(z.enum(['keywords', 'source', 'orderId'])).meta({
          description:
            'What it lacked: `keywords` (none of the trigger’s words or tags), `source` (a channel the playbook does not watch), `orderId` (an order number in another format)',
        }),
      })
      .nullable()
      .meta({ description: 'For a complaint no trigger matched: the playbook it came closest to' }),
  })
  .meta({ description: 'Why an unattached complaint waits (triage); absent on attached complaints' });

const Total = z.number().int().meta({ description: 'How many complaints the filter matches, on every page' });

export const ComplaintPage = z
  .object({
    items: z.array(ComplaintOut.extend({ match: MatchInfo.optional() })),
    nextCursor: z.string().nullable(),
    total: Total.nullable().meta({
      description: 'Counted when `incidentId` is given (`none` too), else null',
    }),
  })
  .meta({
    example: {
      items: [
        {
          ...exampleComplaint,
          incidentId: null,
          match: { playbookId: null, closest: { playbookId: 'delivery-delay', missing: ['source'] } },
        },
      ],
      nextCursor: null,
      total: 1,
    },
  });

export const IncidentComplaintPage = z
  .object({
    items: z.array(ComplaintOut.extend({ replies: z.array(ReplyOut) })),
    nextCursor: z.string().nullable(),
    total: Total,
  })
  .meta({ example: { items: [{ ...exampleComplaint, replies: [] }], nextCursor: null, total: 1 } });

/** Where a page ends: the last complaint's arrival, due time, answered flag and id, whatever the order. */
export const ComplaintCursor = z.object({
  r: CursorInstant.optional(),
  d: CursorInstant.nullable().optional(),
  a: z.boolean().optional(),
  i: z.uuid(),
});

const BulkFilter = z
  .strictObject({
    answered: z.boolean().optional(),
    overdue: z.boolean().optional(),
    source: z.enum(COMPLAINT_SOURCES).optional(),
    private: z.boolean().optional(),
    platformState: z.enum(['edited', 'removed']).optional(),
    q: z.string().trim().min(1).max(200).optional(),
  })
  .meta({ description: 'The global list’s filters, over the complaints attached to no incident' });

const exampleIds = ['8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09', '0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10'];

export const BulkAttachBody = z
  .strictObject({
    incidentId: z.uuid(),
    complaintIds: z.array(z.uuid()).min(1).max(1000).optional().meta({ description: 'At most 1000' }),
    filter: BulkFilter.optional(),
    actor: z.string().trim().min(1).max(200).optional(),
  })
  .refine(
    (b) => (b.complaintIds === undefined) !== (b.filter === undefined),
    messageKey('bulk.ids_or_filter'),
  )
  .meta({
    example: { incidentId: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c', complaintIds: exampleIds },
    description:
      'Either `complaintIds` (at most 1000), or `filter`: every unattached complaint it matches (the oldest 1000 per request)',
  });

export const BulkAttachOut = z
  .object({
    attached: z.number().int(),
    alreadyAttached: z.number().int().meta({ description: 'Already on this incident: nothing to do' }),
    refused: z
      .array(z.object({ complaintId: z.uuid(), problem: ProblemSchema }))
      .meta({ description: 'Each complaint refused on its own: unknown (404) or on another incident (409)' }),
    matched: z.number().int().optional().meta({
      description: 'With a filter: how many unattached complaints it matched (more than 1000: send it again)',
    }),
  })
  .meta({ example: { attached: 2, alreadyAttached: 0, refused: [] } });
