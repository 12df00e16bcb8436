import { useRef, useState } from 'preact/hooks';
import type { Statement } from '../api/client';
import { useT } from '../i18n/language';
import { labelText, type Widget } from './fields';

export type FieldSpec = { field: string; widget: Widget };

/** A table of rows (actions, changes): as many as needed, each removable while more than one is left. */
function RowsField(props: { field: string; id: string; widget: Extract<Widget, { kind: 'rows' }> }) {
  const t = useT();
  const next = useRef(1);
  // Stable keys, so removing a middle row keeps what was typed in the others.
  const [rows, setRows] = useState([0]);
  const { field, id, widget } = props;
  return (
    <span class="rows-table" id={id}>
      <input type="hidden" name={`${field}.count`} value={String(rows.length)} />
      {rows.map((key, i) => (
        <fieldset key={key} class="row">
          <legend class="visually-hidden">{t('field.row', { n: i + 1 })}</legend>
          {widget.columns.map((c) => (
            <label key={c.name}>
              {t(c.label)} <input name={`${field}.${i}.${c.name}`} type={c.type} />
            </label>
          ))}
          {rows.length > 1 && (
            <button type="button" class="small" onClick={() => setRows(rows.filter((k) => k !== key))}>
              {t('field.removeRow', { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" class="small" onClick={() => setRows([...rows, next.current++])}>
        {t('field.addRow')}
      </button>
    </span>
  );
}

/**
 * One field of a generated evidence form. `chosen` is the approved statement picked (apologise, admit):
 * the channel boxes start from its channels, and are drawn anew when another one is picked.
 */
export function EvidenceField(props: {
  spec: FieldSpec;
  id: string;
  error?: string | undefined;
  approved: Statement[];
  chosen: Statement | null;
  onChoose: (id: string) => void;
  currency?: string | undefined;
}) {
  const t = useT();
  const { field, widget: w } = props.spec;
  const id = `${props.id}-${field}`;
  const err = props.error ? `${id}-err` : undefined;
  const label = labelText(w.label);
  const input = (() => {
    switch (w.kind) {
      case 'statement':
        return (
          <>
            {props.approved.length > 0 && (
              <select
                id={id}
                name={`${field}.statementId`}
                aria-describedby={err}
                value={props.chosen?.id ?? ''}
                onChange={(e) => props.onChoose((e.target as HTMLSelectElement).value)}
              >
                {props.approved.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t('field.approvedOption', { text: `${s.text.slice(0, 60)}…` })}
                  </option>
                ))}
                <option value="">{t('field.writeHere')}</option>
              </select>
            )}
            <textarea
              id={props.approved.length ? `${id}-text` : id}
              name={field}
              rows={3}
              aria-label={props.approved.length ? t('field.statementText') : undefined}
              aria-describedby={err}
            />
          </>
        );
      case 'checks':
        return (
          <span class="checks" id={id} key={props.chosen?.id ?? 'none'}>
            {w.options.map((o) => (
              <label key={o.value}>
                <input
                  type="checkbox"
                  name={field}
                  value={o.value}
                  defaultChecked={field === 'channels' && (props.chosen?.channels ?? []).includes(o.value)}
                />{' '}
                {t(o.label)}
              </label>
            ))}
          </span>
        );
      case 'boolean':
        return <input id={id} type="checkbox" name={field} aria-describedby={err} />;
      case 'url':
        return <input id={id} type="url" name={field} required aria-describedby={err} />;
      case 'choice':
        return (
          <select id={id} name={field}>
            {w.options.map((o) => (
              <option key={o.value} value={o.value}>
                {t(o.label)}
              </option>
            ))}
          </select>
        );
      case 'list':
        return (
          <textarea
            id={id}
            name={field}
            rows={2}
            placeholder={t('field.onePerLine')}
            aria-describedby={err}
          />
        );
      case 'rows':
        return <RowsField field={field} id={id} widget={w} />;
      case 'object':
        return (
          <span class="rows" id={id}>
            {w.parts.map((p) => (
              <span key={p.name}>
                <label for={`${id}-${p.name}`}>{t(p.label)}</label>{' '}
                {p.options ? (
                  <select id={`${id}-${p.name}`} name={`${field}.${p.name}`}>
                    {p.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {t(o.label)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={`${id}-${p.name}`}
                    name={`${field}.${p.name}`}
                    aria-describedby={err}
                    defaultValue={p.name === 'currency' ? props.currency : undefined}
                  />
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
  const group = w.kind === 'checks' || w.kind === 'rows' || w.kind === 'object';
  return (
    <div class="field" data-field={field}>
      {group ? <span class="label">{label}</span> : <label for={id}>{label}</label>}
      {input}
      {props.error && (
        <span id={err} class="error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}
