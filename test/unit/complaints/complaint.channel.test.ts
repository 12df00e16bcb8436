import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closeRefusal,
  moveRefusal,
  type PrivateChannel,
  type ReplyTrail,
  replyRefusal,
} from '../../../src/domain/complaints/complaint.channel.ts';

type Move =
  | { kind: 'reply'; complaint: number; visibility: 'public' | 'private' }
  | { kind: 'move'; complaint: number; channel: PrivateChannel }
  | { kind: 'close'; reason?: string };

const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({
    kind: fc.constant('reply' as const),
    complaint: fc.nat(3),
    visibility: fc.constantFrom('public' as const, 'private' as const),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    complaint: fc.nat(3),
    channel: fc.constantFrom('dm' as const, 'email' as const, 'phone' as const),
  }),
  fc.record({
    kind: fc.constant('close' as const),
    reason: fc.option(fc.constantFrom('', '  ', 'answered by phone'), { nil: undefined }),
  }),
);

/** Runs moves through the rules as the services do; returns what was accepted, in order. */
function desk(moves: readonly Move[]) {
  const trails: ReplyTrail[] = Array.from({ length: 4 }, () => ({ publicReplies: 0, privateChannel: null }));
  const accepted: (Move & { unansweredAtClose?: number })[] = [];
  let closed = false;
  for (const m of moves) {
    if (closed) break;
    if (m.kind === 'reply') {
      const trail = trails[m.complaint]!;
      if (replyRefusal(trail, m.visibility)) continue;
      if (m.visibility === 'public') trail.publicReplies++;
      accepted.push(m);
    } else if (m.kind === 'move') {
      const trail = trails[m.complaint]!;
      if (moveRefusal(trail)) continue;
      trail.privateChannel = m.channel;
      accepted.push(m);
    } else {
      const open = trails.flatMap((tr, i) => (tr.publicReplies === 0 ? [`c${i}`] : []));
      if (closeRefusal({ count: open.length, firstIds: open }, m.reason)) continue;
      accepted.push({ ...m, unansweredAtClose: open.length });
      closed = true;
    }
  }
  return accepted;
}

describe('public first, then private', () => {
  it('should refuse a private reply or a move before a public reply, and allow both after one', () => {
    const fresh: ReplyTrail = { publicReplies: 0, privateChannel: null };
    expect(replyRefusal(fresh, 'private')).toBe('public-reply-first');
    expect(moveRefusal(fresh)).toBe('public-reply-first');
    expect(replyRefusal(fresh, 'public')).toBeNull();
    expect(replyRefusal({ ...fresh, publicReplies: 1 }, 'private')).toBeNull();
    expect(moveRefusal({ ...fresh, publicReplies: 1 })).toBeNull();
  });

  it('should block close on unanswered complaints unless a non-blank reason is given', () => {
    const open = { count: 2, firstIds: ['a', 'b'] };
    expect(closeRefusal(open, undefined)).toEqual(open);
    expect(closeRefusal(open, '   ')).toEqual(open);
    expect(closeRefusal(open, 'answered by phone')).toBeNull();
    expect(closeRefusal({ count: 0, firstIds: [] }, undefined)).toBeNull();
  });

  it('should never let a private reply or move precede a public reply, nor close over unanswered complaints without a reason, over any sequence', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 40 }), (moves) => {
        const accepted = desk(moves);
        const publicSeen = new Set<number>();
        for (const m of accepted) {
          if (m.kind === 'reply' && m.visibility === 'public') publicSeen.add(m.complaint);
          if ((m.kind === 'reply' && m.visibility === 'private') || m.kind === 'move') {
            expect(publicSeen.has(m.complaint)).toBe(true);
          }
          if (m.kind === 'close' && (m.unansweredAtClose ?? 0) > 0) expect(m.reason?.trim()).toBeTruthy();
        }
      }),
      { numRuns: 500 },
    );
  });
});
