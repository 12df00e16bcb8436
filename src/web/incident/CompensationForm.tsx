import { useState } from 'preact/hooks';
import { api, type Compensation, type Complaint, type Incident } from '../api/client';
import { OFFER_KINDS } from './fields';
import { ProblemAlert } from './ProblemAlert';

/**
 * Offer one compensation. The value is sent as the decimal string typed (the API never takes money as a
 * JSON number); the currency is the playbook's, so the form only names it.
 */
export function CompensationForm(props: {
  incident: Incident;
  currency: string | null;
  complaints: Complaint[];
  onDone: () => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="offer"
      aria-labelledby="offer-h"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget as HTMLFormElement;
        const data = new FormData(form);
        const text = (name: string) => String(data.get(name) ?? '').trim();
        setBusy(true);
        const { error } = await api.POST('/v1/incidents/{id}/compensations', {
          params: { path: { id: props.incident.id } },
          body: {
            kind: text('kind') as Compensation['kind'],
            value: text('value'),
            description: text('description'),
            ...(text('complaintId') ? { complaintId: text('complaintId') } : {}),
            ...(text('recipient') ? { recipient: text('recipient') } : {}),
          },
        });
        setBusy(false);
        setError(error ?? null);
        if (!error) form.reset();
        props.onDone();
      }}
    >
      <h3 id="offer-h" class="offer-title">
        Offer a compensation
      </h3>
      <div class="field">
        <label for="offer-kind">Kind</label>
        <select id="offer-kind" name="kind">
          {OFFER_KINDS.map((k) => (
            <option key={k} value={k}>
              {k.replace('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="offer-value">Value{props.currency ? ` (${props.currency})` : ''}</label>
        <input id="offer-value" name="value" inputMode="decimal" placeholder="50.00" required />
      </div>
      <div class="field">
        <label for="offer-description">Description</label>
        <textarea id="offer-description" name="description" rows={2} required />
      </div>
      <div class="field">
        <label for="offer-complaint">For complaint (optional)</label>
        <select id="offer-complaint" name="complaintId">
          <option value="">None</option>
          {props.complaints.map((c) => (
            <option key={c.id} value={c.id}>
              {c.source} · {c.author ?? 'anonymous'}: {c.text.slice(0, 40)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="offer-recipient">Recipient (optional)</label>
        <input id="offer-recipient" name="recipient" placeholder="a name, a handle, an order" />
      </div>
      <button type="submit" disabled={busy}>
        Offer compensation
      </button>
      {error !== null && <ProblemAlert error={error} />}
    </form>
  );
}
