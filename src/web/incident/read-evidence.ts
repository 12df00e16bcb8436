import type { Widget } from './fields';

/** A decimal as typed in either language ("10,50" or "10.50") as a number. */
const decimal = (v: string): number => Number(v.replace(',', '.'));

/**
 * Reads a generated form back into the evidence object the transition takes. Dates go as plain dates
 * (YYYY-MM-DD): the engine reads one as the end of that day in the playbook's time zone.
 */
export function readEvidence(
  form: HTMLFormElement,
  fields: { field: string; widget: Widget }[],
  optional: string[] = [],
): Record<string, unknown> {
  const data = new FormData(form);
  const evidence: Record<string, unknown> = {};
  const one = (name: string) => String(data.get(name) ?? '').trim();
  for (const { field, widget } of fields) {
    switch (widget.kind) {
      case 'statement': {
        const id = one(`${field}.statementId`);
        if (id) evidence.statementId = id;
        else if (one(field)) evidence.statement = one(field);
        break;
      }
      case 'checks':
        evidence[field] = data.getAll(field).map(String);
        break;
      case 'boolean':
        evidence[field] = data.get(field) === 'on';
        break;
      case 'list':
        evidence[field] = one(field)
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case 'rows': {
        const rows: Record<string, string>[] = [];
        const count = Number(one(`${field}.count`) || '1');
        for (let i = 0; i < count; i++) {
          const row: Record<string, string> = {};
          for (const c of widget.columns) {
            const v = one(`${field}.${i}.${c.name}`);
            if (v) row[c.name] = v;
          }
          if (Object.keys(row).length > 0) rows.push(row);
        }
        evidence[field] = rows;
        break;
      }
      case 'object': {
        const o: Record<string, unknown> = {};
        for (const p of widget.parts) {
          const v = one(`${field}.${p.name}`);
          if (!v) continue;
          o[p.name] = p.name === 'value' ? decimal(v) : p.name === 'evidence' ? [v] : v;
        }
        evidence[field] = o;
        break;
      }
      default: {
        const v = one(field);
        if (v || !optional.includes(field)) evidence[field] = v;
      }
    }
    if (optional.includes(field) && (evidence[field] === '' || evidence[field] === undefined))
      delete evidence[field];
  }
  return evidence;
}
