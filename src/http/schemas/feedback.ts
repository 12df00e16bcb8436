import { z } from 'zod';
import { messageKey } from '../../domain/messages/message.ts';
import { TimestampIn } from './common.ts';

export const FeedbackQuery = z
  .strictObject({
    since: TimestampIn.optional().meta({ description: 'Complaints received at or after this instant' }),
    until: TimestampIn.optional().meta({ description: 'Complaints received before this instant' }),
    playbookId: z.string().min(1).max(64).optional().meta({
      description:
        'Complaints of this playbook: attached to its incidents, or matched to its trigger while unattached',
      example: 'delivery-delay',
    }),
    incidentId: z.uuid().optional().meta({ description: 'Complaints attached to this incident' }),
  })
  .refine((q) => !q.since || !q.until || Date.parse(q.until) > Date.parse(q.since), {
    message: messageKey('value.until_after_since'),
    path: ['until'],
  });

export const exampleFeedback = {
  total: 412,
  topics: [
    {
      topic: 'delivery',
      count: 380,
      channels: { facebook: 301, email: 79 },
      sample: ['0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c', '0190d19f-2a41-7d3e-9c55-1b2f3e4d5a6b'],
    },
    {
      topic: 'courier',
      count: 122,
      channels: { facebook: 122 },
      sample: ['0190d19e-7f10-7a2b-8c3d-4e5f6a7b8c9d'],
    },
  ],
};

export const FeedbackOut = z
  .object({
    total: z.number().int().meta({
      description: 'Complaints in scope, with or without topics (one with two topics counts once here)',
    }),
    topics: z.array(
      z.object({
        topic: z.string(),
        count: z.number().int().meta({ description: 'Complaints in scope that mention the topic' }),
        channels: z.record(z.string(), z.number().int()).meta({
          description: 'How many of them came from each source (facebook, email…)',
        }),
        sample: z.array(z.uuid()).meta({ description: 'A few of their ids, newest first (at most 5)' }),
      }),
    ),
  })
  .meta({
    id: 'Feedback',
    description: 'What customers said, by topic, most mentioned first',
    example: exampleFeedback,
  });
