import { duration, when } from './i18n/format.ts';
import { t } from './i18n/t.ts';

/** What a countdown needs of a deadline (an incident's or a board card's). */
export type Deadline = { dueAt: string | null; breached: boolean; paused: boolean } | null;
export type Tone = 'ok' | 'amber' | 'red' | 'paused' | 'none';

/** Countdown text and its colour: amber under 25 % of the span left, red when breached, "paused" in legal. */
export function deadlineState(
  deadline: Deadline,
  startedAt: string | null | undefined,
  now: number,
): { text: string; tone: Tone } {
  if (!deadline) return { text: t('card.noDeadline'), tone: 'none' };
  if (deadline.paused || !deadline.dueAt) return { text: t('card.paused'), tone: 'paused' };
  const due = Date.parse(deadline.dueAt);
  const left = due - now;
  if (deadline.breached || left <= 0)
    return { text: t('card.breachedAgo', { d: duration(-left) }), tone: 'red' };
  const span = startedAt ? due - Date.parse(startedAt) : 0;
  const tone = span > 0 && left / span < 0.25 ? 'amber' : 'ok';
  return { text: t('card.left', { d: duration(left) }), tone };
}

/** The stage's deadline as a sentence: "zostało 45 min (do 14:30)", in the playbook's time zone. */
export function dueSentence(deadline: Deadline, timeZone: string, now: number): { text: string; tone: Tone } {
  const state = deadlineState(deadline, null, now);
  if (!deadline?.dueAt || state.tone === 'paused') return { text: t('ws.duePaused'), tone: 'paused' };
  const time = when(deadline.dueAt, timeZone, now);
  const left = Date.parse(deadline.dueAt) - now;
  return state.tone === 'red'
    ? { text: t('ws.dueBreached', { ago: duration(-left), time }), tone: 'red' }
    : { text: t('ws.dueLeft', { left: duration(left), time }), tone: state.tone };
}
