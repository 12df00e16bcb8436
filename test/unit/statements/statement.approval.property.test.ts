import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPROVER_ROLES, SEVERITIES } from '../../../src/domain/playbooks/playbook.schema.ts';
import {
  approvalReminderAt,
  approvalRule,
  canMove,
  decidedStatus,
  decisionRefusal,
  STATEMENT_MOVES,
} from '../../../src/domain/statements/statement.approval.ts';
import {
  DECISIONS,
  STATEMENT_STATUSES,
  type StatementStatus,
} from '../../../src/domain/statements/statement.types.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';

const status = fc.constantFrom(...STATEMENT_STATUSES);
const keyId = fc.option(fc.constantFrom('k1', 'k2', 'k3'), { nil: null });
const role = fc.constantFrom('admin', 'manager', 'dashboard', 'integration');
const rule = fc.record({
  required: fc.boolean(),
  roles: fc.subarray([...APPROVER_ROLES], { minLength: 1 }),
});

describe('statement status machine (properties)', () => {
  it('should walk any sequence of moves from a draft through allowed moves only, ending in a final status', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(status, { maxLength: 12 }), (required, tries) => {
        let current = (required ? 'pending_approval' : 'approved') as StatementStatus;
        const seen: StatementStatus[] = [current];
        for (const to of tries) {
          if (!canMove(current, to)) continue;
          expect(STATEMENT_MOVES[current]).toContain(to);
          current = to;
          seen.push(current);
        }
        // Never back: each status is entered at most once, and nothing leaves rejected or published.
        expect(new Set(seen).size).toBe(seen.length);
        for (const to of STATEMENT_STATUSES) {
          if (current === 'rejected' || current === 'published') expect(canMove(current, to)).toBe(false);
        }
        expect(seen.includes('published') ? seen.at(-2) : 'approved').toBe('approved');
      }),
    );
  });

  it('should let a key decide only when it is not the author’s, its role is named, and the statement waits', () => {
    fc.assert(
      fc.property(
        status,
        keyId,
        keyId,
        role,
        rule,
        fc.constantFrom(...DECISIONS),
        (s, author, decider, r, ru, d) => {
          const refusal = decisionRefusal(
            { status: s, author: { actor: 'a', keyId: author } },
            { keyId: decider, role: r },
            ru,
            d,
          );
          const self = decider !== null && author === decider;
          const roleOk = (ru.roles as readonly string[]).includes(r);
          if (self) expect(refusal).toEqual({ kind: 'self_approval' });
          else if (!roleOk) expect(refusal).toMatchObject({ kind: 'role', role: r });
          else if (s !== 'pending_approval') expect(refusal).toEqual({ kind: 'already_decided', status: s });
          else {
            expect(refusal).toBeNull();
            expect(canMove(s, decidedStatus(d))).toBe(true);
          }
        },
      ),
    );
  });

  it('should remind halfway from drafting to the deadline, never without a future deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: -1e9, max: 1e9 }), (drafted, span) => {
        const at = approvalReminderAt(new Date(drafted), new Date(drafted + span).toISOString());
        if (span <= 0) expect(at).toBeNull();
        else expect(Date.parse(at!)).toBe(new Date(drafted + span / 2).getTime());
      }),
    );
    expect(approvalReminderAt(new Date(), null)).toBeNull();
  });
});

describe('approvalRule', () => {
  it('should require nothing for a playbook without an approval block, at every severity', () => {
    for (const severity of SEVERITIES) {
      expect(approvalRule(makePlaybook(), severity)).toEqual({
        required: false,
        roles: ['admin', 'manager'],
      });
    }
  });

  it('should read the rule of the severity, defaulting the roles', () => {
    const playbook = makePlaybook({
      approval: { critical: { required: true }, high: { required: true, roles: ['admin'] } },
    });
    expect(approvalRule(playbook, 'critical')).toEqual({ required: true, roles: ['admin', 'manager'] });
    expect(approvalRule(playbook, 'high')).toEqual({ required: true, roles: ['admin'] });
    expect(approvalRule(playbook, 'low').required).toBe(false);
  });
});
