import { z } from 'zod';
import { PRIVATE_CHANNELS } from '../../domain/complaints/complaint.channel.ts';
import { MAX_COMPLAINT_TEXT } from '../../domain/complaints/complaint.rules.ts';
import { COMPLAINT_SOURCES } from '../../domain/playbooks/playbook.schema.ts';
import { ProblemSchema } from '../problem.ts';
import { BooleanQuery, Cursor, EXAMPLE_INCIDENT_ID, Limit, Timestamp } from './common.ts';

const EXAMPLE_COMPLAINT_ID = '8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09';
const Short = (max: number) => z.string().trim().min(1).max(max);
const Actor = Short(200).optional().meta({ description: 'Who acts (recorded in the audit log)' });

const exampleBody = {
  source: 'facebook',
  externalId: 'fb-comment-1029384756',
  text: 'Where is my parcel? Ordered a week ago, ORD-20261124, still not delivered.',
  author: 'Jan K.',
  url: 'https://facebook.com/shop/posts/1/comments/1029384756',
  occurredAt: '2026-11-24T09:12:00.000Z',
  orderId: 'ORD-20261124',
  tags: ['delivery'],
};

export const ComplaintBody = z
  .strictObject({
    source: z.enum(COMPLAINT_SOURCES),
    externalId: Short(200).meta({
      description: 'The id the channel gave it; (source, externalId) is unique',
    }),
    text: z
      .string()
      .refine((s) => s.trim() !== '', 'must not be empty')
      .meta({
        description: `Stored as received. At most ${MAX_COMPLAINT_TEXT} characters (code points): longer is 422 naming \`text\`, as is invalid Unicode.`,
      }),
    author: Short(200).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
    occurredAt: Timestamp.optional().meta({
      description: 'When it was posted; defaults to when it was received',
    }),
    orderId: Short(100).optional(),
    tags: z.array(Short(64)).max(50).optional(),
    incidentId: z
      .uuid()
      .optional()
      .meta({ description: 'Attach to this incident instead of matching triggers' }),
    playbookId: Short(64)
      .optional()
      .meta({ description: 'Count it towards this playbook instead of matching triggers' }),
  })
  .meta({ example: exampleBody });
export type ComplaintBody = z.infer<typeof ComplaintBody>;

const exampleComplaint = {
  id: EXAMPLE_COMPLAINT_ID,
  ...exampleBody,
  receivedAt: '2026-11-24T09:12:03.000Z',
  incidentId: EXAMPLE_INCIDENT_ID,
  answered: false,
  answeredAt: null,
  firstReplyDueAt: '2026-11-24T11:12:03.000Z',
  redactedAt: null,
  privateChannel: null,
};

export const ComplaintOut = z
  .object({
    id: z.uuid(),
    source: z.enum(COMPLAINT_SOURCES),
    externalId: z.string(),
    text: z.string(),
    author: z.string().optional(),
    url: z.string().optional(),
    occurredAt: Timestamp,
    receivedAt: Timestamp,
    orderId: z.string().optional(),
    tags: z.array(z.string()).optional(),
    incidentId: z.uuid().nullable(),
    answered: z.boolean(),
    answeredAt: Timestamp.nullable(),
    firstReplyDueAt: Timestamp.nullable().meta({
      description:
        'When the first reply is due (playbook firstReply for the severity); null outside any playbook',
    }),
    redactedAt: Timestamp.nullable(),
    privateChannel: z
      .object({ channel: z.enum(PRIVATE_CHANNELS), at: Timestamp })
      .nullable()
      .meta({
        description: 'Where the conversation moved after a public reply (move-private); null while public',
      }),
    channelChanges: z
      .object({
        editedText: z.string().nullable(),
        editedAt: Timestamp.nullable(),
        removedAt: Timestamp.nullable(),
      })
      .optional()
      .meta({
        description:
          'Present when the channel (Meta webhooks) reported an edit or removal of the comment: `text` stays as first received',
      }),
  })
  .meta({ id: 'Complaint', example: exampleComplaint });

