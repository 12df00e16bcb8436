import { useEffect, useState } from 'preact/hooks';
import type { Incident } from '../api/client';
import { useT } from '../i18n/language';

export type Scope = 'selected' | 'all';

interface Props {
  selected: number;
  /** How many complaints the filters match (the list's total). */
  matching: number;
  incidents: readonly Incident[];
  busy: boolean;
  /** Changes with the filters: a new list takes the choice back to the selection. */
  filterKey: string;
  onAttach: (scope: Scope, incidentId: string) => void;
}

/**
 * The one bulk action: attach the selected complaints, or all the filters match, to one open incident,
 * in one request. The button stays enabled (focus is never dropped): an empty choice says what is missing.
 */
export function AttachForm({ selected, matching, incidents, busy, filterKey, onAttach }: Props) {
  const t = useT();
  const [picked, setPicked] = useState<Scope | null>(null);
  // "All matching" only while the manager keeps it chosen: any change of selection or filters undoes it.
  const scope: Scope = picked ?? 'selected';
  useEffect(() => setPicked(null), [selected, filterKey]);
  const [incidentId, setIncidentId] = useState('');
  const chosen = incidents.some((i) => i.id === incidentId) ? incidentId : '';
  const empty = scope === 'selected' ? selected === 0 : matching === 0;
  if (incidents.length === 0) {
    return (
      <section class="panel triage-attach" aria-labelledby="triage-attach-h">
        <h2 id="triage-attach-h" class="triage-attach-title">
          {t('triage.attach')}
        </h2>
        <p class="hint">{t('triage.noIncidents')}</p>
      </section>
    );
  }
  return (
    <form
      class="panel triage-attach"
      aria-labelledby="triage-attach-h"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen && !empty && !busy) onAttach(scope, chosen);
      }}
    >
      <h2 id="triage-attach-h" class="triage-attach-title">
        {t('triage.attach')}
      </h2>
      <fieldset>
        <legend>{t('triage.what')}</legend>
        <label>
          <input
            type="radio"
            name="scope"
            value="selected"
            checked={scope === 'selected'}
            onChange={() => setPicked('selected')}
          />{' '}
          {t('triage.whatSelected', { n: selected })}
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            value="all"
            checked={scope === 'all'}
            onChange={() => setPicked('all')}
          />{' '}
          {t('triage.whatAll', { n: matching })}
        </label>
      </fieldset>
      <span class="field">
        <label for="triage-incident">{t('triage.incident')}</label>
        <select
          id="triage-incident"
          name="incidentId"
          required
          value={chosen}
          onChange={(e) => setIncidentId((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="" disabled>
            {t('triage.chooseIncident')}
          </option>
          {incidents.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title}
            </option>
          ))}
        </select>
      </span>
      {scope === 'selected' && selected === 0 && <p class="hint">{t('triage.nothingSelected')}</p>}
      <button type="submit" aria-disabled={busy || empty}>
        {busy ? t('triage.working') : t('triage.submit')}
      </button>
    </form>
  );
}
