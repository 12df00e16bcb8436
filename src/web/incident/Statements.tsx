import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type Incident, problemText, type Statement } from '../api/client';
import { plainText } from '../api/problem';
import { useT } from '../i18n/language';
import { useCan } from '../session';
import { CHANNELS } from './fields';
import { StatementItem } from './StatementItem';

type Check = { rule: string; ok: boolean; message: string };
type Stage = 'apologise' | 'admit';
const DEBOUNCE_MS = 350;

/**
 * Drafting with the stage's rules checked as the person types (…/statements/check, debounced), and
 * approval. A refused draft's message goes once every check is green again, or on the next try.
 */
export function Statements(props: { incident: Incident; statements: Statement[]; onChange: () => void }) {
  const t = useT();
  // An ended incident takes no new statement: reopening it brings the form back.
  const ended = props.incident.state === 'closed' || props.incident.state === 'dismissed';
  const canDraft = useCan('POST /v1/incidents/:id/statements') && !ended;
  const canDecide = useCan('POST /v1/statements/:id/decisions');
  const stageNow: Stage = props.incident.state === 'admit' ? 'admit' : 'apologise';
  const [stage, setStage] = useState<Stage>(stageNow);
  const [text, setText] = useState('');
  const [channels, setChannels] = useState<string[]>([]);
  const [checks, setChecks] = useState<Check[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [draftError, setDraftError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => setStage(stageNow), [stageNow]);
  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    if (!canDraft || text.trim() === '') {
      setChecks(null);
      return;
    }
    timer.current = setTimeout(async () => {
      const { data } = await api.POST('/v1/incidents/{id}/statements/check', {
        params: { path: { id: props.incident.id } },
        body: { stage, text, channels },
      });
      if (!data) return;
      setChecks(data.checks);
      if (data.checks.every((c) => c.ok)) setDraftError(null);
    }, DEBOUNCE_MS);
  }, [text, stage, channels, canDraft, props.incident.id]);

  const decide = async (s: Statement, decision: 'approve' | 'reject', note?: string) => {
    const { error } = await api.POST('/v1/statements/{id}/decisions', {
      params: { path: { id: s.id } },
      body: { decision, ...(note ? { note } : {}) },
    });
    setMessage(error ? problemText(error) : null);
    props.onChange();
  };
  const copy = (s: Statement) => {
    setStage(s.stage === 'admit' ? 'admit' : 'apologise');
    setText(s.text);
    setChannels([...s.channels]);
    setMessage(t('st.copied'));
    textArea.current?.focus();
  };

  return (
    <section class="panel" aria-labelledby="statements-h">
      <h2 id="statements-h">{t('st.heading')}</h2>
      {props.statements.length === 0 && <p class="hint">{t('st.none')}</p>}
      <ul class="statements">
        {props.statements.map((s) => (
          <StatementItem
            key={s.id}
            statement={s}
            canDecide={canDecide}
            canDraft={canDraft}
            onDecide={decide}
            onCopy={copy}
          />
        ))}
      </ul>
      <p class="hint" role="status">
        {message}
      </p>
      {canDraft && (
        <form
          aria-label={t('st.draftForm')}
          onSubmit={async (e) => {
            e.preventDefault();
            setDraftError(null);
            const { error } = await api.POST('/v1/incidents/{id}/statements', {
              params: { path: { id: props.incident.id } },
              body: { stage, text, channels },
            });
            setDraftError(error ? problemText(error) : null);
            if (!error) {
              setText('');
              setChecks(null);
              setMessage(null);
            }
            props.onChange();
          }}
        >
          <label for="draft-stage">{t('st.stage')}</label>
          <select
            id="draft-stage"
            value={stage}
            onChange={(e) => setStage((e.target as HTMLSelectElement).value as Stage)}
          >
            <option value="apologise">{t('state.apologise')}</option>
            <option value="admit">{t('state.admit')}</option>
          </select>
          <label for="draft-text">{t('st.draft')}</label>
          <textarea
            id="draft-text"
            ref={textArea}
            rows={4}
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
          <fieldset>
            <legend>{t('st.channels')}</legend>
            {CHANNELS.map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  value={c}
                  checked={channels.includes(c)}
                  onChange={(e) =>
                    setChannels(
                      (e.target as HTMLInputElement).checked
                        ? [...channels, c]
                        : channels.filter((x) => x !== c),
                    )
                  }
                />{' '}
                {t(`channel.${c}`)}
              </label>
            ))}
          </fieldset>
          <ul class="checks-live" aria-live="polite" aria-label={t('st.checks')}>
            {(checks ?? []).map((c, n) => (
              <li
                key={`${c.rule}-${n}`}
                data-rule={c.rule}
                data-ok={String(c.ok)}
                class={c.ok ? 'ok' : 'bad'}
              >
                {c.ok ? '✓' : '✗'} {plainText(c.message, c.rule)}
              </li>
            ))}
          </ul>
          <button type="submit">{t('st.create')}</button>
          {draftError && (
            <p class="error" role="alert">
              {draftError}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
