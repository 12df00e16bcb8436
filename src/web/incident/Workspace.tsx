import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client';
import { deadlineState } from '../board/Card';
import { startLive } from '../live';
import { onLink } from '../router';
import { useCan } from '../session';
import { Commitments } from './Commitments';
import { Compensations } from './Compensations';
import { Complaints } from './Complaints';
import { Downloads } from './Downloads';
import { EvidenceForm } from './EvidenceForm';
import { OTHER_EVENTS, widgetFor } from './fields';
import { readWorkspace, type WorkspaceState } from './read-workspace';
import { Statements } from './Statements';
import { Timeline } from './Timeline';

const LANGUAGES = [
  ['en', 'English'],
  ['pl', 'Polski'],
  ['el', 'Ελληνικά'],
] as const;

/**
 * /incidents/<id>: the stage, its deadline and guidance, its evidence form, statements, complaints, the
 * compensation ledger, commitments, downloads and the timeline.
 */
export function Workspace(props: { id: string }) {
  const [state, setState] = useState<WorkspaceState | null>(null);
  const [missing, setMissing] = useState(false);
  const [language, setLanguage] = useState('en');
  const canStep = useCan('POST /v1/incidents/:id/transitions');
  const etag = useRef<string | null>(null);
  const countsEtag = useRef<string | null>(null);

  const reads = useRef(0);
  const reload = useCallback(async () => {
    // Reads may overlap (a tick and a submit): only the latest one started may set the state.
    const mine = ++reads.current;
    const s = await readWorkspace(props.id, language);
    if (mine !== reads.current) return;
    if (!s) return setMissing(true);
    etag.current = `"${s.incident.version}"`;
    setState(s);
  }, [props.id, language]);

  useEffect(() => {
    void reload();
    // Live: on every tick two conditional reads, the incident (its version: steps) and its board counts
    // (its audit head moves with drafts, decisions and replies, which do not move the version; and its
    // complaint counts); a change reads the whole workspace again.
    const live = startLive(async () => {
      const [incident, counts] = await Promise.all([
        api.GET('/v1/incidents/{id}', {
          params: { path: { id: props.id } },
          headers: etag.current ? { 'if-none-match': etag.current } : {},
        }),
        api.GET('/v1/board', {
          params: { query: { incidentId: props.id } },
          headers: countsEtag.current ? { 'if-none-match': countsEtag.current } : {},
        }),
      ]);
      const firstCounts = countsEtag.current === null;
      countsEtag.current = counts.response.headers.get('etag') ?? countsEtag.current;
      if (incident.response.status !== 304 || (counts.response.status !== 304 && !firstCounts)) void reload();
    });
    return () => live.stop();
  }, [reload, props.id]);

  if (missing) return <p role="alert">There is no incident {props.id}.</p>;
  if (!state) return <p aria-live="polite">Loading…</p>;
  const { incident: i, next } = state;
  const dl = deadlineState(i.deadline, undefined, Date.now());
  const stage = next?.stage ?? null;
  const approved = state.statements.filter((s) => s.status === 'approved' && s.stage === stage?.id);
  const others = Object.entries(OTHER_EVENTS).filter(([e]) => i.allowedEvents.includes(e));

  return (
    <article class="workspace" data-incident-id={i.id} data-state={i.state} data-version={i.version}>
      <p>
        <a href="/" onClick={(e) => onLink(e, '/')}>
          ← Board
        </a>
      </p>
      <h1>{i.title}</h1>
      <p class="facts">
        <span class={`sev sev-${i.severity}`}>{i.severity}</span> · playbook {i.playbookId} · stage{' '}
        <strong data-field="state">{i.state}</strong>
        {i.deadline && (
          <>
            {' '}
            · deadline <span class={`tone-${dl.tone}`}>{dl.text}</span>
            {i.deadline.dueAtLocal ? ` (due ${i.deadline.dueAtLocal})` : ''}
          </>
        )}
      </p>
      <div class="grid">
        <div>
          {stage && (
            <section class="panel" aria-labelledby="guidance-h">
              <h2 id="guidance-h">Guidance for {stage.id}</h2>
              <fieldset class="langs">
                <legend>Guidance language</legend>
                {LANGUAGES.map(([code, name]) => (
                  <button
                    key={code}
                    type="button"
                    lang={code}
                    aria-pressed={language === code}
                    onClick={() => setLanguage(code)}
                  >
                    {name}
                  </button>
                ))}
              </fieldset>
              <div lang={stage.guidance.language}>
                <ul>
                  {stage.guidance.principles.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
                <h3>Checks</h3>
                <ul>
                  {stage.guidance.checks.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            </section>
          )}
          {canStep && stage && i.allowedEvents.includes(stage.id) && (
            <section class="panel" aria-label="Complete the stage">
              <EvidenceForm
                key={`${i.id}-${stage.id}`}
                incident={i}
                event={stage.id}
                title={`Complete ${stage.id}`}
                fields={stage.requires.map((r) => ({ field: r.field, widget: widgetFor(r) }))}
                approved={approved}
                onDone={() => void reload()}
              />
            </section>
          )}
          <Statements incident={i} statements={state.statements} onChange={() => void reload()} />
          {canStep && others.length > 0 && (
            <section class="panel" aria-label="Other actions">
              <h2>Other actions</h2>
              {others.map(([event, spec]) => (
                <details key={event}>
                  <summary>{spec.label}</summary>
                  <EvidenceForm
                    incident={i}
                    event={event}
                    title={spec.label}
                    fields={spec.fields.map((f) => ({
                      field: f,
                      widget: widgetFor({ field: f, source: 'contract' }),
                    }))}
                    optional={spec.optional ?? []}
                    onDone={() => void reload()}
                  />
                </details>
              ))}
            </section>
          )}
        </div>
        <div>
          <Complaints complaints={state.complaints} onChange={() => void reload()} />
          <Compensations
            incident={i}
            ledger={state.ledger}
            complaints={state.complaints}
            onChange={() => void reload()}
          />
          <Commitments incident={i} commitments={state.commitments} onChange={() => void reload()} />
          <Downloads incident={i} />
          <Timeline entries={state.audit} verified={state.verified} />
        </div>
      </div>
    </article>
  );
}
