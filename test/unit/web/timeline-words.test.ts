import { beforeEach, describe, expect, it } from 'vitest';
import { deadlineState, dueSentence } from '../../../src/web/deadline-text.ts';
import { setCurrentLang } from '../../../src/web/i18n/t.ts';
import { actorText, describeRun, moveText } from '../../../src/web/incident/timeline-words.ts';

const run = (
  action: string,
  count = 1,
  data: Record<string, unknown> = {},
  from = 'apologise',
  to = from,
) => ({
  action,
  count,
  data,
  fromState: from,
  toState: to,
});

beforeEach(() => setCurrentLang('pl'));

describe('the timeline and the deadline in words (src/web/incident/timeline-words.ts, deadline-text.ts)', () => {
  it('should word each known action in Polish, counted ones with their plural', () => {
    expect(describeRun(run('complaint.attached', 42))).toBe('42 skargi dołączone');
    expect(describeRun(run('complaint.attached', 5))).toBe('5 skarg dołączonych');
    expect(describeRun(run('incident.apologise', 1, {}, 'apologise', 'admit'))).toBe(
      'Przeprosiny opublikowane',
    );
    expect(
      describeRun(
        run('incident.set_severity', 1, {
          effects: [{ type: 'severity_changed', from: 'high', to: 'critical' }],
        }),
      ),
    ).toBe('Zmiana ważności: wysoka → krytyczna');
    expect(describeRun(run('statement.decided', 1, { decision: 'reject' }))).toBe('Oświadczenie odrzucone');
    expect(describeRun(run('statement.drafted', 3))).toBe('Szkic oświadczenia przygotowany (3 razy)');
    expect(describeRun(run('deadline.breached', 1, { stage: 'admit' }))).toBe(
      'Minął termin etapu: Przyznaj się',
    );
    expect(describeRun(run('compensation.status_changed', 1, { to: 'accepted' }))).toBe(
      'Rekompensata: przyjęta',
    );
    expect(describeRun(run('complaint.stragglers', 2, { total: 7, since: 'closed' }))).toBe(
      '7 nowych skarg od zamknięcia',
    );
  });

  it('should give an unknown action a generic sentence, never its raw name', () => {
    expect(describeRun(run('complaint.platform_edited'))).toBe('Inna zmiana w incydencie');
    expect(describeRun(run('something.new', 2))).toBe('Inna zmiana w incydencie (2 razy)');
  });

  it('should name the engine, and a stage move with the stages’ names', () => {
    expect(actorText('system')).toBe('System');
    expect(actorText('deadline scheduler')).toBe('System');
    expect(actorText('Anna (PR)')).toBe('Anna (PR)');
    expect(moveText(run('incident.reopen', 1, {}, 'monitoring', 'apologise'))).toBe(
      'etap: Obserwacja → Przeproś',
    );
    expect(moveText(run('complaint.attached'))).toBeNull();
  });

  it('should say the stage deadline as "zostało 45 min (do 14:30)" in the playbook zone, never PT or ISO', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    const dueAt = new Date(now + 45 * 60_000).toISOString();
    const deadline = { dueAt, breached: false, paused: false };
    expect(dueSentence(deadline, 'Europe/Warsaw', now).text).toBe('zostało 45 min (do 13:45)');
    expect(dueSentence({ ...deadline, breached: true }, 'Europe/Warsaw', now + 3 * 3_600_000).text).toBe(
      'po terminie od 2 godz. 15 min (termin: 13:45)',
    );
    expect(dueSentence({ dueAt: null, breached: false, paused: true }, 'Europe/Warsaw', now).text).toBe(
      'termin wstrzymany',
    );
    expect(deadlineState(deadline, new Date(now - 4 * 3_600_000).toISOString(), now)).toEqual({
      text: 'zostało 45 min',
      tone: 'amber',
    });
  });
});
