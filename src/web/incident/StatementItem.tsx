import { useState } from 'preact/hooks';
import type { Statement } from '../api/client';
import { useT } from '../i18n/language';

/**
 * One statement: its status, stage, author and text; approve, or reject with a reason (the engine needs
 * one), for a second person while it waits; a rejected one can be copied into a new draft.
 */
export function StatementItem(props: {
  statement: Statement;
  canDecide: boolean;
  canDraft: boolean;
  onDecide: (s: Statement, decision: 'approve' | 'reject', note?: string) => Promise<void>;
  onCopy: (s: Statement) => void;
}) {
  const t = useT();
  const s = props.statement;
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const reason = s.decisions.find((d) => d.decision === 'reject')?.note;
  const noteId = `reject-${s.id}`;
  return (
    <li data-statement-id={s.id} data-status={s.status}>
      <span class={`status st-${s.status}`}>{t(`statementStatus.${s.status}`)}</span>{' '}
      <em>{t(`state.${s.stage}`)}</em> · {t('st.by', { author: s.author?.actor ?? '—' })}: {s.text}
      {s.status === 'rejected' && reason && <span class="hint"> · {t('st.note', { note: reason })}</span>}
      {props.canDecide && s.status === 'pending_approval' && !rejecting && (
        <span class="actions">
          <button type="button" onClick={() => props.onDecide(s, 'approve')}>
            {t('st.approve')}
          </button>
          <button type="button" onClick={() => setRejecting(true)}>
            {t('st.reject')}
          </button>
        </span>
      )}
      {rejecting && (
        <form
          class="reject"
          aria-label={t('st.rejectSubmit')}
          onSubmit={async (e) => {
            e.preventDefault();
            await props.onDecide(s, 'reject', note.trim());
            setRejecting(false);
          }}
        >
          <label for={noteId}>{t('st.rejectReason')}</label>
          <textarea
            id={noteId}
            rows={2}
            required
            value={note}
            onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
          />
          <button type="submit">{t('st.rejectSubmit')}</button>
          <button type="button" onClick={() => setRejecting(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {props.canDraft && s.status === 'rejected' && (
        <span class="actions">
          <button type="button" onClick={() => props.onCopy(s)}>
            {t('st.copy')}
          </button>
        </span>
      )}
    </li>
  );
}
