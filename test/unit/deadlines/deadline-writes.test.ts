import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DeadlineColumns,
  type DeadlineWrite,
  deadlineWrites,
  remindAt,
} from '../../../src/domain/deadlines/deadline-writes.ts';
import {
  allowedEventsIn,
  buildIncidentMachine,
  type IncidentState,
  openIncident,
  viewIncident,
} from '../../../src/domain/incidents/index.ts';
import { SEVERITIES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';
import { HOUR, later, step, T0 } from '../incidents/incident.helpers.ts';

/** Deadline rows as the writer leaves them: what the SQL does with each write, in memory. */
interface Row extends Required<Omit<DeadlineColumns, 'status'>> {
  stage: string;
  startedAt: string;
  status: NonNullable<DeadlineColumns['status']>;
}

function apply(rows: Row[], writes: readonly DeadlineWrite[]): Row[] {
  const next = rows.map((r) => ({ ...r }));
  for (const w of writes.filter((x) => x.op === 'update')) {
    const target = next.filter(
      (r) => r.stage === w.stage && w.from.includes(r.status) && r.completedAt === null,
    );
    expect(target.length).toBeLessThanOrEqual(1);
    if (target[0]) Object.assign(target[0], w.set);
  }
  for (const w of writes.filter((x) => x.op === 'insert')) {
    next.push({
      stage: w.stage,
      startedAt: w.startedAt,
      dueAt: w.dueAt,
      remindAt: w.remindAt,
      status: 'pending',
      pausedAt: null,
      remainingMs: null,
      completedAt: null,
      breachedAt: null,
      remindedAt: null,
    });
  }
  return next;
}

const playbook = makePlaybook();

describe('deadline writes', () => {
  it('should place the reminder at the playbook fraction of the span', () => {
    expect(remindAt('2026-01-01T00:00:00.000Z', '2026-01-01T10:00:00.000Z', 0.8)).toBe(
      '2026-01-01T08:00:00.000Z',
    );
  });

  it('should complete a late stage as breached, keeping when it was due', () => {
    const opened = openIncident(playbook, { severity: 'medium', now: T0 });
    const before = opened.view.deadline!;
    const late = later(new Date(before.dueAt!), HOUR);
    const outcome = step(playbook, opened.snapshot, 'apologise', { now: late });
    if (!outcome.ok) throw new Error('apology refused');
    const writes = deadlineWrites(outcome.effects, before, 0.8);
    expect(writes[0]).toEqual({
      op: 'update',
      stage: 'apologise',
      from: ['pending', 'paused', 'breached'],
      set: { completedAt: late.toISOString(), status: 'breached', breachedAt: before.dueAt },
    });
    expect(writes[1]).toMatchObject({ op: 'insert', stage: 'admit' });
  });

  it('should complete a stage met in time as met, without a breach time', () => {
    const opened = openIncident(playbook, { severity: 'medium', now: T0 });
    const outcome = step(playbook, opened.snapshot, 'apologise', { now: later(T0, 1) });
    if (!outcome.ok) throw new Error('apology refused');
    const [met] = deadlineWrites(outcome.effects, opened.view.deadline, 0.8);
    expect(met).toMatchObject({ op: 'update', set: { status: 'met' } });
    expect(met?.op === 'update' && 'breachedAt' in met.set).toBe(false);
  });

  it('should keep the rows in step with the machine over any walk: one open row, due and reminder as the view says', () => {
    const machine = buildIncidentMachine(playbook);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ pick: fc.nat(), waitMin: fc.nat({ max: 600 }), sev: fc.constantFrom(...SEVERITIES) }),
          {
            maxLength: 25,
          },
        ),
        (moves) => {
          const opened = openIncident(playbook, { severity: 'medium', now: T0 });
          let snapshot = opened.snapshot;
          let rows = apply([], deadlineWrites(opened.effects, null, 0.8));
          let now = T0;
          for (const move of moves) {
            now = later(now, move.waitMin * 60_000);
            const view = viewIncident(playbook, snapshot);
            const allowed = allowedEventsIn(machine, view.state as IncidentState);
            const event = allowed[move.pick % allowed.length]!;
            const evidence =
              event === 'set_severity' ? { severity: move.sev, reason: 'the volume grew' } : undefined;
            const outcome = step(playbook, snapshot, event, {
              now,
              ...(evidence ? { evidence } : {}),
            });
            if (!outcome.ok) continue;
            rows = apply(rows, deadlineWrites(outcome.effects, view.deadline, 0.8));
            snapshot = outcome.snapshot;
            const d = outcome.view.deadline;
            const open = rows.filter((r) => r.completedAt === null && r.status !== 'breached');
            expect(open.length).toBe(d ? 1 : 0);
            if (d) {
              expect(open[0]).toMatchObject({ stage: d.stage, startedAt: d.startedAt, dueAt: d.dueAt });
              expect(open[0]!.status).toBe(d.dueAt === null ? 'paused' : 'pending');
              if (d.dueAt !== null && open[0]!.status === 'pending') {
                expect(open[0]!.remindAt).toBe(remindAt(d.startedAt, d.dueAt, 0.8));
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
