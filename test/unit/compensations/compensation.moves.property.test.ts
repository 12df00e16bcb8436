import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPENSATION_MOVES,
  COUNTED_STATUSES,
  canMoveCompensation,
  moveRefusal,
} from '../../../src/domain/compensations/compensation.moves.ts';
import {
  COMPENSATION_STATUSES,
  type CompensationStatus,
} from '../../../src/domain/compensations/compensation.types.ts';

const status = fc.constantFrom(...COMPENSATION_STATUSES);
const keyId = fc.option(fc.constantFrom('k1', 'k2', 'k3'), { nil: null });
const FINAL: readonly CompensationStatus[] = ['declined', 'fulfilled', 'cancelled'];

/** The contract's list of moves, written out once more by hand: the table must say exactly this. */
const CONTRACT: ReadonlySet<string> = new Set([
  'offered→accepted',
  'offered→declined',
  'offered→cancelled',
  'accepted→fulfilled',
  'pending_approval→offered',
  'pending_approval→cancelled',
]);

describe('compensation status machine', () => {
  it('should allow exactly the contract’s moves, for every pair of statuses', () => {
    for (const from of COMPENSATION_STATUSES) {
      for (const to of COMPENSATION_STATUSES) {
        expect(canMoveCompensation(from, to), `${from} → ${to}`).toBe(CONTRACT.has(`${from}→${to}`));
      }
    }
  });

  it('should refuse every move outside the table and name the moves possible instead (property)', () => {
    fc.assert(
      fc.property(status, status, keyId, keyId, (from, to, author, mover) => {
        const refusal = moveRefusal({ status: from, author: { actor: 'a', keyId: author } }, to, {
          keyId: mover,
        });
        if (!canMoveCompensation(from, to)) {
          expect(refusal).toEqual({ kind: 'not_allowed', from, allowed: COMPENSATION_MOVES[from] });
        } else if (from === 'pending_approval' && to === 'offered' && author !== null && author === mover) {
          expect(refusal).toEqual({ kind: 'self_approval' });
        } else {
          expect(refusal).toBeNull();
        }
      }),
    );
  });

  it('should keep approval to another key but let the author cancel or answer its own offer (property)', () => {
    fc.assert(
      fc.property(status, status, fc.constantFrom('k1', 'k2'), (from, to, key) => {
        const own = moveRefusal({ status: from, author: { actor: 'a', keyId: key } }, to, { keyId: key });
        const approving = from === 'pending_approval' && to === 'offered';
        expect(own?.kind === 'self_approval').toBe(approving);
        const other = moveRefusal({ status: from, author: { actor: 'a', keyId: key } }, to, { keyId: 'k3' });
        expect(other === null).toBe(canMoveCompensation(from, to));
      }),
    );
  });

  it('should walk any sequence of tries through allowed moves only, never back, ending where nothing leaves (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(status, { maxLength: 15 }), (pending, tries) => {
        let current: CompensationStatus = pending ? 'pending_approval' : 'offered';
        const seen: CompensationStatus[] = [current];
        for (const to of tries) {
          if (!canMoveCompensation(current, to)) continue;
          current = to;
          seen.push(current);
        }
        expect(new Set(seen).size).toBe(seen.length);
        if (FINAL.includes(current)) {
          for (const to of COMPENSATION_STATUSES) expect(canMoveCompensation(current, to)).toBe(false);
        }
        // Fulfilled only after accepted, accepted only after offered.
        if (seen.includes('fulfilled')) expect(seen.at(seen.indexOf('fulfilled') - 1)).toBe('accepted');
        if (seen.includes('accepted')) expect(seen.at(seen.indexOf('accepted') - 1)).toBe('offered');
      }),
    );
  });

  it('should count against the budget every status but declined and cancelled', () => {
    expect([...COUNTED_STATUSES].sort()).toEqual(
      COMPENSATION_STATUSES.filter((s) => s !== 'declined' && s !== 'cancelled').sort(),
    );
  });
});
