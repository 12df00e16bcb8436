import { z } from 'zod';
import { PRIVATE_CHANNELS } from '../../domain/complaints/complaint.channel.ts';
import { MAX_COMPLAINT_TEXT } from '../../domain/complaints/complaint.rules.ts';
import { messageKey } from '../../domain/messages/message.ts';
import { COMPLAINT_SOURCES } from '../../domain/playbooks/playbook.schema.ts';
import { ProblemSchema } from '../problem.ts';
import { EXAMPLE_INCIDENT_ID, Timestamp, TimestampIn } from './common.ts';

export const EXAMPLE_COMPLAINT_ID = '8c1b7e52-3d0a-4f7e-9a61-2b5d4c3e1f09';
export const Short = (max: number) => z.string().trim().min(1).max(max);
export const Actor = Short(200).optional().meta({ description: 'Who acts (recorded in the audit log)' });

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
      .refine((s) => s.trim() !== '', messageKey('value.not_empty'))
      .meta({
        description: `Stored as received. At most ${MAX_COMPLAINT_TEXT} characters (code points): longer is 422 naming \`text\`, as is invalid Unicode.`,
      }),
    author: Short(200).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
    occurredAt: TimestampIn.optional().meta({
      description: 'When it was posted; defaults to when it was received',
    }),
    orderId: Short(100).optional(),
    tags: z.array(Short(64)).max(50).optional(),
    postId: Short(200).optional().meta({
      description:
        'The post (or Instagram media) a comment sits under, so a desk can group a wave by post; Meta deliveries set it',
      example: '104857361234_998877665544',
    }),
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

export const exampleComplaint = {
  id: EXAMPLE_COMPLAINT_ID,
  ...exampleBody,
  receivedAt: '2026-11-24T09:12:03.000Z',
  language: 'en',
  topics: ['delivery'],
  incidentId: EXAMPLE_INCIDENT_ID,
  answered: false,
  answeredAt: null,
  firstReplyDueAt: '2026-11-24T11:12:03.000Z',
  firstReplyDueAtLocal: '2026-11-24T12:12:03+01:00',
  firstReplyBreached: false,
  redactedAt: null,
  privateChannel: null,
};

export const ComplaintOut = z
  .object({
    id: z.uuid(),
    source: z.enum(COMPLAINT_SOURCES),
    externalId: z.string(),
    text: z.string(),
    language: z.string().meta({
      description:
        'Detected at ingest among en, pl and el (ISO 639-1), or `und` when the text is too short to tell',
    }),
    topics: z.array(z.string()).meta({
      description:
        'What it is about (e.g. delivery, courier, refund), from its playbook’s topic keywords in its language ' +
        'at ingest (every playbook’s when none claims it); sorted, empty when no keyword occurs',
      example: ['courier', 'delivery'],
    }),
    author: z.string().optional(),
    url: z.string().optional(),
    occurredAt: Timestamp,
    receivedAt: Timestamp,
    orderId: z.string().optional(),
    tags: z.array(z.string()).optional(),
    postId: z.string().optional().meta({ description: 'The post or media a comment sits under, when known' }),
    incidentId: z.uuid().nullable(),
    answered: z.boolean(),
    answeredAt: Timestamp.nullable(),
    firstReplyDueAt: Timestamp.nullable().meta({
      description:
        'When the first reply is due: the playbook’s firstReply for the severity, else the default policy ' +
        '(FIRST_REPLY_DEFAULT, 24 h); null only on complaints stored before that policy',
    }),
    firstReplyDueAtLocal: z
      .string()
      .nullable()
      .meta({
        description:
          'firstReplyDueAt as local time with its offset (RFC 3339), in the time zone of the playbook of the ' +
          'complaint’s incident, else of the playbook it matched, else UTC (the default policy); null with it',
        example: '2026-11-24T12:12:03+01:00',
      }),
    firstReplyBreached: z.boolean().meta({
      description: 'The worker found it still unanswered at firstReplyDueAt (complaint.first_reply_breached)',
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

const exampleMatch = {
  playbookId: 'delivery-delay',
  reason: 'its trigger matched keywords "where is my parcel" and tags "delivery"',
};

export const MatchOut = z
  .object({
    playbookId: z.string().nullable(),
    reason: z.string().meta({ description: 'Why it matched, or why nothing did, in words' }),
  })
  .meta({
    description:
      'What a new complaint matched: the playbook it was placed under and why, or null and why none ' +
      '(e.g. "no playbook\'s keywords or sources matched"). Absent on a repeat (200): it was placed before.',
    example: exampleMatch,
  });

/** A complaint as ingest answers it: the Complaint plus what it matched. */
export const IngestedComplaintOut = ComplaintOut.extend({ match: MatchOut.optional() }).meta({
  id: 'IngestedComplaint',
  example: { ...exampleComplaint, match: exampleMatch },
});

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
        complaint: IngestedComplaintOut.optional(),
        error: ProblemSchema.optional(),
      }),
    ),
  })
  .meta({ example: { items: [{ status: 201, complaint: { ...exampleComplaint, match: exampleMatch } }] } });

export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(255).optional().meta({
    description: 'Replays the first answer for the same body (24 h); another body: 422; still running: 409',
    example: '5b3f0c1e-complaint-fb-1029384756',
  }),
});

export const AttachBody = z
  .strictObject({ incidentId: z.uuid(), actor: Actor })
  .meta({ example: { incidentId: EXAMPLE_INCIDENT_ID, actor: 'Anna (PR)' } });

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
  id: z.uuid().meta({ example: EXAMPLE_COMPLAINT_ID }),
});
