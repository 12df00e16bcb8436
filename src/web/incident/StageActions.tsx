import { useT } from '../i18n/language';
import { EvidenceForm } from './EvidenceForm';
import { OTHER_EVENTS, widgetFor } from './fields';
import type { WorkspaceData } from './workspace-data';

/**
 * What a manager may do now: complete the stage (its form generated from what the stage requires) and
 * the other events the incident accepts (severity, legal, dismiss, close, reopen).
 */
export function StageActions(props: { data: WorkspaceData; onDone: () => void }) {
  const t = useT();
  const { incident: i, next, statements } = props.data;
  const stage = next?.stage ?? null;
  const approved = statements.filter((s) => s.status === 'approved' && s.stage === stage?.id);
  const others = Object.entries(OTHER_EVENTS).filter(([e]) => i.allowedEvents.includes(e));
  return (
    <>
      {stage && i.allowedEvents.includes(stage.id) && (
        <section class="panel" aria-label={t('stage.completeRegion')}>
          <EvidenceForm
            key={`${i.id}-${stage.id}`}
            incident={i}
            event={stage.id}
            title={t('stage.complete', { stage: t(`state.${stage.id}`) })}
            fields={stage.requires.map((r) => ({ field: r.field, widget: widgetFor(r) }))}
            approved={approved}
            currency={props.data.ledger?.totals.currency}
            onDone={props.onDone}
          />
        </section>
      )}
      {others.length > 0 && (
        <section class="panel" aria-labelledby="other-h">
          <h2 id="other-h">{t('stage.otherActions')}</h2>
          {others.map(([event, spec]) => (
            <details key={event} data-event={event}>
              <summary>{t(spec.label)}</summary>
              <EvidenceForm
                incident={i}
                event={event}
                title={t(spec.label)}
                fields={spec.fields.map((f) => ({
                  field: f,
                  widget: widgetFor({ field: f, source: 'contract' }),
                }))}
                optional={spec.optional ?? []}
                onDone={props.onDone}
              />
            </details>
          ))}
        </section>
      )}
    </>
  );
}
