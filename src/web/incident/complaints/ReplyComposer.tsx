import { useContext, useState } from 'preact/hooks';
import { api } from '../../api/client';
import { when } from '../../i18n/format';
import { useT } from '../../i18n/language';
import { MeContext } from '../../session';
import { ProblemAlert } from '../ProblemAlert';
import { channelName } from './Conversation';
import { clearDraft, type Draft, loadDraft, saveDraft } from './drafts';
import type { ListedComplaint } from './use-complaint-list';

type Reply = ListedComplaint['replies'][number];

/** A reply that came after the draft began, written by someone else: the one to read before sending. */
export function answeredMeanwhile(
  draft: Draft | null,
  replies: Reply[],
  me: string | undefined,
): Reply | null {
  if (!draft || draft.text.trim() === '') return null;
  return replies.slice(draft.seen).find((r) => r.author !== me) ?? null;
}

/**
 * The reply box of one complaint: in public on its own channel, or, once moved, in private on the
 * channel chosen. The draft survives moving around (drafts.ts) and warns when a colleague answered
 * meanwhile; the engine still refuses a reply that repeats another.
 */
export function ReplyComposer(props: {
  complaint: ListedComplaint;
  zone: string;
  onSent: (reply: Reply) => void;
}) {
  const t = useT();
  const me = useContext(MeContext)?.name;
  const c = props.complaint;
  const [draft, setDraft] = useState<Draft | null>(() => loadDraft(c.id));
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  // Closed until asked for (hundreds of complaints are not hundreds of text boxes), open with a draft.
  const [open, setOpen] = useState(draft !== null);
  const moved = c.privateChannel?.channel ?? null;
  const id = `reply-${c.id}`;
  const other = answeredMeanwhile(draft, c.replies, me);
  const label = moved ? t('r.privateLabel', { channel: channelName(t, moved) }) : t('r.publicLabel');

  const write = (text: string) => {
    const next = { text, seen: draft?.seen ?? c.replies.length };
    setDraft(next);
    saveDraft(c.id, next);
    setError(null);
  };
  const send = async (e: Event) => {
    e.preventDefault();
    if (!draft?.text.trim()) return;
    setSending(true);
    const { data, error } = await api.POST('/v1/complaints/{id}/replies', {
      params: { path: { id: c.id } },
      body: moved
        ? { channel: moved, visibility: 'private', text: draft.text }
        : { channel: c.source, visibility: 'public', text: draft.text },
    });
    setSending(false);
    setError(error ?? null);
    if (data) {
      clearDraft(c.id);
      setDraft(null);
      setOpen(false);
      props.onSent(data);
    }
  };

  if (!open) {
    return (
      <button type="button" class="secondary reply-open" onClick={() => setOpen(true)}>
        {moved ? t('r.openPrivate', { channel: channelName(t, moved) }) : t('r.open')}
      </button>
    );
  }
  return (
    <form class="composer" onSubmit={send}>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: the person just asked for this box
        autoFocus
        value={draft?.text ?? ''}
        onInput={(e) => write((e.target as HTMLTextAreaElement).value)}
        required
      />
      {other && (
        <p class="warning" role="status">
          {t('r.someoneAnswered', { author: other.author, when: when(other.at, props.zone) })}
        </p>
      )}
      {error !== null && <ProblemAlert error={error} />}
      <p class="actions">
        <button type="submit" disabled={sending}>
          {moved ? t('r.sendPrivate', { channel: channelName(t, moved) }) : t('r.send')}
        </button>
        {draft?.text && (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              clearDraft(c.id);
              setDraft(null);
              setError(null);
              setOpen(false);
            }}
          >
            {t('r.discard')}
          </button>
        )}
      </p>
    </form>
  );
}
