import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client';
import { dateTime } from '../i18n/format';
import { useT } from '../i18n/language';
import { actorText, describeRun, moveText } from './timeline-words';
import type { WorkspaceData } from './workspace-data';

/**
 * The audit chain read for people: runs of entries (grouped by the engine) worded in the desk's language,
 * who and when. The chain is verified on load and on the button only: recomputing it costs the engine a
 * read of every entry, so live updates never ask for it.
 */
export function Timeline(props: {
  incidentId: string;
  timeline: WorkspaceData['timeline'];
  timeZone: string;
}) {
  const t = useT();
  const [verified, setVerified] = useState<boolean | null>(null);
  const [checking, setChecking] = useState(false);
  const verify = async () => {
    setChecking(true);
    const { data } = await api.GET('/v1/incidents/{id}/audit/verify', {
      params: { path: { id: props.incidentId } },
    });
    setChecking(false);
    if (data) setVerified(data.valid);
  };
  useEffect(() => void verify(), [props.incidentId]);

  return (
    <section class="panel" aria-labelledby="timeline-h">
      <h2 id="timeline-h">
        {t('tl.heading')}{' '}
        {verified !== null && !checking && (
          <span class={verified ? 'badge ok' : 'badge bad'} data-verified={String(verified)}>
            {verified ? t('tl.verified') : t('tl.broken')}
          </span>
        )}
      </h2>
      <p class="hint">
        {t('tl.entries', { n: props.timeline.entries })}{' '}
        <button type="button" class="small" disabled={checking} onClick={() => void verify()}>
          {checking ? t('tl.verifying') : t('tl.verify')}
        </button>
      </p>
      <ol class="timeline">
        {props.timeline.items.map((run) => {
          const move = moveText(run);
          return (
            <li key={run.seq} data-action={run.action} data-count={run.count}>
              <time dateTime={run.lastAt}>{dateTime(run.lastAt, props.timeZone)}</time>{' '}
              <strong>{actorText(run.actor)}</strong>: {describeRun(run)}
              {move ? ` (${move})` : ''}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
