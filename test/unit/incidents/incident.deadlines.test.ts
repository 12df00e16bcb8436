import { describe, expect, it } from 'vitest';
import { isBreached, viewIncident } from '../../../src/domain/incidents/index.ts';
import { makeBusinessHoursPlaybook, makePlaybook } from '../../fixtures/playbook.fixture.ts';
import { HOUR, later, open, ROUTE, stepOk, T0, walk } from './incident.helpers.ts';

const playbook = makePlaybook();
const office = makeBusinessHoursPlaybook();
const iso = (date: Date) => date.toISOString();

describe('stepIncident deadlines', () => {
  it("should count a stage's deadline from when the stage was entered", () => {
    const outcome = stepOk(playbook, open(playbook), 'apologise', { now: later(T0, HOUR) });
    expect(outcome.view.deadline).toMatchObject({
      stage: 'admit',
      startedAt: iso(later(T0, HOUR)),
      dueAt: iso(later(T0, 25 * HOUR)),
    });
  });

  it("should count a deadlineFrom 'opened' stage from the opening of the incident", () => {
    const fromOpened = makePlaybook({ stages: { counteract: { deadlineFrom: 'opened' } } });
    let snapshot = open(fromOpened);
    snapshot = stepOk(fromOpened, snapshot, 'apologise', { now: later(T0, 5 * HOUR) }).snapshot;
    const outcome = stepOk(fromOpened, snapshot, 'admit', { now: later(T0, 10 * HOUR) });
    expect(outcome.view.deadline?.dueAt).toBe(iso(later(T0, 48 * HOUR)));
  });

  it('should count only business hours, from Friday afternoon into Monday', () => {
    // Friday 7 March 2025 16:00 CET + 8 working hours → 1h on Friday, 7h on Monday → Monday 16:00 CET.
    const view = viewIncident(office, open(office, 'medium', new Date('2025-03-07T15:00:00Z')));
    expect(view.deadline?.dueAt).toBe('2025-03-10T15:00:00.000Z');
  });

  it('should pause the deadline in legal with the time left, never breach there, and resume with that time', () => {
    const snapshot = open(playbook); // apologise, medium: due T0 + 8h
    const paused = stepOk(playbook, snapshot, 'escalate_legal', { now: later(T0, 3 * HOUR) });
    expect(paused.view.deadline).toEqual({
      stage: 'apologise',
      startedAt: iso(T0),
      dueAt: null,
      pausedAt: iso(later(T0, 3 * HOUR)),
      remainingMs: 5 * HOUR,
    });
    expect(paused.view.legalReturnTo).toBe('apologise');
    expect(paused.effects).toEqual([
      { type: 'deadline_paused', stage: 'apologise', at: iso(later(T0, 3 * HOUR)), remainingMs: 5 * HOUR },
    ]);
    expect(isBreached(paused.view.deadline, later(T0, 1000 * HOUR))).toBe(false);

    const resumed = stepOk(playbook, paused.snapshot, 'resume', { now: later(T0, 50 * HOUR) });
    expect(resumed.view.state).toBe('apologise');
    expect(resumed.view.deadline).toMatchObject({
      dueAt: iso(later(T0, 55 * HOUR)),
      pausedAt: null,
      remainingMs: null,
    });
    expect(resumed.effects).toEqual([
      {
        type: 'deadline_resumed',
        stage: 'apologise',
        at: iso(later(T0, 50 * HOUR)),
        dueAt: iso(later(T0, 55 * HOUR)),
      },
    ]);
  });

  it('should keep the remaining working time across a weekend and the March DST change on business hours', () => {
    // Opened Monday 3 March 09:00 CET (due 17:00); escalated at 15:00 CET with 2 working hours left.
    const paused = stepOk(office, open(office), 'escalate_legal', { now: new Date('2025-03-03T14:00:00Z') });
    expect(paused.view.deadline?.remainingMs).toBe(2 * HOUR);
    // Resumed Friday 28 March 16:00 CET: 1h on Friday, 1h on Monday 31 March 09:00–10:00 CEST (+02:00).
    const resumed = stepOk(office, paused.snapshot, 'resume', { now: new Date('2025-03-28T15:00:00Z') });
    expect(resumed.view.deadline?.dueAt).toBe('2025-03-31T08:00:00.000Z');
  });

  it('should resume a deadline that was already breached when it was paused as due at once', () => {
    const paused = stepOk(playbook, open(playbook), 'escalate_legal', { now: later(T0, 9 * HOUR) });
    expect(paused.view.deadline?.remainingMs).toBe(0);
    const resumed = stepOk(playbook, paused.snapshot, 'resume', { now: later(T0, 20 * HOUR) });
    expect(resumed.view.deadline?.dueAt).toBe(iso(later(T0, 20 * HOUR)));
  });

  it('should recompute the running deadline from the stage entry when the severity changes', () => {
    const inAdmit = stepOk(playbook, open(playbook), 'apologise', { now: later(T0, HOUR) }).snapshot; // due +25h
    const outcome = stepOk(playbook, inAdmit, 'set_severity', {
      now: later(T0, 2 * HOUR),
      evidence: { severity: 'critical', reason: 'In the news.' },
    });
    expect(outcome.view).toMatchObject({ state: 'admit', severity: 'critical' });
    expect(outcome.effects).toEqual([
      { type: 'severity_changed', from: 'medium', to: 'critical', reason: 'In the news.' },
      { type: 'deadline_rescheduled', stage: 'admit', dueAt: iso(later(T0, 4 * HOUR)), remainingMs: null },
    ]);
    expect(isBreached(outcome.view.deadline, later(T0, 5 * HOUR))).toBe(true);
  });

  it("should recompute a deadlineFrom 'opened' stage from the opening", () => {
    const fromOpened = makePlaybook({ stages: { counteract: { deadlineFrom: 'opened' } } });
    const snapshot = walk(fromOpened, ROUTE.counteract, { now: later(T0, 2 * HOUR) });
    const outcome = stepOk(fromOpened, snapshot, 'set_severity', {
      evidence: { severity: 'high', reason: 'More.' },
    });
    expect(outcome.view.deadline?.dueAt).toBe(iso(later(T0, 26 * HOUR)));
  });

  it('should recompute the paused remaining time when the severity changes in legal', () => {
    let snapshot = stepOk(playbook, open(playbook), 'apologise', { now: later(T0, HOUR) }).snapshot; // admit 24h
    snapshot = stepOk(playbook, snapshot, 'escalate_legal', { now: later(T0, 2 * HOUR) }).snapshot; // 23h left
    const outcome = stepOk(playbook, snapshot, 'set_severity', {
      now: later(T0, 30 * HOUR),
      evidence: { severity: 'critical', reason: 'Escalating.' },
    });
    expect(outcome.view.deadline).toMatchObject({ dueAt: null, remainingMs: 2 * HOUR });
    expect(outcome.effects[1]).toEqual({
      type: 'deadline_rescheduled',
      stage: 'admit',
      dueAt: null,
      remainingMs: 2 * HOUR,
    });
    const resumed = stepOk(playbook, outcome.snapshot, 'resume', { now: later(T0, 40 * HOUR) });
    expect(resumed.view.deadline?.dueAt).toBe(iso(later(T0, 42 * HOUR)));
  });

  it('should extend a recomputed deadline by the time spent in legal earlier', () => {
    let snapshot = stepOk(playbook, open(playbook), 'apologise', { now: T0 }).snapshot; // admit due +24h
    snapshot = stepOk(playbook, snapshot, 'escalate_legal', { now: later(T0, HOUR) }).snapshot;
    snapshot = stepOk(playbook, snapshot, 'resume', { now: later(T0, 11 * HOUR) }).snapshot; // 10h paused
    const outcome = stepOk(playbook, snapshot, 'set_severity', {
      now: later(T0, 12 * HOUR),
      evidence: { severity: 'high', reason: 'More.' },
    });
    expect(outcome.view.deadline?.dueAt).toBe(iso(later(T0, 16 * HOUR))); // 6h + 10h paused
  });

  it('should cancel the deadline on dismiss, from a stage or from legal', () => {
    const fromStage = stepOk(playbook, open(playbook), 'dismiss', { now: later(T0, HOUR) });
    expect(fromStage.effects).toEqual([
      { type: 'deadline_cancelled', stage: 'apologise', at: iso(later(T0, HOUR)) },
    ]);
    expect(fromStage.view.deadline).toBeNull();
    const fromLegal = stepOk(playbook, walk(playbook, ROUTE.legal), 'dismiss');
    expect(fromLegal.view).toMatchObject({ state: 'dismissed', deadline: null, legalReturnTo: null });
  });
});

