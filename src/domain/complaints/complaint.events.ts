import { type OutboxEvent, outboxEvent } from '../events.ts';

/**
 * `complaint.reply_created`: what the integration needs to post the reply where the customer complained
 * (the complaint's source and externalId, the reply's channel, visibility and text), and the ids to report
 * its delivery with.
 */
export function replyCreatedEvent(
  complaint: { id: string; incidentId: string | null; source: string; externalId: string },
  reply: {
    id: string;
    channel: string;
    visibility: string;
    text: string;
    url: string | null;
    author: string;
  },
  at: Date,
): OutboxEvent {
  return outboxEvent('complaint.reply_created', at, {
    incidentId: complaint.incidentId,
    complaintId: complaint.id,
    source: complaint.source,
    externalId: complaint.externalId,
    replyId: reply.id,
    channel: reply.channel,
    visibility: reply.visibility,
    text: reply.text,
    url: reply.url,
    author: reply.author,
  });
}
