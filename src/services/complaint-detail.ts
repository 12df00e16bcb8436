import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { findComplaint } from '../db/repositories/complaint.repository.ts';
import {
  listReplies,
  lockReply,
  updateReplyDelivery,
} from '../db/repositories/complaint-reply.repository.ts';
import type { DB } from '../db/schema.ts';
import { type DeliveryReport, decideDelivery } from '../domain/complaints/reply-delivery.ts';
import { DeliveryFinalError, NotFoundError } from '../errors.ts';
import { type ComplaintWithReplies, deliveryOf, type Reply, toReply } from './complaint-view.ts';
import { viewComplaint } from './complaint-zones.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

/** One complaint with its conversation, and what integrations report of delivering its replies. */
export class ComplaintDetail {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock; playbooks: PlaybookRegistry }) {}

  /**
   * The complaint and its replies, oldest first. `postedBy` limits an integration key to the complaints
   * it posted: another one reads as unknown (404), as it does in the lists.
   */
  async get(id: string, postedBy: string | null): Promise<ComplaintWithReplies> {
    const row = await findComplaint(this.deps.db, id);
    if (!row || (postedBy !== null && row.posted_by_key_id !== postedBy)) {
      throw new NotFoundError('complaint', id);
    }
    const replies = await listReplies(this.deps.db, id);
    return {
      ...(await viewComplaint(this.deps.db, this.deps.playbooks, row)),
      replies: replies.map(toReply),
    };
  }

  /**
   * Records a delivery report (src/domain/complaints/reply-delivery.ts decides): the reply as it is after
   * it. A report contradicting a delivery already recorded is 409; a repeat changes nothing.
   */
  async reportDelivery(
    complaintId: string,
    replyId: string,
    report: DeliveryReport,
    postedBy: string | null,
  ): Promise<Reply> {
    return this.deps.db.transaction().execute(async (trx) => {
      const complaint = await findComplaint(trx, complaintId);
      if (!complaint || (postedBy !== null && complaint.posted_by_key_id !== postedBy)) {
        throw new NotFoundError('complaint', complaintId);
      }
      const reply = await lockReply(trx, complaintId, replyId);
      if (!reply) throw new NotFoundError('reply', replyId);
      const decision = decideDelivery(deliveryOf(reply), report, this.deps.clock());
      if (decision.kind === 'refused') {
        throw new DeliveryFinalError(replyId, {
          status: reply.delivery_status,
          externalId: reply.delivery_external_id,
          url: reply.delivery_url,
        });
      }
      if (decision.kind === 'unchanged') return toReply(reply);
      return toReply(await updateReplyDelivery(trx, replyId, decision.delivery));
    });
  }
}