describe('stepIncident reopen', () => {
  it.each(['closed', 'monitoring'] as const)(
    'should reopen from %s at the playbook stage, clearing it and later ones',
    (from) => {
      const toCounteract = makePlaybook({ reopenTo: 'counteract' });
      const outcome = stepOk(toCounteract, walk(toCounteract, ROUTE[from]), 'reopen', {
        now: later(T0, 100 * HOUR),
      });
      expect(outcome.view).toMatchObject({ state: 'counteract', completedStages: ['apologise', 'admit'] });
      expect(outcome.effects).toEqual([
        {
          type: 'deadline_started',
          stage: 'counteract',
          startedAt: iso(later(T0, 100 * HOUR)),
          dueAt: iso(later(T0, 148 * HOUR)),
        },
      ]);
    },
  );

  it('should reopen from closed at apologise by default, with nothing completed', () => {
    const outcome = stepOk(playbook, walk(playbook, ROUTE.closed), 'reopen');
    expect(outcome.view).toMatchObject({ state: 'apologise', completedStages: [] });
  });

  it('should reopen a dismissed incident at the first stage it never completed when that comes first', () => {
    const toCounteract = makePlaybook({ reopenTo: 'counteract' });
    const dismissedEarly = walk(toCounteract, ['apologise', 'dismiss']);
    expect(stepOk(toCounteract, dismissedEarly, 'reopen').view).toMatchObject({
      state: 'admit',
      completedStages: ['apologise'],
    });
    const dismissedLate = walk(toCounteract, ['apologise', 'admit', 'counteract', 'improve', 'dismiss']);
    expect(stepOk(toCounteract, dismissedLate, 'reopen').view).toMatchObject({
      state: 'counteract',
      completedStages: ['apologise', 'admit'],
    });
  });

  it("should count deadlineFrom 'opened' from the reopen, so a reopened incident is not born breached", () => {
    const fromOpened = makePlaybook({ stages: { apologise: { deadlineFrom: 'opened' } } });
    const outcome = stepOk(fromOpened, walk(fromOpened, ROUTE.closed), 'reopen', {
      now: later(T0, 500 * HOUR),
    });
    expect(outcome.view.deadline?.dueAt).toBe(iso(later(T0, 508 * HOUR)));
    expect(outcome.view.openedAt).toBe(iso(T0));
  });
});

describe('isBreached', () => {
  const deadline = {
    stage: 'admit' as const,
    startedAt: iso(T0),
    dueAt: iso(later(T0, HOUR)),
    pausedAt: null,
    remainingMs: null,
  };

  it('should be breached only strictly after dueAt', () => {
    expect(isBreached(deadline, later(T0, HOUR))).toBe(false);
    expect(isBreached(deadline, later(T0, HOUR + 1))).toBe(true);
  });

  it('should never breach without a deadline or while paused', () => {
    expect(isBreached(null, later(T0, 1e9))).toBe(false);
    expect(isBreached({ ...deadline, dueAt: null, pausedAt: iso(T0), remainingMs: 0 }, later(T0, 1e9))).toBe(
      false,
    );
  });
});
