import { useState } from 'preact/hooks';
import { SETTABLE_STATUSES } from '../../domain/commitments/commitment.types.ts';
import { api, type Commitment, type Incident } from '../api/client';
import { useCan } from '../session';
import { ProblemAlert } from './ProblemAlert';

const MOVE_LABEL: Record<(typeof SETTABLE_STATUSES)[number], string> = {
  done: 'Mark done',
  cancelled: 'Cancel',
};

/** A due instant as the day it falls on in the incident's time zone (a plain date means that day's end). */
function dueText(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone }).format(new Date(at));
}

/**
 * What the brand promised in public: each commitment with its owner and due day, marked done or cancelled
 * by a person (only an open one moves; `missed` is the worker's at `dueAt`), and a form to add one.
 */
export function Commitments(props: { incident: Incident; commitments: Commitment[]; onChange: () => void }) {
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
      <h2 id="commitments-h">Public commitments ({props.commitments.length})</h2>
      {props.commitments.length === 0 ? (
        <p class="hint">No commitments yet.</p>
      ) : (
        <ul class="commitments">
          {props.commitments.map((c) => (
            <li key={c.id} data-commitment-id={c.id} data-status={c.status}>
              <span class={`status st-${c.status}`}>{c.status}</span> {c.description} · {c.owner} · due{' '}
              <time dateTime={c.dueAt}>{dueText(c.dueAt, tz)}</time>
              {c.note && <span class="hint"> · {c.note}</span>}
              {canMove && c.status === 'open' && (
                <span class="actions">
                  {SETTABLE_STATUSES.map((to) => (
                    <button
                      key={to}
                      type="button"
                      aria-label={`${MOVE_LABEL[to]}: ${c.description}`}
                      onClick={() => move(c, to)}
                    >
                      {MOVE_LABEL[to]}
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
          onSubmit={async (e) => {
            e.preventDefault();
            const form = e.currentTarget as HTMLFormElement;
            const data = new FormData(form);
            const text = (name: string) => String(data.get(name) ?? '').trim();
            setBusy(true);
            // The date input's value is a plain date (YYYY-MM-DD): the API makes it that day's end in the
            // playbook's time zone.
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
            Add a commitment
          </h3>
          <div class="field">
            <label for="commit-description">What was promised</label>
            <textarea id="commit-description" name="description" rows={2} required />
          </div>
          <div class="field">
            <label for="commit-owner">Owner</label>
            <input id="commit-owner" name="owner" required />
          </div>
          <div class="field">
            <label for="commit-due">Due</label>
            <input id="commit-due" name="dueAt" type="date" required />
          </div>
          <button type="submit" disabled={busy}>
            Add commitment
          </button>
        </form>
      )}
    </section>
  );
}
