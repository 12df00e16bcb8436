import { useState } from 'preact/hooks';
import { SETTABLE_STATUSES } from '../../domain/commitments/commitment.types.ts';
import { api, type Commitment, type Incident } from '../api/client';
import { day } from '../i18n/format';
import { useT } from '../i18n/language';
import { useCan } from '../session';
import { ProblemAlert } from './ProblemAlert';

/**
 * What the brand promised in public: each commitment with its owner and due day, marked done or cancelled
 * by a person (only an open one moves; `missed` is the worker's at `dueAt`), and a form to add one. The
 * due day goes as a plain date: the engine makes it that day's end in the playbook's time zone.
 */
export function Commitments(props: { incident: Incident; commitments: Commitment[]; onChange: () => void }) {
  const t = useT();
  const canAdd = useCan('POST /v1/incidents/:id/commitments');
  const canMove = useCan('POST /v1/commitments/:id/status');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const tz = props.incident.timeZone;

  const move = async (c: Commitment, status: (typeof SETTABLE_STATUSES)[number]) => {
    const { error } = await api.POST('/v1/commitments/{id}/status', {
      params: { path: { id: c.id } },
      body: { status },
    });
    setError(error ?? null);
    props.onChange();
  };

  return (
    <section class="panel" aria-labelledby="commitments-h">
      <h2 id="commitments-h">{t('commit.heading', { n: props.commitments.length })}</h2>
      {props.commitments.length === 0 ? (
        <p class="hint">{t('commit.empty')}</p>
      ) : (
        <ul class="commitments">
          {props.commitments.map((c) => (
            <li key={c.id} data-commitment-id={c.id} data-status={c.status}>
              <span class={`status st-${c.status}`}>{t(`commitStatus.${c.status}`)}</span> {c.description} ·{' '}
              {c.owner} · <time dateTime={c.dueAt}>{t('commit.due', { date: day(c.dueAt, tz) })}</time>
              {c.note && <span class="hint"> · {c.note}</span>}
              {canMove && c.status === 'open' && (
                <span class="actions">
                  {SETTABLE_STATUSES.map((to) => (
                    <button
                      key={to}
                      type="button"
                      aria-label={`${t(`commitMove.${to}`)}: ${c.description}`}
                      onClick={() => move(c, to)}
                    >
                      {t(`commitMove.${to}`)}
                    </button>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {error !== null && <ProblemAlert error={error} />}
      {canAdd && (
        <form
          class="offer"
          aria-labelledby="commit-h"
          onInput={() => setError(null)}
          onSubmit={async (e) => {
            e.preventDefault();
            const form = e.currentTarget as HTMLFormElement;
            const data = new FormData(form);
            const text = (name: string) => String(data.get(name) ?? '').trim();
            setBusy(true);
            setError(null);
            const { error } = await api.POST('/v1/incidents/{id}/commitments', {
              params: { path: { id: props.incident.id } },
              body: { description: text('description'), owner: text('owner'), dueAt: text('dueAt') },
            });
            setBusy(false);
            setError(error ?? null);
            if (!error) form.reset();
            props.onChange();
          }}
        >
          <h3 id="commit-h" class="offer-title">
            {t('commit.add')}
          </h3>
          <div class="field">
            <label for="commit-description">{t('commit.what')}</label>
            <textarea id="commit-description" name="description" rows={2} required />
          </div>
          <div class="field">
            <label for="commit-owner">{t('field.owner')}</label>
            <input id="commit-owner" name="owner" required />
          </div>
          <div class="field">
            <label for="commit-due">{t('field.due')}</label>
            <input id="commit-due" name="dueAt" type="date" required />
          </div>
          <button type="submit" disabled={busy}>
            {t('commit.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
