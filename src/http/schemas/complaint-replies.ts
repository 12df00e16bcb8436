import { z } from 'zod';
import { Timestamp } from './common.ts';
import { Actor, ComplaintOut, EXAMPLE_COMPLAINT_ID, exampleComplaint, Short } from './complaints.ts';

const EXAMPLE_REPLY_ID = '0b6c2f1e-9d8a-4b7c-8e5f-1a2b3c4d5e6f';

export const ReplyBody = z
  .strictObject({
    channel: Short(64).meta({ description: 'Where the reply was posted, e.g. facebook' }),
    visibility: z.enum(['public', 'private']),
    text: Short(5000).meta({
      description:
        'No blaming the customer, calm tone, and never a template: not the same text as a reply to another ' +
        'complaint, nor nearly the same as another reply of the same incident once names and numbers are masked',
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

const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

const exampleDelivery = {
  status: 'delivered',
  externalId: 'fb-comment-1029384999',
  url: 'https://facebook.com/shop/posts/1/comments/1029384999',
  at: '2026-11-24T09:30:04.000Z',
};

export const DeliveryOut = z
  .object({
    status: z.enum(DELIVERY_STATUSES),
    externalId: z.string().optional(),
    url: z.string().optional(),
    at: Timestamp.optional().meta({ description: 'When the integration reported it' }),
  })
  .meta({
    description: 'Whether the integration posted the reply on its channel: pending until it reports',
    example: exampleDelivery,
  });

const exampleReply = {
  id: EXAMPLE_REPLY_ID,
  complaintId: EXAMPLE_COMPLAINT_ID,
  channel: 'facebook',
  visibility: 'public',
  text: 'Jan, we are sorry: your parcel is at the Poznań hub and leaves today.',
  url: null,
  author: 'Ola (support)',
  at: '2026-11-24T09:30:00.000Z',
  delivery: exampleDelivery,
  actor: 'Ola (support)',
  createdAt: '2026-11-24T09:30:00.000Z',
};

export const ReplyOut = z
  .object({
    id: z.uuid(),
    complaintId: z.uuid(),
    channel: z.string(),
    visibility: z.enum(['public', 'private']),
    text: z.string(),
    url: z.string().nullable(),
    author: z.string().meta({ description: 'Who wrote it (the actor, else the key’s name)' }),
    at: Timestamp,
    delivery: DeliveryOut,
    actor: z
      .string()
      .meta({ description: 'The same as author (kept for clients of the first desk release)' }),
    createdAt: Timestamp.meta({ description: 'The same as at (kept for clients of the first desk release)' }),
  })
  .meta({ id: 'Reply', example: exampleReply });

/** GET /v1/complaints/{id}: the complaint and its conversation, oldest reply first. */
export const ComplaintDetailOut = ComplaintOut.extend({ replies: z.array(ReplyOut) }).meta({
  id: 'ComplaintWithReplies',
  example: { ...exampleComplaint, answered: true, answeredAt: exampleReply.at, replies: [exampleReply] },
});

export const DeliveryBody = z
  .strictObject({
    status: z.enum(['delivered', 'failed']),
    externalId: Short(200).optional().meta({ description: 'The id the channel gave the posted reply' }),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional()
      .meta({ description: 'Where the posted reply can be seen' }),
  })
  .meta({
    example: {
      status: 'delivered',
      externalId: 'fb-comment-1029384999',
      url: 'https://facebook.com/shop/posts/1/comments/1029384999',
    },
  });

export const ReplyParams = z.object({
  id: z.uuid().meta({ example: EXAMPLE_COMPLAINT_ID }),
  replyId: z.uuid().meta({ example: EXAMPLE_REPLY_ID }),
});
