import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineRuns } from '../../../src/domain/audit/timeline.ts';

const entry = (
  seq: number,
  action: string,
  actor = 'Anna',
  states: [string, string] = ['admit', 'admit'],
) => ({
  seq,
  at: new Date(Date.UTC(2026, 11, 7, 10, 0, seq)).toISOString(),
  actor,
  action,
  fromState: states[0],
  toState: states[1],
  data: { n: seq },
});

describe('timelineRuns', () => {
  it('should fold 116 attachments by one person into one run counting them, newest data kept', () => {
    const entries = Array.from({ length: 116 }, (_, i) => entry(200 - i, 'complaint.attached'));
    const runs = timelineRuns(entries);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ count: 116, seq: 85, lastSeq: 200, action: 'complaint.attached' });
    expect(runs[0]?.data).toEqual({ n: 200 });
    expect((runs[0]?.at ?? '') < (runs[0]?.lastAt ?? '')).toBe(true);
  });

  it('should keep every state change on a line of its own, even two of the same kind in a row', () => {
    const runs = timelineRuns([
      entry(3, 'incident.reopen', 'system', ['closed', 'apologise']),
      entry(2, 'incident.close', 'Anna', ['monitoring', 'closed']),
      entry(1, 'incident.close', 'Anna', ['monitoring', 'closed']),
    ]);
    expect(runs.map((r) => r.count)).toEqual([1, 1, 1]);
  });

  it('should not fold the same action by two people', () => {
    const runs = timelineRuns([
      entry(2, 'complaint.attached', 'Ola'),
      entry(1, 'complaint.attached', 'Anna'),
    ]);
    expect(runs.map((r) => r.actor)).toEqual(['Ola', 'Anna']);
  });

  it('should account for every entry exactly once, in order, whatever the chain', () => {
    const actions = fc.constantFrom('complaint.attached', 'statement.drafted', 'incident.apologise');
    const chain = fc.array(fc.record({ action: actions, actor: fc.constantFrom('Anna', 'Ola') }), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(chain, (items) => {
        const entries = items
          .map((x, i) =>
            entry(
              i + 1,
              x.action,
              x.actor,
              x.action === 'incident.apologise' ? ['apologise', 'admit'] : ['admit', 'admit'],
            ),
          )
          .reverse();
        const runs = timelineRuns(entries);
        expect(runs.reduce((n, r) => n + r.count, 0)).toBe(entries.length);
        for (const r of runs) expect(r.lastSeq - r.seq + 1).toBe(r.count);
        for (let i = 1; i < runs.length; i++) expect(runs[i]!.lastSeq).toBe(runs[i - 1]!.seq - 1);
      }),
    );
  });
});
