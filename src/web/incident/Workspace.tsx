import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { withPlainDurations } from '../i18n/format';
import { useLang, useT } from '../i18n/language';
import { LiveStatus } from '../LiveStatus';
import { NotFound } from '../NotFound';
import { onLink } from '../router';
import { useCan } from '../session';
import { Banners } from './Banners';
import { Commitments } from './Commitments';
import { Compensations } from './Compensations';
import { Complaints } from './Complaints';
import { type ListFilter, START } from './complaints/list-filter';
import { useComplaintList } from './complaints/use-complaint-list';
import { Downloads } from './Downloads';
import { Guidance } from './Guidance';
import { type Section, SectionMenu } from './SectionMenu';
import { StageActions } from './StageActions';
import { StageFacts } from './StageFacts';
import { Statements } from './Statements';
import { Timeline } from './Timeline';
import { useWorkspace } from './use-workspace';

/** The countdowns show minutes: render again when the minute may have turned. */
function useNow(ms: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** One part of the workspace; on a phone only the part chosen in the menu is shown. */
function Part(props: { name: Section; current: Section; children: ComponentChildren }) {
  const shown = props.name === props.current ? ' is-current' : '';
  return (
    <div class={`ws-section${shown}`} data-section={props.name}>
      {props.children}
    </div>
  );
}

/**
 * /incidents/<id>: the stage, its deadline and guidance, its evidence form, statements, complaints, the
 * compensation ledger, commitments, downloads and the timeline; one live read (use-workspace.ts).
 */
export function Workspace(props: { id: string }) {
  const t = useT();
  const lang = useLang();
  const [guidance, setGuidance] = useState<string | null>(null);
  const [section, setSection] = useState<Section>('stage');
  const { data, missing, link, reload } = useWorkspace(props.id, guidance ?? lang);
  const [filter, setFilter] = useState<ListFilter>(START);
  const list = useComplaintList(props.id, filter, data);
  const canStep = useCan('POST /v1/incidents/:id/transitions');
  const now = useNow(15_000);

  if (missing) return <NotFound incident />;
  if (!data) {
    return (
      <>
        <p aria-live="polite">{t('common.loading')}</p>
        <LiveStatus link={link} />
      </>
    );
  }
  const i = data.incident;
  const changed = () => {
    reload();
    list.reload();
  };
  return (
    <article class="workspace" data-incident-id={i.id} data-state={i.state} data-version={i.version}>
      <p class="ws-top">
        <a href="/" onClick={(e) => onLink(e, '/')}>
          {t('ws.back')}
        </a>
        <LiveStatus link={link} />
      </p>
      <h1>{withPlainDurations(i.title)}</h1>
      <StageFacts data={data} now={now} />
      <Banners data={data} />
      <SectionMenu current={section} complaints={data.complaints.total} onChoose={setSection} />
      <div class="grid">
        <div>
          <Part name="stage" current={section}>
            <Guidance data={data} onLanguage={setGuidance} />
            {canStep && <StageActions data={data} onDone={changed} />}
            <Statements incident={i} statements={data.statements} onChange={changed} />
          </Part>
        </div>
        <div>
          <Part name="complaints" current={section}>
            <Complaints
              data={data}
              list={list}
              filter={filter}
              onFilter={setFilter}
              now={now}
              onChange={changed}
            />
          </Part>
          <Part name="ledger" current={section}>
            <Compensations incident={i} ledger={data.ledger} complaints={list.items} onChange={changed} />
          </Part>
          <Part name="commitments" current={section}>
            <Commitments incident={i} commitments={data.commitments} onChange={changed} />
          </Part>
          <Part name="report" current={section}>
            <Downloads incident={i} />
          </Part>
          <Part name="timeline" current={section}>
            <Timeline incidentId={i.id} timeline={data.timeline} timeZone={data.playbook.timeZone} />
          </Part>
        </div>
      </div>
    </article>
  );
}
