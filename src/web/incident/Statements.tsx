import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type Incident, problemText, type Statement } from '../api/client';
import { useCan } from '../session';
import { CHANNELS } from './fields';

type Check = { rule: string; ok: boolean; message: string };
const DEBOUNCE_MS = 350;

/** Drafting with the stage's rules checked as the person types (…/statements/check, debounced), and approval. */
export function Statements(props: { incident: Incident; statements: Statement[]; onChange: () => void }) {
  const canDraft = useCan('POST /v1/incidents/:id/statements');
  const canDecide = useCan('POST /v1/statements/:id/decisions');
  const stageNow = props.incident.state === 'admit' ? 'admit' : 'apologise';
  const [stage, setStage] = useState<'apologise' | 'admit'>(stageNow);
  const [text, setText] = useState('');
  const [channels, setChannels] = useState<string[]>([]);
  const [checks, setChecks] = useState<Check[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => setStage(stageNow), [stageNow]);
  useEffect(() => {
    if (!canDraft || text.trim() === '') {
      setChecks(null);
      return;
    }
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const { data } = await api.POST('/v1/incidents/{id}/statements/check', {
        params: { path: { id: props.incident.id } },
        body: { stage, text, channels },
      });
      if (data) setChecks(data.checks);
    }, DEBOUNCE_MS);
  }, [text, stage, channels, canDraft, props.incident.id]);

  const decide = async (s: Statement, decision: 'approve' | 'reject') => {
    const { error } = await api.POST('/v1/statements/{id}/decisions', {
      params: { path: { id: s.id } },
      body: { decision },
    });
    setMessage(error ? problemText(error) : null);
    props.onChange();
  };

  return (
    <section class="panel" aria-labelledby="statements-h">
      <h2 id="statements-h">Statements</h2>
      <ul class="statements">
        {props.statements.map((s) => (
          <li key={s.id} data-statement-id={s.id} data-status={s.status}>
            <span class={`status st-${s.status}`}>{s.status.replace('_', ' ')}</span> <em>{s.stage}</em> by{' '}
            {s.author?.actor ?? '—'}: {s.text}
            {canDecide && s.status === 'pending_approval' && (
              <span class="actions">
                <button type="button" onClick={() => decide(s, 'approve')}>
                  Approve
                </button>
                <button type="button" onClick={() => decide(s, 'reject')}>
                  Reject
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
      {canDraft && (
        <form
          aria-label="Draft a statement"
          onSubmit={async (e) => {
            e.preventDefault();
            const { error } = await api.POST('/v1/incidents/{id}/statements', {
              params: { path: { id: props.incident.id } },
              body: { stage, text, channels },
            });
            setMessage(error ? problemText(error) : null);
            if (!error) {
              setText('');
              setChecks(null);
            }
            props.onChange();
          }}
        >
          <label for="draft-stage">Stage</label>
          <select
            id="draft-stage"
            value={stage}
            onChange={(e) => setStage((e.target as HTMLSelectElement).value as 'admit')}
          >
            <option value="apologise">apologise</option>
            <option value="admit">admit</option>
          </select>
          <label for="draft-text">Draft</label>
          <textarea
            id="draft-text"
            rows={4}
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
          <fieldset>
            <legend>Channels</legend>
            {CHANNELS.map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  checked={channels.includes(c)}
                  onChange={(e) =>
                    setChannels(
                      (e.target as HTMLInputElement).checked
                        ? [...channels, c]
                        : channels.filter((x) => x !== c),
                    )
                  }
                />{' '}
                {c}
              </label>
            ))}
          </fieldset>
          <ul class="checks-live" aria-live="polite" aria-label="Rule checks">
            {(checks ?? []).map((c) => (
              <li key={c.rule} data-rule={c.rule} data-ok={String(c.ok)} class={c.ok ? 'ok' : 'bad'}>
                {c.ok ? '✓' : '✗'} {c.rule}: {c.message}
              </li>
            ))}
          </ul>
          <button type="submit">Create statement</button>
        </form>
      )}
    </section>
  );
}
