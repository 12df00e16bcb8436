import { isKey } from '../../i18n/catalog';
import { dateTime, when } from '../../i18n/format';
import { useT } from '../../i18n/language';
import type { ListedComplaint } from './use-complaint-list';

type Reply = ListedComplaint['replies'][number];

/** A channel in words ("Facebook", "Wiadomość prywatna"); a channel the desk does not know, as sent. */
export function channelName(t: ReturnType<typeof useT>, channel: string): string {
  const key = `channel.${channel}`;
  return isKey(key) ? t(key) : channel;
}

/** The customer's words as they stand now: the latest edit (the original on demand), a removal said plainly. */
export function CustomerWords(props: { complaint: ListedComplaint; zone: string }) {
  const t = useT();
  const c = props.complaint;
  const changes = c.channelChanges;
  const edited = changes?.editedText ?? null;
  return (
    <>
      <blockquote class="customer">{edited ?? c.text}</blockquote>
      {edited !== null && changes?.editedAt && (
        <details class="edited">
          <summary>
            {t('c.edited', { when: when(changes.editedAt, props.zone) })} · {t('c.original')}
          </summary>
          <blockquote>{c.text}</blockquote>
        </details>
      )}
      {changes?.removedAt && (
        <p class="removed">{t('c.removed', { when: when(changes.removedAt, props.zone) })}</p>
      )}
    </>
  );
}

/** Every reply with who wrote it, where, in public or private, when, and whether the platform has it. */
export function Replies(props: { replies: Reply[]; zone: string }) {
  const t = useT();
  if (props.replies.length === 0) return null;
  return (
    <ol class="replies" aria-label={t('r.list')}>
      {props.replies.map((r) => (
        <li key={r.id} data-reply-id={r.id} data-visibility={r.visibility}>
          <p class="reply-meta">
            {t('r.meta', {
              author: r.author,
              channel: channelName(t, r.channel),
              visibility: t(r.visibility === 'public' ? 'r.public' : 'r.private'),
              when: dateTime(r.at, props.zone),
            })}{' '}
            <span class={`status delivery-${r.delivery.status}`}>{t(`r.delivery.${r.delivery.status}`)}</span>
          </p>
          <p class="reply-text">{r.text}</p>
        </li>
      ))}
    </ol>
  );
}
