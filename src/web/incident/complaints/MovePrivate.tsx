import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { useT } from '../../i18n/language';
import { ProblemAlert } from '../ProblemAlert';
import { channelName } from './Conversation';

const PRIVATE_CHANNELS = ['dm', 'email', 'phone'] as const;

/**
 * "Move to private": after a public reply, a complex case continues on a direct message, e-mail or
 * phone. The channel and a note for the team are asked first; nothing moves on one click.
 */
export function MovePrivate(props: { complaintId: string; onMoved: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<(typeof PRIVATE_CHANNELS)[number]>('dm');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const base = `mp-${props.complaintId}`;
  if (!open) {
    return (
      <button type="button" class="secondary" aria-expanded="false" onClick={() => setOpen(true)}>
        {t('mp.open')}
      </button>
    );
  }
  return (
    <form
      class="move-private"
      aria-labelledby={`${base}-h`}
      onSubmit={async (e) => {
        e.preventDefault();
        const { error } = await api.POST('/v1/complaints/{id}/move-private', {
          params: { path: { id: props.complaintId } },
          body: { channel, note },
        });
        setError(error ?? null);
        if (!error) {
          setOpen(false);
          props.onMoved();
        }
      }}
    >
      <h4 id={`${base}-h`}>{t('mp.heading')}</h4>
      <label for={`${base}-channel`}>{t('mp.channel')}</label>
      <select
        id={`${base}-channel`}
        value={channel}
        onChange={(e) => setChannel((e.target as HTMLSelectElement).value as typeof channel)}
      >
        {PRIVATE_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {channelName(t, c)}
          </option>
        ))}
      </select>
      <label for={`${base}-note`}>{t('mp.note')}</label>
      <textarea
        id={`${base}-note`}
        rows={2}
        value={note}
        required
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
      />
      {error !== null && <ProblemAlert error={error} />}
      <p class="actions">
        <button type="submit">{t('mp.submit')}</button>
        <button type="button" class="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
