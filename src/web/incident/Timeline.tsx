import type { AuditEntry } from '../api/client';

const ACTIONS: Record<string, string> = {
  opened: 'opened the incident',
};

/** The audit chain read for people: who did what, when; the badge says whether the chain verifies. */
export function Timeline(props: { entries: AuditEntry[]; verified: boolean | null }) {
  return (
    <section class="panel" aria-labelledby="timeline-h">
      <h2 id="timeline-h">
        Timeline{' '}
        {props.verified !== null && (
          <span class={props.verified ? 'badge ok' : 'badge bad'} data-verified={String(props.verified)}>
            {props.verified ? 'chain verified' : 'chain broken'}
          </span>
        )}
      </h2>
      <ol class="timeline">
        {props.entries.map((e) => (
          <li key={e.seq}>
            <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>{' '}
            <strong>{actorName(e.actor)}</strong> {ACTIONS[e.action] ?? e.action.replaceAll('_', ' ')}
            {e.fromState && e.toState && e.fromState !== e.toState ? ` (${e.fromState} → ${e.toState})` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

function actorName(actor: unknown): string {
  if (typeof actor === 'string') return actor;
  if (actor && typeof actor === 'object' && 'name' in actor) return String((actor as { name: unknown }).name);
  return 'someone';
}
