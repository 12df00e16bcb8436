import { isPlain } from '../api/problem';
import { dateTime, isoDuration } from '../i18n/format';
import { useT } from '../i18n/language';
import { actorText } from './timeline-words';
import type { WorkspaceData } from './workspace-data';

/** "N nowych skarg od rozpoczęcia obserwacji" (or "od zamknięcia"): complaints that came after the work. */
export function StragglerNote(props: { state: string; count: number | undefined; banner?: boolean }) {
  const t = useT();
  if (!props.count || (props.state !== 'monitoring' && props.state !== 'closed')) return null;
  const key = props.state === 'closed' ? 'stragglers.closed' : 'stragglers.monitoring';
  return (
    <p class={props.banner ? 'banner stragglers' : 'stragglers'} data-stragglers={props.count}>
      {t(key, { n: props.count })}
    </p>
  );
}

/**
 * What the workspace announces at its top: complaints that arrived after monitoring began or after the
 * close, and an incident the engine reopened by itself (a wave of them within the playbook's window).
 */
export function Banners(props: { data: WorkspaceData }) {
  const t = useT();
  const { incident: i, lastReopen, playbook } = props.data;
  const reopened = lastReopen && !['monitoring', 'closed', 'dismissed'].includes(i.state) ? lastReopen : null;
  let reopenText: string | null = null;
  if (reopened?.stragglers) {
    const { count, within } = reopened.stragglers;
    reopenText = t('ws.reopenedWave', { n: count, within: isoDuration(within) });
  } else if (reopened) {
    const when = dateTime(reopened.at, playbook.timeZone);
    const reason = isPlain(reopened.reason) ? reopened.reason : null;
    const actor = actorText(reopened.actor);
    if (actor !== reopened.actor && reason) reopenText = t('ws.reopenedBySystem', { when, reason });
    else if (actor !== reopened.actor) reopenText = t('ws.reopenedShort', { when });
    else reopenText = t('ws.reopenedBy', { actor, when, reason: reason ?? '—' });
  }
  return (
    <>
      {reopenText && (
        <p class="banner reopened" role="status" data-reopened={reopened?.at}>
          {reopenText}
        </p>
      )}
      <StragglerNote state={i.state} count={i.newSinceMonitoring} banner />
    </>
  );
}