/** What the batch route validates: the envelope only, so each item can fail on its own. */
export const BatchEnvelope = z.strictObject({ items: z.array(z.unknown()).min(1).max(1000) });
/** What the batch route documents. */
export const BatchBody = z
  .strictObject({ items: z.array(ComplaintBody).min(1).max(1000) })
  .meta({ example: { items: [exampleBody] } });

export const BatchOut = z
  .object({
    items: z.array(
      z.object({
        status: z.union([z.literal(201), z.literal(200), z.literal(422)]),
        complaint: ComplaintOut.optional(),
        error: ProblemSchema.optional(),
      }),
    ),
  })
  .meta({ example: { items: [{ status: 201, complaint: exampleComplaint }] } });

export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(255).optional().meta({
    description: 'Replays the first answer for the same body (24 h); another body: 422; still running: 409',
    example: '5b3f0c1e-complaint-fb-1029384756',
  }),
});

export const ComplaintListQuery = z.strictObject({
  answered: BooleanQuery.optional(),
  incidentId: z
    .union([z.uuid(), z.literal('none')])
    .optional()
    .meta({ description: 'An incident id, or `none` for complaints attached to no incident (triage)' }),
  cursor: Cursor,
  limit: Limit,
});

export const IncidentComplaintsQuery = z.strictObject({
  answered: BooleanQuery.optional(),
  cursor: Cursor,
  limit: Limit,
});

export const ComplaintPage = z
  .object({ items: z.array(ComplaintOut), nextCursor: z.string().nullable() })
  .meta({ example: { items: [exampleComplaint], nextCursor: null } });

export const ComplaintCursor = z.object({ r: z.iso.datetime(), i: z.uuid() });

export const AttachBody = z
  .strictObject({ incidentId: z.uuid(), actor: Actor })
  .meta({ example: { incidentId: EXAMPLE_INCIDENT_ID, actor: 'Anna (PR)' } });

export const ReplyBody = z
  .strictObject({
    channel: Short(64).meta({ description: 'Where the reply was posted, e.g. facebook' }),
    visibility: z.enum(['public', 'private']),
    text: Short(5000).meta({
      description: 'No blaming the customer; never the same text as a reply to another complaint',
    }),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
    actor: Actor,
  })
  .meta({
    example: {
      channel: 'facebook',
      visibility: 'public',
      text: 'Jan, we are sorry: your parcel ORD-20261124 is at the Poznań hub and leaves today; we will write again tonight.',
      actor: 'Ola (support)',
    },
  });

export const ReplyOut = z
  .object({
    id: z.uuid(),
    complaintId: z.uuid(),
    channel: z.string(),
    visibility: z.enum(['public', 'private']),
    text: z.string(),
    url: z.string().optional(),
    actor: z.string(),
    createdAt: Timestamp,
  })
  .meta({
    id: 'Reply',
    example: {
      id: '0b6c2f1e-9d8a-4b7c-8e5f-1a2b3c4d5e6f',
      complaintId: EXAMPLE_COMPLAINT_ID,
      channel: 'facebook',
      visibility: 'public',
      text: 'Jan, we are sorry: your parcel is at the Poznań hub and leaves today.',
      actor: 'Ola (support)',
      createdAt: '2026-11-24T09:30:00.000Z',
    },
  });

export const MovePrivateBody = z
  .strictObject({
    channel: z.enum(PRIVATE_CHANNELS).meta({ description: 'dm (direct message), email or phone' }),
    note: Short(2000).meta({ description: 'Why the case moves, for the incident’s audit chain' }),
    actor: Actor,
  })
  .meta({
    example: {
      channel: 'dm',
      note: 'Needs the order number and address: asked in a direct message.',
      actor: 'Ola (PR)',
    },
  });

export const RedactBody = z
  .strictObject({ reason: Short(500), actor: Actor })
  .meta({ example: { reason: 'GDPR erasure request #2026-118', actor: 'Data protection officer' } });

export const ComplaintIdParams = z.object({
  id: z.uuid({ message: 'must be a UUID' }).meta({ example: EXAMPLE_COMPLAINT_ID }),
});
