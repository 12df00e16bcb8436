import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_MOVES,
  canMove,
  closeBlockedByCommitments,
  movesInto,
} from '../../../src/domain/commitments/commitment.moves.ts';
import { commitmentRemindAt } from '../../../src/domain/commitments/commitment.plans.ts';
import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  SETTABLE_STATUSES,
} from '../../../src/domain/commitments/commitment.types.ts';

const status = fc.constantFrom(...COMMITMENT_STATUSES);
const FINAL: readonly CommitmentStatus[] = ['done', 'missed', 'cancelled'];

describe('commitment status machine (properties)', () => {
  it('should allow exactly the moves out of open, to any other status, and refuse every other move', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        expect(canMove(from, to)).toBe(from === 'open' && to !== 'open');
      }),
    );
  });

  it('should accept at most one move in any sequence of attempts, after which the status never changes', () => {
    fc.assert(
      fc.property(fc.array(status, { maxLength: 12 }), (tries) => {
        let current: CommitmentStatus = 'open';
        let accepted = 0;
        for (const to of tries) {
          if (!canMove(current, to)) continue;
          current = to;
          accepted++;
        }
        expect(accepted).toBeLessThanOrEqual(1);
        expect(accepted === 0 ? current === 'open' : FINAL.includes(current)).toBe(true);
      }),
    );
  });

  it('should guard every update on exactly the statuses the machine moves from', () => {
    fc.assert(
      fc.property(status, (to) => {
        const from = movesInto(to);
        for (const s of COMMITMENT_STATUSES) expect(from.includes(s)).toBe(COMMITMENT_MOVES[s].includes(to));
      }),
    );
  });

  it('should let a person set only done or cancelled, both from open', () => {
    expect(SETTABLE_STATUSES).toEqual(['done', 'cancelled']);
    for (const s of SETTABLE_STATUSES) expect(movesInto(s)).toEqual(['open']);
  });
});

describe('close and open commitments', () => {
  it('should block a close exactly while some are open and the closer does not carry them over', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.option(fc.anything(), { nil: undefined }), (open, carryOver) => {
        const blocked = closeBlockedByCommitments(open, carryOver === undefined ? {} : { carryOver });
        expect(blocked).toBe(open > 0 && carryOver !== true);
      }),
    );
    expect(closeBlockedByCommitments(2, undefined)).toBe(true);
    expect(closeBlockedByCommitments(2, { carryOver: true })).toBe(false);
  });
});

describe('commitment reminder time', () => {
  it('should fall inside the promise’s span at the playbook’s fraction, and be absent for a promise due at once', () => {
    const base = Date.parse('2026-03-02T09:00:00.000Z');
    fc.assert(
      fc.property(
        fc.integer({ min: -86_400_000, max: 90 * 86_400_000 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (span, fraction) => {
          const at = commitmentRemindAt(new Date(base), new Date(base + span), fraction);
          if (span <= 0) {
            expect(at).toBeNull();
            return;
          }
          const t = Date.parse(at!);
          expect(t).toBeGreaterThanOrEqual(base);
          expect(t).toBeLessThan(base + span);
          expect(Math.abs(t - (base + span * fraction))).toBeLessThanOrEqual(1);
        },
      ),
    );
    expect(commitmentRemindAt(new Date(base), new Date(base + 10 * 86_400_000), 0.8)).toBe(
      '2026-03-10T09:00:00.000Z',
    );
  });
});
