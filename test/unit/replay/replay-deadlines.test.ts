import { describe, expect, it } from 'vitest';
import { deadlineWrites } from '../../../src/domain/deadlines/deadline-writes.ts';
import {
  applyDeadlineWrites,
  pairDeadlines,
  type ReplayedDeadline,
} from '../../../src/domain/replay/replay-deadlines.ts';

const at = (h: number) => new Date(Date.UTC(2026, 2, 2, h)).toISOString();

describe('applyDeadlineWrites', () => {
  it('should finish the open row late as breached and start the next stage, as the writer does', () => {
    const rows: ReplayedDeadline[] = [];
    applyDeadlineWrites(
      rows,
      deadlineWrites(
        [{ type: 'deadline_started', stage: 'apologise', startedAt: at(9), dueAt: at(11) }],
        null,
        0.8,
      ),
    );
    const before = {
      stage: 'apologise' as const,
      startedAt: at(9),
      dueAt: at(11),
      pausedAt: null,
      remainingMs: null,
    };
    applyDeadlineWrites(
      rows,
      deadlineWrites(
        [
          { type: 'deadline_met', stage: 'apologise', at: at(12) },
          { type: 'deadline_started', stage: 'admit', startedAt: at(12), dueAt: at(18) },
        ],
        before,
        0.8,
      ),
    );
    expect(rows).toEqual([
      {
        stage: 'apologise',
        startedAt: at(9),
        dueAt: at(11),
        completedAt: at(12),
        breachedAt: at(11),
        status: 'breached',
      },
      {
        stage: 'admit',
        startedAt: at(12),
        dueAt: at(18),
        completedAt: null,
        breachedAt: null,
        status: 'pending',
      },
    ]);
  });

  it('should leave completed rows and rows in other statuses alone', () => {
    const done: ReplayedDeadline = {
      stage: 'admit',
      startedAt: at(9),
      dueAt: at(10),
      completedAt: at(10),
      breachedAt: null,
      status: 'met',
    };
    const rows = [{ ...done }];
    applyDeadlineWrites(rows, [
      { op: 'update', stage: 'admit', from: ['pending', 'met'], set: { status: 'cancelled' } },
    ]);
    expect(rows).toEqual([done]);
  });
});

describe('pairDeadlines', () => {
  it('should pair rows by stage and occurrence and keep the unpaired of both sides', () => {
    const r = [
      { stage: 'apologise', n: 1 },
      { stage: 'admit', n: 2 },
      { stage: 'apologise', n: 3 },
    ];
    const s = [
      { stage: 'apologise', n: 'a' },
      { stage: 'apologise', n: 'b' },
      { stage: 'improve', n: 'c' },
    ];
    expect(pairDeadlines(r, s).map((p) => [p.replayed?.n, p.stored?.n])).toEqual([
      [1, 'a'],
      [2, undefined],
      [3, 'b'],
      [undefined, 'c'],
    ]);
  });
});
