import { useState } from 'preact/hooks';
import { COMPENSATION_MOVES } from '../../domain/compensations/compensation.moves.ts';
import { api, type Compensation, type Complaint, type Incident, type Ledger } from '../api/client';
import { money } from '../i18n/format';
import { useT } from '../i18n/language';
import { useCan } from '../session';
import { CompensationForm } from './CompensationForm';
import { ProblemAlert } from './ProblemAlert';

type Status = Compensation['status'];

const TOTALS = ['offered', 'accepted', 'fulfilled'] as const;

function Item(props: {
  item: Compensation;
  complaint: Complaint | undefined;
  canMove: boolean;
  onMove: (c: Compensation, to: Status) => void;
}) {
  const t = useT();
  const c = props.item;
  const amount = money(c.value, c.currency);
  const who = c.recipient ?? props.complaint?.author ?? null;
  // What the item is, for its text and for each button's name (which item a move is for).
  const what = `${amount} ${t(`offerKind.${c.kind}`)}${who ? ` ${t('ledger.for', { who })}` : ''}`;
  return (
    <li data-compensation-id={c.id} data-status={c.status}>
      <span class={`status st-${c.status}`}>{t(`compStatus.${c.status}`)}</span> <strong>{amount}</strong>{' '}
      {t(`offerKind.${c.kind}`)}
      {who ? ` ${t('ledger.for', { who })}` : ''}: {c.description}
      {c.history[0] && <span class="hint"> {t('ledger.by', { actor: c.history[0].by.actor })}</span>}
      {props.canMove && COMPENSATION_MOVES[c.status].length > 0 && (
        <span class="actions">
          {COMPENSATION_MOVES[c.status].map((to) => (
            <button
              key={to}
              type="button"
              aria-label={`${t(`compMove.${to}`)}: ${what}`}
              onClick={() => props.onMove(c, to)}
            >
              {t(`compMove.${to}`)}
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
  const t = useT();
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
      <h2 id="ledger-h">{t('ledger.heading')}</h2>
      {ledger && (
        <>
          <dl class="totals" aria-label={t('ledger.totals')}>
            {TOTALS.map((total) => (
              <div key={total} data-total={total}>
                <dt>{t(`totals.${total}`)}</dt>
                <dd>{money(ledger.totals[total], ledger.totals.currency)}</dd>
              </div>
            ))}
          </dl>
          {ledger.items.length === 0 ? (
            <p class="hint">{t('ledger.empty')}</p>
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
