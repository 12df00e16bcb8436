import { isKey, type Key } from '../i18n/catalog.ts';
import { t } from '../i18n/t.ts';

/** What a sentence needs of a timeline run (workspace-data.ts TimelineRun; kept structural so unit tests need no schema). */
type TimelineRun = {
  action: string;
  count: number;
  data: Record<string, unknown>;
  fromState: string | null;
  toState: string | null;
};

/** Actions whose sentence counts the run ("42 skargi dołączone"); others add "(3 razy)" to a longer run. */
const COUNTED = new Set([
  'complaint.attached',
  'complaint.moved_private',
  'complaint.redacted',
  'complaint.first_reply_breached',
]);

const label = (prefix: string, code: unknown): string | null => {
  const key = `${prefix}.${String(code)}`;
  return isKey(key) ? t(key) : null;
};

/** The severity change a set_severity entry records (its `severity_changed` effect), if it is there. */
function severityChange(data: Record<string, unknown>): { from: string; to: string } | null {
  const effects = Array.isArray(data.effects) ? data.effects : [];
  const change = effects.find((e) => e && typeof e === 'object' && e.type === 'severity_changed') as
    | { from?: unknown; to?: unknown }
    | undefined;
  const from = label('severity', change?.from);
  const to = label('severity', change?.to);
  return from && to ? { from, to } : null;
}

/**
 * A run of the audit chain as one sentence in the desk's language: known actions worded, counted ones
 * with their plural, everything else a generic sentence (never the raw event name).
 */
export function describeRun(run: TimelineRun): string {
  const { action, data, count } = run;
  if (COUNTED.has(action)) return t(`audit.${action}` as Key, { n: count });
  if (action === 'complaint.stragglers') {
    const n = Number(data.total ?? data.count ?? count);
    return t(data.since === 'closed' ? 'stragglers.closed' : 'stragglers.monitoring', { n });
  }
  let text: string;
  if (action === 'incident.set_severity') {
    const change = severityChange(data);
    text = change ? t('audit.incident.set_severity', change) : t('audit.incident.severity');
  } else if (action === 'statement.decided') {
    text = data.decision === 'reject' ? t('audit.statement.rejected') : t('audit.statement.approved');
  } else if (action === 'deadline.breached') {
    text = t('audit.deadline.breached', { stage: label('state', data.stage) ?? '—' });
  } else if (action === 'compensation.status_changed') {
    const status = label('compStatus', data.to);
    text = status ? t('audit.compensation.status_changed', { status }) : t('audit.other');
  } else {
    const key = `audit.${action}`;
    text = isKey(key) ? t(key) : t('audit.other');
  }
  return count > 1 ? `${text} ${t('tl.times', { n: count })}` : text;
}

/** The engine's own actors (src/domain: SYSTEM_ACTOR, SCHEDULER_ACTOR, META_ACTOR): named as "the engine". */
const ENGINE_ACTORS = new Set(['system', 'deadline scheduler', 'meta-webhook']);

/** Who did it: a person's key name, or the engine itself. */
export function actorText(actor: string): string {
  return ENGINE_ACTORS.has(actor) ? t('tl.system') : actor;
}

/** The stage move of a run, if it moved the incident ("etap: Przeproś → Przyznaj się"). */
export function moveText(run: TimelineRun): string | null {
  if (!run.fromState || !run.toState || run.fromState === run.toState) return null;
  const from = label('state', run.fromState);
  const to = label('state', run.toState);
  return from && to ? t('tl.move', { from, to }) : null;
}
