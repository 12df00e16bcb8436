/**
 * Public first, then private (the seeds: answer where the customer complained, so everyone sees the brand
 * answer; take a complex case to a private channel only after that). Pure rules over a complaint's trail.
 */

export const PRIVATE_CHANNELS = ['dm', 'email', 'phone'] as const;
export type PrivateChannel = (typeof PRIVATE_CHANNELS)[number];

/** What the rules need to know of a complaint's conversation so far. */
export interface ReplyTrail {
  publicReplies: number;
  privateChannel: PrivateChannel | null;
}

/** Why a reply of this visibility is refused now, or null when it may be recorded. */
export function replyRefusal(
  trail: ReplyTrail,
  visibility: 'public' | 'private',
): 'public-reply-first' | null {
  return visibility === 'private' && trail.publicReplies === 0 ? 'public-reply-first' : null;
}

/** Why moving the conversation to a private channel is refused now, or null. */
export function moveRefusal(trail: ReplyTrail): 'public-reply-first' | null {
  return trail.publicReplies === 0 ? 'public-reply-first' : null;
}

/** A complaint without a public reply blocks `close` unless the manager records why it stays unanswered. */
export function closeRefusal(
  unanswered: { count: number; firstIds: readonly string[] },
  unansweredReason: string | undefined,
): { count: number; firstIds: readonly string[] } | null {
  if (unanswered.count === 0) return null;
  return unansweredReason !== undefined && unansweredReason.trim() !== '' ? null : unanswered;
}
