import { useState } from 'preact/hooks';
import { api, type Complaint, problemText } from '../api/client';
import { useCan } from '../session';

/** One complaint with its reply box: a public reply first, then the case may move to a private channel. */
function ComplaintItem(props: { complaint: Complaint; onChange: () => void }) {
  const c = props.complaint;
  const canReply = useCan('POST /v1/complaints/:id/replies');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const id = `reply-${c.id}`;
  return (
    <li data-complaint-id={c.id} data-answered={String(c.answered)}>
      <p>
        <strong>{c.source}</strong> {c.author ? `· ${c.author}` : ''} ·{' '}
        {c.answered ? 'answered' : 'waiting for a reply'}
        {c.firstReplyBreached ? ' · first reply overdue' : ''}
        {c.privateChannel ? ` · moved to ${c.privateChannel.channel}` : ''}
      </p>
      <blockquote>{c.text}</blockquote>
      {canReply && !c.privateChannel && (
        <form
          aria-label={`Reply to ${c.author ?? 'this complaint'}`}
          onSubmit={async (e) => {
            e.preventDefault();
            const { error } = await api.POST('/v1/complaints/{id}/replies', {
              params: { path: { id: c.id } },
              body: { channel: c.source, visibility: 'public', text },
            });
            setMessage(error ? problemText(error) : null);
            if (!error) setText('');
            props.onChange();
          }}
        >
          <label for={id}>{c.answered ? 'Another public reply' : 'Public reply'}</label>
          <textarea
            id={id}
            rows={2}
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            required
          />
          <button type="submit">Reply in public</button>
          {c.answered && (
            <button
              type="button"
              onClick={async () => {
                const { error } = await api.POST('/v1/complaints/{id}/move-private', {
                  params: { path: { id: c.id } },
                  body: { channel: 'dm', note: 'Continued in a direct message' },
                });
                setMessage(error ? problemText(error) : null);
                props.onChange();
              }}
            >
              Move to private
            </button>
          )}
        </form>
      )}
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
    </li>
  );
}

export function Complaints(props: { complaints: Complaint[]; onChange: () => void }) {
  return (
    <section class="panel" aria-labelledby="complaints-h">
      <h2 id="complaints-h">Complaints ({props.complaints.length})</h2>
      <ul class="complaints-list">
        {props.complaints.map((c) => (
          <ComplaintItem key={c.id} complaint={c} onChange={props.onChange} />
        ))}
      </ul>
    </section>
  );
}
