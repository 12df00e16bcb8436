import type { Actor } from '../domain/audit/audit-chain.ts';
import type { ComplaintService } from './complaint.service.ts';
import { ComplaintReplies, type ReplyInput } from './complaint-replies.service.ts';
import type { Reply } from './complaint-view.ts';

/** Where a reply goes back to: the channel and the comment id Meta gave the complaint. */
export interface MetaReplyTarget {
  source: 'facebook' | 'instagram';
  commentId: string;
}

/** Posts a reply on Meta's side; pluggable so tests (and other transports) need no network. */
export interface MetaReplyTransport {
  postReply(target: MetaReplyTarget, text: string): Promise<{ id: string }>;
}

/**
 * The Graph API: a Page comment is answered with `POST /{comment-id}/comments`, an Instagram comment
 * with `POST /{comment-id}/replies`, both with `message` and the Page access token.
 * @see https://developers.facebook.com/docs/graph-api/reference/object/comments/#publish
 * @see https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies
 */
export class GraphApiTransport implements MetaReplyTransport {
  constructor(private readonly options: { baseUrl: string; pageToken: string; timeoutMs: number }) {}

  async postReply(target: MetaReplyTarget, text: string): Promise<{ id: string }> {
    const edge = target.source === 'facebook' ? 'comments' : 'replies';
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(target.commentId)}/${edge}`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.options.pageToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message: text }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!res.ok) throw new Error(`Graph API answered ${res.status} for ${edge} of ${target.commentId}`);
    const body = (await res.json()) as { id?: unknown };
    return { id: String(body.id ?? '') };
  }
}

/**
 * Replies as usual, then posts a public reply to a Facebook/Instagram complaint back under the comment.
 * The reply is recorded here whatever Meta answers: the forward runs after the commit, unawaited, and a
 * failure is only reported (the agent can still answer on Meta by hand; the reply here stands).
 */
export class MetaForwardingReplies extends ComplaintReplies {
  constructor(
    deps: ConstructorParameters<typeof ComplaintReplies>[0],
    private readonly forward: {
      complaints: ComplaintService;
      transport: MetaReplyTransport;
      onResult: (err: unknown, reply: Reply, posted?: { id: string }) => void;
    },
  ) {
    super(deps);
  }

  override async reply(complaintId: string, input: ReplyInput, actor: Actor): Promise<Reply> {
    const reply = await super.reply(complaintId, input, actor);
    if (input.visibility === 'public') void this.postBack(complaintId, reply);
    return reply;
  }

  private async postBack(complaintId: string, reply: Reply): Promise<void> {
    try {
      const complaint = await this.forward.complaints.get(complaintId);
      if (complaint.source !== 'facebook' && complaint.source !== 'instagram') return;
      const target = { source: complaint.source, commentId: complaint.external_id } as const;
      this.forward.onResult(null, reply, await this.forward.transport.postReply(target, reply.text));
    } catch (err) {
      this.forward.onResult(err, reply);
    }
  }
}
