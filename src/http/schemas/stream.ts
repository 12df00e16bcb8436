import { z } from 'zod';

const EXAMPLE_ID = '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c';

export const StreamQuery = z.strictObject({
  lastEventId: z.uuid().optional().meta({
    description:
      'Resume after this event (for clients that cannot set the `Last-Event-ID` header; the header wins).',
    example: EXAMPLE_ID,
  }),
});

export const StreamHeaders = z.object({
  'last-event-id': z.uuid().optional().meta({
    description: 'Resume after this event: the `id` of the last message the client received.',
    example: EXAMPLE_ID,
  }),
});

const EXAMPLE_STREAM =
  ': from now\n\n' +
  `id: ${EXAMPLE_ID}\nevent: incident.opened\n` +
  'data: {"type":"incident.opened","timestamp":"2026-05-04T10:00:00.000Z","data":{"incidentId":"0190d1a0-0000-7000-8000-000000000001","playbookId":"social-media-backlash","title":"Delivery delays","severity":"medium","state":"apologise"}}\n\n' +
  ': keepalive\n\n';

/** The 200 answer: a `text/event-stream` that stays open. */
export const StreamResponse = {
  description:
    'Server-sent events, one per outbox event in commit order: `id:` is the event id (send it back as ' +
    '`Last-Event-ID` to resume without loss or repeats), `event:` the type (as for webhooks), `data:` the ' +
    'webhook payload `{ type, timestamp, data }` (dashboard keys receive it without texts, authors, links ' +
    'and channel ids). Without `Last-Event-ID` the stream starts from now; the first line is a comment ' +
    'saying where it starts. A comment every ~15 s keeps proxies from closing it.',
  content: {
    'text/event-stream': {
      schema: z.string().meta({ description: 'SSE framing (WHATWG HTML §9.2)', example: EXAMPLE_STREAM }),
    },
  },
};
