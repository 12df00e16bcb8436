import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import { advisoryXactLocks } from '../db/repositories/advisory-lock.ts';
import {
  type ComplaintRow,
  lockComplaint,
  updateComplaint,
} from '../db/repositories/complaint.repository.ts';
import {
  countPublicReplies,
  incidentRepliesElsewhere,
  insertReply,
  replyTextElsewhere,
} from '../db/repositories/complaint-reply.repository.ts';
import { findIncident } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { appendSystemRecord, applyIncidentChanges } from '../db/writer/incident-writer.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import {
  moveRefusal,
  type PrivateChannel,
  type ReplyTrail,
  replyRefusal,
} from '../domain/complaints/complaint.channel.ts';
import { replyCreatedEvent } from '../domain/complaints/complaint.events.ts';
import { checkReply } from '../domain/complaints/complaint.rules.ts';
import { say } from '../domain/messages/message.ts';
import { normaliseStatement } from '../domain/statements/statement.rules.ts';
import { NotFoundError, PublicReplyFirstError, UnprocessableError } from '../errors.ts';
import { type Complaint, type Reply, toReply } from './complaint-view.ts';
import { viewComplaint } from './complaint-zones.ts';
import type { IncidentCommands } from './incident-commands.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

/** The conversation so far, read under the complaint's row lock. */
async function trailOf(trx: Transaction<DB>, complaint: ComplaintRow): Promise<ReplyTrail> {
  return {
    publicReplies: await countPublicReplies(trx, complaint.id),
    privateChannel: complaint.private_channel as PrivateChannel | null,
  };
}

export interface ReplyInput {
  channel: string;
  visibility: 'public' | 'private';
  text: string;
  url?: string | undefined;
}

/**
 * How many of the incident's newest replies a new one is compared with (the canned rule): a template in use
 * shows among them, and the check stays a bounded read however large the incident grows.
 */
const CANNED_WINDOW = 500;

/** What replaces redacted personal data; the record itself stays. */
export const REDACTED = '[redacted]';

/** Answering complaints and redacting them; replies and complaints are never deleted. */
export class ComplaintReplies {
  constructor(
    private readonly deps: {
      db: Kysely<DB>;
      clock: Clock;
      playbooks: PlaybookRegistry;
      incidents: IncidentCommands;
    },
  ) {}

  /**
   * Records a reply; the first one (public or private: either way the customer got an answer) marks the
   * complaint answered. Replies obey the statement rules for replies: no blame, no verbatim template.
   */
  async reply(complaintId: string, input: ReplyInput, actor: Actor): Promise<Reply> {
    return this.deps.db.transaction().execute(async (trx) => {
      const complaint = await lockComplaint(trx, complaintId);
      if (!complaint) throw new NotFoundError('complaint', complaintId);
      const incident = complaint.incident_id ? await findIncident(trx, complaint.incident_id) : null;
      const playbook = incident ? await this.deps.playbooks.definition(incident.playbook_version, trx) : null;
      const textKey = createHash('sha256').update(normaliseStatement(input.text)).digest('hex');
      // Two agents pasting the same template at the same moment must not both get through: the same text
      // anywhere, or (when attached) a near copy within the incident.
      // Always the text's lock first, then the incident's: no two replies wait on each other in a circle.
      await advisoryXactLocks(trx, [
        `reply:${textKey}`,
        ...(complaint.incident_id ? [`reply-incident:${complaint.incident_id}`] : []),
      ]);
      const trail = await trailOf(trx, complaint);
      if (replyRefusal(trail, input.visibility)) throw new PublicReplyFirstError(complaintId);
      const failures = checkReply(
        input.text,
        playbook,
        await replyTextElsewhere(trx, textKey, complaintId),
        complaint.incident_id
          ? {
              customer: { author: complaint.author, orderId: complaint.order_id },
              others: await incidentRepliesElsewhere(trx, complaint.incident_id, complaintId, CANNED_WINDOW),
            }
          : undefined,
      );
      if (failures.length > 0) {
        throw new UnprocessableError(say('rule_failures', { failures }), failures);
      }
      const now = this.deps.clock();
      const reply = await insertReply(trx, {
        id: randomUUID(),
        complaint_id: complaintId,
        channel: input.channel,
        visibility: input.visibility,
        text: input.text,
        text_key: textKey,
        url: input.url ?? null,
        actor: actor.name,
        key_id: actor.keyId,
        created_at: now,
      });
      if (!complaint.answered) await updateComplaint(trx, complaintId, { answered: true, answered_at: now });
      const event = replyCreatedEvent(
        {
          id: complaintId,
          incidentId: complaint.incident_id,
          source: complaint.source,
          externalId: complaint.external_id,
        },
        { ...reply, author: reply.actor },
        now,
      );
      await applyIncidentChanges(trx, [], [event]);
      return toReply(reply);
    });
  }

  /**
   * Moves the conversation to a private channel after a public reply; recorded on the complaint and, when
   * attached, on the incident's chain (with the note). Moving again to the same channel changes nothing.
   */
  async movePrivate(
    complaintId: string,
    input: { channel: PrivateChannel; note: string },
    actor: Actor,
  ): Promise<Complaint> {
    return this.deps.db.transaction().execute(async (trx) => {
      const complaint = await lockComplaint(trx, complaintId);
      if (!complaint) throw new NotFoundError('complaint', complaintId);
      if (moveRefusal(await trailOf(trx, complaint))) throw new PublicReplyFirstError(complaintId);
      if (complaint.private_channel === input.channel) return this.view(trx, complaint);
      const updated = await updateComplaint(trx, complaintId, {
        private_channel: input.channel,
        private_channel_at: this.deps.clock(),
      });
      if (complaint.incident_id) {
        await this.deps.incidents.recordIn(
          trx,
          complaint.incident_id,
          {
            action: 'complaint.moved_private',
            data: { complaintId, channel: input.channel, note: input.note },
          },
          actor,
        );
      }
      return this.view(trx, updated);
    });
  }

  /**
   * Replaces the text and author (personal data) and keeps the record; the incident's audit chain records
   * who redacted what and why. Redacting again changes nothing and answers the same.
   */
  async redact(complaintId: string, reason: string, actor: Actor): Promise<Complaint> {
    return this.deps.db.transaction().execute(async (trx) => {
      const complaint = await lockComplaint(trx, complaintId);
      if (!complaint) throw new NotFoundError('complaint', complaintId);
      if (complaint.redacted_at !== null) return this.view(trx, complaint);
      const updated = await updateComplaint(trx, complaintId, {
        text: REDACTED,
        author: complaint.author === null ? null : REDACTED,
        redacted_at: this.deps.clock(),
        redaction_reason: reason,
      });
      if (complaint.incident_id) {
        await this.deps.incidents.recordIn(
          trx,
          complaint.incident_id,
          { action: 'complaint.redacted', data: { complaintId, source: complaint.source, reason } },
          actor,
        );
      } else {
        // No incident chain to carry it: the system chain records who redacted what and why.
        await appendSystemRecord(trx, {
          at: this.deps.clock(),
          actor: actor.name,
          action: 'complaint.redacted',
          data: { complaintId, source: complaint.source, reason, keyId: actor.keyId },
        });
      }
      return this.view(trx, updated);
    });
  }

  private view(trx: Transaction<DB>, row: ComplaintRow): Promise<Complaint> {
    return viewComplaint(trx, this.deps.playbooks, row);
  }
}
