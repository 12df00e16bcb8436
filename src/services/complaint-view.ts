import type { ComplaintRow } from '../db/repositories/complaint.repository.ts';
import type { ReplyRow } from '../db/repositories/complaint-reply.repository.ts';
import type { PrivateChannel } from '../domain/complaints/complaint.channel.ts';
import type { Delivery, DeliveryStatus } from '../domain/complaints/reply-delivery.ts';
import { localTime } from '../domain/deadlines/time-zone.ts';
import type { ComplaintSource } from '../domain/playbooks/playbook.schema.ts';

/** A complaint as the API shows it; optional members are left out when the integration sent none. */
export interface Complaint {
  id: string;
  source: ComplaintSource;
  externalId: string;
  text: string;
  /** Detected at ingest: ISO 639-1 (`en`, `pl`, `el`, …) or `und` when too short or unclear. */
  language: string;
  /** What it is about (delivery, refund…), from its playbook's topic keywords at ingest; sorted. */
  topics: string[];
  author?: string;
  url?: string;
  occurredAt: string;
  receivedAt: string;
  orderId?: string;
  tags?: string[];
  /** The post or media a comment sits under (Meta, or the integration's postId). */
  postId?: string;
  incidentId: string | null;
  answered: boolean;
  answeredAt: string | null;
  firstReplyDueAt: string | null;
  /** The same instant as wall-clock time of the playbook's zone (src/services/complaint-zones.ts). */
  firstReplyDueAtLocal: string | null;
  /** The worker found it unanswered at its first-reply time. */
  firstReplyBreached: boolean;
  redactedAt: string | null;
  /** Where the conversation moved after a public reply, and when; null while it is public only. */
  privateChannel: { channel: PrivateChannel; at: string } | null;
  /** What the channel (Meta webhooks) reported since: the latest edited text and a removal there. */
  channelChanges?: { editedText: string | null; editedAt: string | null; removedAt: string | null };
}

/** `timeZone`: the zone its first-reply time is shown in (viewComplaints in complaint-zones.ts picks it). */
export function toComplaint(r: ComplaintRow, timeZone: string): Complaint {
  return {
    id: r.id,
    source: r.source as ComplaintSource,
    externalId: r.external_id,
    text: r.text,
    language: r.language,
    topics: r.topics,
    ...(r.author !== null ? { author: r.author } : {}),
    ...(r.url !== null ? { url: r.url } : {}),
    occurredAt: r.occurred_at.toISOString(),
    receivedAt: r.received_at.toISOString(),
    ...(r.order_id !== null ? { orderId: r.order_id } : {}),
    ...(r.tags.length > 0 ? { tags: r.tags } : {}),
    ...(r.post_id !== null ? { postId: r.post_id } : {}),
    incidentId: r.incident_id,
    answered: r.answered,
    answeredAt: r.answered_at?.toISOString() ?? null,
    firstReplyDueAt: r.first_reply_due_at?.toISOString() ?? null,
    firstReplyDueAtLocal: r.first_reply_due_at ? localTime(r.first_reply_due_at, timeZone) : null,
    firstReplyBreached: r.first_reply_breached_at !== null,
    redactedAt: r.redacted_at?.toISOString() ?? null,
    privateChannel:
      r.private_channel && r.private_channel_at
        ? { channel: r.private_channel as PrivateChannel, at: r.private_channel_at.toISOString() }
        : null,
    ...(r.meta_edited_at !== null || r.meta_removed_at !== null
      ? {
          channelChanges: {
            editedText: r.meta_edited_text,
            editedAt: r.meta_edited_at?.toISOString() ?? null,
            removedAt: r.meta_removed_at?.toISOString() ?? null,
          },
        }
      : {}),
  };
}

/** A reply as the API shows it; `actor` and `createdAt` repeat `author` and `at` for the first desk clients. */
export interface Reply {
  id: string;
  complaintId: string;
  channel: string;
  visibility: 'public' | 'private';
  text: string;
  url: string | null;
  author: string;
  at: string;
  delivery: { status: DeliveryStatus; externalId?: string; url?: string; at?: string };
  actor: string;
  createdAt: string;
}

export function toReply(r: ReplyRow): Reply {
  const at = r.created_at.toISOString();
  return {
    id: r.id,
    complaintId: r.complaint_id,
    channel: r.channel,
    visibility: r.visibility,
    text: r.text,
    url: r.url,
    author: r.actor,
    at,
    delivery: {
      status: r.delivery_status,
      ...(r.delivery_external_id !== null ? { externalId: r.delivery_external_id } : {}),
      ...(r.delivery_url !== null ? { url: r.delivery_url } : {}),
      ...(r.delivery_at !== null ? { at: r.delivery_at.toISOString() } : {}),
    },
    actor: r.actor,
    createdAt: at,
  };
}

/** The delivery recorded on a reply row, as the domain rule reads it. */
export function deliveryOf(r: ReplyRow): Delivery {
  return {
    status: r.delivery_status,
    externalId: r.delivery_external_id,
    url: r.delivery_url,
    at: r.delivery_at,
  };
}

/** GET /v1/complaints/{id}: the complaint and its replies, oldest first. */
export type ComplaintWithReplies = Complaint & { replies: Reply[] };
