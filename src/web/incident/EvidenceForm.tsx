import { useState } from 'preact/hooks';
import { api, type Incident, problemFields, problemText, type Statement } from '../api/client';
import { readEvidence, type Widget } from './fields';

type FieldSpec = { field: string; widget: Widget };

function Field(props: { spec: FieldSpec; id: string; error?: string; approved: Statement[] }) {
  const { field, widget: w } = props.spec;
  const id = `${props.id}-${field}`;
  const err = props.error ? `${id}-err` : undefined;
  const input = (() => {
    switch (w.kind) {
      case 'statement':
        return (
          <>
            {props.approved.length > 0 && (
              <select id={id} name={`${field}.statementId`} aria-describedby={err}>
                {props.approved.map((s) => (
                  <option key={s.id} value={s.id}>
                    Approved: {s.text.slice(0, 60)}…
                  </option>
                ))}
                <option value="">Write one here instead</option>
              </select>
            )}
            <textarea
              id={props.approved.length ? `${id}-text` : id}
              name={field}
              rows={3}
              aria-label={props.approved.length ? 'Statement text' : undefined}
              aria-describedby={err}
            />
          </>
        );
      case 'checks':
        return (
          <span class="checks" id={id}>
            {w.options.map((o) => (
              <label key={o}>
                <input type="checkbox" name={field} value={o} /> {o}
              </label>
            ))}
          </span>
        );
      case 'boolean':
        return <input id={id} type="checkbox" name={field} />;
      case 'url':
        return <input id={id} type="url" name={field} required aria-describedby={err} />;
      case 'choice':
        return (
          <select id={id} name={field}>
            {w.options.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        );
      case 'list':
        return <textarea id={id} name={field} rows={2} placeholder="One per line" aria-describedby={err} />;
      case 'rows':
        return (
          <span class="rows" id={id}>
            <input type="hidden" name={`${field}.count`} value="1" />
            {w.columns.map((c) => (
              <label key={c.name}>
                {c.label} <input name={`${field}.0.${c.name}`} type={c.type} />
              </label>
            ))}
          </span>
        );
      case 'object':
        return (
          <span class="rows" id={id}>
            {w.parts.map((p) => (
              <span key={p.name}>
                <label for={`${id}-${p.name}`}>{p.label}</label>{' '}
                {p.options ? (
                  <select id={`${id}-${p.name}`} name={`${field}.${p.name}`}>
                    {p.options.map((o) => (
                      <option key={o}>{o}</option>
                    ))}
                  </select>
                ) : (
                  <input id={`${id}-${p.name}`} name={`${field}.${p.name}`} />
                )}
              </span>
            ))}
          </span>
        );
      default:
        return w.long ? (
          <textarea id={id} name={field} rows={2} minLength={w.min} aria-describedby={err} />
        ) : (
          <input id={id} name={field} aria-describedby={err} />
        );
    }
  })();
  return (
    <div class="field">
      {w.kind === 'checks' || w.kind === 'rows' || w.kind === 'object' ? (
        <span class="label">{w.label}</span>
      ) : (
        <label for={id}>{w.label}</label>
      )}
      {input}
      {props.error && (
        <span id={err} class="error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}

/** A transition's form, generated from its fields; sent with If-Match so a stale page gets 412, not a surprise. */
export function EvidenceForm(props: {
  incident: Incident;
  event: string;
  title: string;
  fields: FieldSpec[];
  optional?: string[];
  approved?: Statement[];
  onDone: (i: Incident) => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `ev-${props.event}`;
  return (
    <form
      class="evidence"
      aria-labelledby={`${id}-title`}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const evidence = readEvidence(e.currentTarget as HTMLFormElement, props.fields, props.optional);
        const { data, error, response } = await api.POST('/v1/incidents/{id}/transitions', {
          params: { path: { id: props.incident.id }, header: { 'if-match': `"${props.incident.version}"` } },
          body: { event: props.event as 'close', ...(props.fields.length ? { evidence } : {}) },
        });
        setBusy(false);
        if (data) {
          setErrors({});
          setMessage(null);
          props.onDone(data);
          return;
        }
        const byField: Record<string, string> = {};
        for (const f of problemFields(error))
          byField[f.field.replace(/^(body\.)?evidence\./, '')] = f.message;
        setErrors(byField);
        setMessage(
          response.status === 412
            ? 'Someone else changed this incident: the page now shows the latest.'
            : problemText(error),
        );
      }}
    >
      <h3 id={`${id}-title`}>{props.title}</h3>
      {props.fields.map((f) => (
        <Field key={f.field} spec={f} id={id} error={errors[f.field]} approved={props.approved ?? []} />
      ))}
      <button type="submit" disabled={busy}>
        {props.title}
      </button>
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
