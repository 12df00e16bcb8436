import { memo } from 'preact/compat';
import { onLink } from '../router';
import type { Card } from './store';

/** What a countdown needs of a deadline (an incident's or a board card's). */
type Deadline = { dueAt: string | null; breached: boolean; paused: boolean } | null;

/** Countdown text and its colour: amber under 25 % of the span left, red when breached, "paused" in legal. */
export function deadlineState(
  deadline: Deadline,
  startedAt: string | null | undefined,
  now: number,
): { text: string; tone: 'ok' | 'amber' | 'red' | 'paused' | 'none' } {
  if (!deadline) return { text: 'no deadline', tone: 'none' };
  if (deadline.paused || !deadline.dueAt) return { text: 'paused', tone: 'paused' };
  const due = Date.parse(deadline.dueAt);
  const left = due - now;
  if (deadline.breached || left <= 0) return { text: `breached ${duration(-left)} ago`, tone: 'red' };
  const span = startedAt ? due - Date.parse(startedAt) : 0;
  const tone = span > 0 && left / span < 0.25 ? 'amber' : 'ok';
  return { text: `${duration(left)} left`, tone };
}

export function duration(ms: number): string {
  const m = Math.max(0, Math.floor(ms / 60_000));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** 24 bars, one per hour, as an SVG path (no inline style: the CSP forbids it). */
export function Sparkline(props: { hours: number[] }) {
  const max = Math.max(1, ...props.hours);
  const d = props.hours
    .map((n, i) => (n > 0 ? `M${i * 4 + 1} 20V${20 - Math.max(1, Math.round((n / max) * 18))}` : ''))
    .join('');
  const total = props.hours.reduce((a, b) => a + b, 0);
  return (
    <svg
      class="spark"
      viewBox="0 0 96 20"
      width="96"
      height="20"
      role="img"
      aria-label={`${total} complaints in the last 24 hours`}
    >
      <path d={d} />
    </svg>
  );
}

/** A card renders again only when its own props change (a board of 1000 re-renders just the moved ones). */
export const IncidentCard = memo(function IncidentCard(props: { card: Card; now: number; wall: boolean }) {
  const { card: c } = props;
  const dl = deadlineState(c.deadline, c.deadline?.startedAt, props.now);
  const href = `/incidents/${c.incidentId}`;
  return (
    <article class={`card card-${c.severity}`} data-incident-id={c.incidentId}>
      <header>
        <span class={`sev sev-${c.severity}`}>{c.severity}</span>
        {props.wall ? (
          <h3>{c.title}</h3>
        ) : (
          <h3>
            <a href={href} onClick={(e) => onLink(e, href)}>
              {c.title}
            </a>
          </h3>
        )}
      </header>
      <p class={`countdown tone-${dl.tone}`} data-tone={dl.tone}>
        {dl.text}
      </p>
      <p class="complaints">
        <span data-count="complaints">{c.complaintCount}</span> complaints{' '}
        <Sparkline hours={c.complaintsByHour} />
      </p>
      <p class="waiting">
        <span data-count="unanswered">{c.unanswered}</span> unanswered ·{' '}
        <span data-count="overdue" class={c.overdue > 0 ? 'bad' : ''}>
          {c.overdue}
        </span>{' '}
        overdue · <span data-count="approvals">{c.pendingApprovals}</span> pending approval
      </p>
    </article>
  );
});
