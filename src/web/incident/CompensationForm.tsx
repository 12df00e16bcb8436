import { useState } from 'preact/hooks';
import { api, type Compensation, type Complaint, type Incident } from '../api/client';
import { useT } from '../i18n/language';
import { OFFER_KINDS } from './fields';
import { ProblemAlert } from './ProblemAlert';

/**
 * Offer one compensation. The value is sent as the decimal string typed (the API never takes money as a
 * JSON number; a decimal comma becomes a point); the currency is the playbook's, so the form only names
 * it. A refusal goes as soon as the form is edited.
 */
export function CompensationForm(props: {
  incident: Incident;
  currency: string | null;
  complaints: Complaint[];
  onDone: () => void;
}) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="offer"
      aria-labelledby="offer-h"
      onInput={() => setError(null)}
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget as HTMLFormElement;
        const data = new FormData(form);
        const text = (name: string) => String(data.get(name) ?? '').trim();
        setBusy(true);
        setError(null);
        const { error } = await api.POST('/v1/incidents/{id}/compensations', {
          params: { path: { id: props.incident.id } },
          body: {
            kind: text('kind') as Compensation['kind'],
            value: text('value').replace(',', '.'),
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
        {t('offer.heading')}
      </h3>
      <div class="field">
        <label for="offer-kind">{t('field.kind')}</label>
        <select id="offer-kind" name="kind">
          {OFFER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`offerKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="offer-value">
          {props.currency ? t('offer.valueIn', { currency: props.currency }) : t('field.value')}
        </label>
        <input
          id="offer-value"
          name="value"
          inputMode="decimal"
          placeholder={t('offer.valueHint')}
          required
        />
      </div>
      <div class="field">
        <label for="offer-description">{t('field.description')}</label>
        <textarea id="offer-description" name="description" rows={2} required />
      </div>
      <div class="field">
        <label for="offer-complaint">{t('offer.complaint')}</label>
        <select id="offer-complaint" name="complaintId">
          <option value="">{t('offer.none')}</option>
          {props.complaints.map((c) => (
            <option key={c.id} value={c.id}>
              {t(`channel.${c.source}`)} · {c.author ?? t('offer.anonymous')}: {c.text.slice(0, 40)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="offer-recipient">{t('offer.recipient')}</label>
        <input id="offer-recipient" name="recipient" placeholder={t('offer.recipientHint')} />
      </div>
      <button type="submit" disabled={busy}>
        {t('offer.submit')}
      </button>
      {error !== null && <ProblemAlert error={error} />}
    </form>
  );
}
