import { useState } from 'preact/hooks';
import { COMPENSATION_MOVES } from '../../domain/compensations/compensation.moves.ts';
import { api, type Compensation, type Complaint, type Incident, type Ledger } from '../api/client';
import { useCan } from '../session';
import { CompensationForm } from './CompensationForm';
import { ProblemAlert } from './ProblemAlert';

type Status = Compensation['status'];

/** What each move is called on its button; which moves an item offers comes from the domain's table. */
const MOVE_LABEL: Record<Status, string> = {
  offered: 'Approve',
  accepted: 'Mark accepted',
  declined: 'Mark declined',
  fulfilled: 'Mark fulfilled',
  cancelled: 'Cancel',
  pending_approval: 'Ask for approval',
};

const TOTALS = ['offered', 'accepted', 'fulfilled'] as const;

function Item(props: {
  item: Compensation;
  complaint: Complaint | undefined;
  canMove: boolean;
  onMove: (c: Compensation, to: Status) => void;
}) {
  const c = props.item;
  const money = `${c.value} ${c.currency}`;
  const who = c.recipient ?? props.complaint?.author ?? null;
  return (
    <li data-compensation-id={c.id} data-status={c.status}>
      <span class={`status st-${c.status}`}>{c.status.replace('_', ' ')}</span> <strong>{money}</strong>{' '}
      {c.kind.replace('_', ' ')}
      {who ? ` for ${who}` : ''}: {c.description}
      {c.history[0] && <span class="hint"> (by {c.history[0].by.actor})</span>}
      {props.canMove && COMPENSATION_MOVES[c.status].length > 0 && (
        <span class="actions">
          {COMPENSATION_MOVES[c.status].map((to) => (
            <button
              key={to}
              type="button"
              aria-label={`${MOVE_LABEL[to]}: ${money} ${c.kind.replace('_', ' ')}${who ? ` for ${who}` : ''}`}
              onClick={() => props.onMove(c, to)}
            >
              {MOVE_LABEL[to]}
            </button>
          ))}
        </span>
      )}
    </li>
  );
}

/**
 * The incident's compensation ledger: items with their totals, the moves each status allows, and an offer
 * form. Limits (ceiling, budget) and four-eyes approval are the engine's: a refusal is shown as it says it.
 */
export function Compensations(props: {
  incident: Incident;
  ledger: Ledger | null;
  complaints: Complaint[];
  onChange: () => void;
}) {
  const canOffer = useCan('POST /v1/incidents/:id/compensations');
  const canMove = useCan('POST /v1/compensations/:id/status');
  const [error, setError] = useState<unknown>(null);
  const ledger = props.ledger;

  const move = async (c: Compensation, status: Status) => {
    const { error } = await api.POST('/v1/compensations/{id}/status', {
      params: { path: { id: c.id } },
      body: { status },
    });
    setError(error ?? null);
    props.onChange();
  };

  return (
    <section class="panel" aria-labelledby="ledger-h">
      <h2 id="ledger-h">Compensation ledger</h2>
      {!ledger ? (
        <p class="hint">The ledger could not be read.</p>
      ) : (
        <>
          <dl class="totals" aria-label="Totals">
            {TOTALS.map((t) => (
              <div key={t} data-total={t}>
                <dt>{t}</dt>
                <dd>
                  {ledger.totals[t]} {ledger.totals.currency}
                </dd>
              </div>
            ))}
          </dl>
          {ledger.items.length === 0 ? (
            <p class="hint">Nothing offered yet.</p>
          ) : (
            <ul class="ledger">
              {ledger.items.map((c) => (
                <Item
                  key={c.id}
                  item={c}
                  complaint={props.complaints.find((x) => x.id === c.complaintId)}
                  canMove={canMove}
                  onMove={move}
                />
              ))}
            </ul>
          )}
        </>
      )}
      {error !== null && <ProblemAlert error={error} />}
      {canOffer && (
        <CompensationForm
          incident={props.incident}
          currency={ledger?.totals.currency ?? null}
          complaints={props.complaints}
          onDone={props.onChange}
        />
      )}
    </section>
  );
}
