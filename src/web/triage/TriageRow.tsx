import type { Complaint } from '../api/client';
import { dateTime } from '../i18n/format';
import { useLang, useT } from '../i18n/language';
import { whyWords } from './why-words';

interface Props {
  complaint: Complaint;
  titles: ReadonlyMap<string, string>;
  /** Absent for a key that may not attach: no checkbox then. */
  selected?: boolean;
  onSelect?: (id: string, on: boolean) => void;
}

/** One complaint waiting for an incident: channel, author, time, its words, and why no playbook took it. */
export function TriageRow({ complaint: c, titles, selected, onSelect }: Props) {
  const t = useT();
  const lang = useLang();
  const author = c.author ?? t('triage.anonymous');
  const time = dateTime(c.occurredAt);
  const edited = c.channelChanges?.editedText;
  return (
    <li class={`triage-row${selected ? ' is-selected' : ''}`} data-complaint-id={c.id}>
      {onSelect && (
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('triage.selectOne', { author, time })}
          onChange={(e) => onSelect(c.id, (e.currentTarget as HTMLInputElement).checked)}
        />
      )}
      <div class="triage-body">
        <p class="triage-meta">
          <span class="status">{t(`channel.${c.source}`)}</span> <strong>{author}</strong> ·{' '}
          <time dateTime={c.occurredAt}>{time}</time>
          {c.answered && <span class="badge ok">{t('triage.answeredTag')}</span>}
          {c.firstReplyBreached && !c.answered && <span class="badge bad">{t('triage.overdueTag')}</span>}
          {c.privateChannel && <span class="status">{t('triage.privateTag')}</span>}
        </p>
        <blockquote>{edited ?? c.text}</blockquote>
        <p class="triage-why" data-why>
          {whyWords(c.match, titles, lang)}
        </p>
      </div>
    </li>
  );
}
