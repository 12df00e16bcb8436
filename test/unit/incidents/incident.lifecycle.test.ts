import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  autoCloseDue,
  insideReopenWindow,
  shortestAutoCloseWindow,
} from '../../../src/domain/incidents/incident.lifecycle.ts';

const H = 3_600_000;
const hours = fc.integer({ min: 1, max: 24 * 60 });
const base = Date.parse('2026-03-02T09:00:00.000Z');

describe('monitoring closes by itself (properties)', () => {
  it('should be due exactly when the playbook says so and the watch window has passed since it went quiet', () => {
    fc.assert(
      fc.property(
        hours,
        fc.integer({ min: -10 * H, max: 2000 * H }),
        fc.option(fc.boolean(), { nil: undefined }),
        (window, elapsed, autoClose) => {
          const playbook = {
            monitoring: { watchWindow: `PT${window}H`, ...(autoClose === undefined ? {} : { autoClose }) },
          };
          const due = autoCloseDue(playbook, new Date(base), new Date(base + elapsed));
          expect(due).toBe(autoClose === true && elapsed > window * H);
        },
      ),
    );
  });

  it('should take the shortest window among the playbooks that close by themselves', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hours, fc.boolean()), { maxLength: 6 }), (list) => {
        const playbooks = list.map(([h, autoClose]) => ({
          monitoring: { watchWindow: `PT${h}H`, autoClose },
        }));
        const closing = list.filter(([, a]) => a).map(([h]) => h * H);
        expect(shortestAutoCloseWindow(playbooks)).toBe(closing.length ? Math.min(...closing) : null);
      }),
    );
  });
});

describe('reopen window (properties)', () => {
  it('should reopen only from the close up to the end of the window, and never without one', () => {
    fc.assert(
      fc.property(
        fc.option(hours, { nil: undefined }),
        fc.integer({ min: -10 * H, max: 2000 * H }),
        (window, elapsed) => {
          const playbook = window === undefined ? {} : { reopenWindow: `PT${window}H` };
          const inside = insideReopenWindow(playbook, new Date(base), new Date(base + elapsed));
          expect(inside).toBe(window !== undefined && elapsed >= 0 && elapsed <= window * H);
        },
      ),
    );
  });
});
