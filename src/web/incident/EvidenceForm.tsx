import { useEffect, useState } from 'preact/hooks';
import { api, type Incident, type Statement } from '../api/client';
import { fieldText, formField, problemSentence, readProblem } from '../api/problem';
import { useT } from '../i18n/language';
import { EvidenceField, type FieldSpec } from './EvidenceField';
import { FIELD_OF_PROBLEM } from './fields';
import { readEvidence } from './read-evidence';

/** A refusal of the whole form, and the version it was refused at (null: until the next edit or submit). */
type Refusal = { text: string; at: number | null };

/**
 * A transition's form, generated from its fields; sent with If-Match so a stale page gets 412, not a
 * surprise. A refusal is shown next to the field it concerns and goes when that field is edited; a
 * refusal of the whole form goes when the incident changes or the form is sent again.
 */
export function EvidenceForm(props: {
  incident: Incident;
  event: string;
  title: string;
  fields: FieldSpec[];
  optional?: string[];
  approved?: Statement[];
  /** The playbook's currency, the offer's currency unless the person changes it. */
  currency?: string | undefined;
  onDone: (i: Incident) => void;
}) {
  const t = useT();
  const approved = props.approved ?? [];
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosenId, setChosenId] = useState(approved[0]?.id ?? '');
  const chosen = approved.find((s) => s.id === chosenId) ?? null;
  const approvedIds = approved.map((s) => s.id).join();
  const id = `ev-${props.event}`;

  useEffect(() => {
    if (refusal?.at !== null && refusal?.at !== undefined && refusal.at !== props.incident.version)
      setRefusal(null);
  }, [props.incident.version, refusal]);
  // A statement approved meanwhile is the fix for "needs approval": offer it, and drop that error.
  useEffect(() => {
    if (approved.length > 0 && !approved.some((s) => s.id === chosenId)) setChosenId(approved[0]?.id ?? '');
    setErrors(({ statement: _gone, ...rest }) => rest);
  }, [approvedIds]);

  const edited = (field: string) => {
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
    if (refusal?.at === null) setRefusal(null);
  };

  return (
    <form
      class="evidence"
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setRefusal(null);
        setErrors({});
        const evidence = readEvidence(e.currentTarget as HTMLFormElement, props.fields, props.optional);
        const { data, error, response } = await api.POST('/v1/incidents/{id}/transitions', {
          params: { path: { id: props.incident.id }, header: { 'if-match': `"${props.incident.version}"` } },
          body: { event: props.event as 'close', ...(props.fields.length ? { evidence } : {}) },
        });
        setBusy(false);
        if (data) return props.onDone(data);
        if (response.status === 412) return setRefusal({ text: t('stage.stale'), at: null });
        const problem = readProblem(error, response.status);
        const shown = new Set(props.fields.map((f) => f.field));
        const byField: Record<string, string> = {};
        for (const f of problem.errors) {
          const field = formField(f.field);
          if (shown.has(field)) byField[field] ??= fieldText(f);
        }
        const remedy = FIELD_OF_PROBLEM[problem.type ?? ''];
        if (remedy && shown.has(remedy)) byField[remedy] = problemSentence(problem);
        setErrors(byField);
        if (Object.keys(byField).length === 0)
          setRefusal({ text: problemSentence(problem), at: props.incident.version });
      }}
    >
      <h3 id={`${id}-title`}>{props.title}</h3>
      {props.fields.map((f) => (
        <div key={f.field} onInput={() => edited(f.field)} onChange={() => edited(f.field)}>
          <EvidenceField
            spec={f}
            id={id}
            error={errors[f.field]}
            approved={approved}
            chosen={chosen}
            onChoose={setChosenId}
            currency={props.currency}
          />
        </div>
      ))}
      <button type="submit" disabled={busy}>
        {props.title}
      </button>
      {refusal && (
        <p class="error" role="alert">
          {refusal.text}
        </p>
      )}
    </form>
  );
}
