import { memo } from 'preact/compat';
import { deadlineState } from '../deadline-text';
import { withPlainDurations } from '../i18n/format';
import { useT } from '../i18n/language';
import { StragglerNote } from '../incident/Banners';
import { onLink } from '../router';
import type { Card } from './store';

/** 24 bars, one per hour, as an SVG path (no inline style: the CSP forbids it). */
export function Sparkline(props: { hours: number[] }) {
  const t = useT();
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
      aria-label={t('card.sparkline', { n: total })}
    >
      <path d={d} />
    </svg>
  );
}

/** A card renders again only when its own props change (a board of 1000 re-renders just the moved ones). */
export const IncidentCard = memo(function IncidentCard(props: { card: Card; now: number; wall: boolean }) {
  const t = useT();
  const { card: c } = props;
  const dl = deadlineState(c.deadline, c.deadline?.startedAt, props.now);
  const href = `/incidents/${c.incidentId}`;
  return (
    <article class={`card card-${c.severity}`} data-incident-id={c.incidentId}>
      <header>
        <span class={`sev sev-${c.severity}`}>{t(`severity.${c.severity}`)}</span>
        {props.wall ? (
          <h3>{withPlainDurations(c.title)}</h3>
        ) : (
          <h3>
            <a href={href} onClick={(e) => onLink(e, href)}>
              {withPlainDurations(c.title)}
            </a>
          </h3>
        )}
      </header>
      <p class={`countdown tone-${dl.tone}`} data-tone={dl.tone}>
        {dl.text}
      </p>
      <p class="complaints">
        <span data-count="complaints">{c.complaintCount}</span>{' '}
        {t('card.complaints', { n: c.complaintCount })} <Sparkline hours={c.complaintsByHour} />
      </p>
      <p class="waiting">
        <span data-count="unanswered">{c.unanswered}</span> {t('card.unanswered')} ·{' '}
        <span data-count="overdue" class={c.overdue > 0 ? 'bad' : ''}>
          {c.overdue}
        </span>{' '}
        {t('card.overdue')} · <span data-count="approvals">{c.pendingApprovals}</span>{' '}
        {t('card.approvals', { n: c.pendingApprovals })}
      </p>
      <StragglerNote state={c.state} count={c.newSinceMonitoring} />
    </article>
  );
});
