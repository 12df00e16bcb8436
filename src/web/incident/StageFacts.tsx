import { dueSentence } from '../deadline-text';
import { useLang, useT } from '../i18n/language';
import type { WorkspaceData } from './workspace-data';

/** Severity, playbook and "Przeproś · zostało 45 min (do 14:30)": the stage and its deadline in words. */
export function StageFacts(props: { data: WorkspaceData; now: number }) {
  const t = useT();
  const lang = useLang();
  const { incident: i, playbook } = props.data;
  const due = i.deadline ? dueSentence(i.deadline, playbook.timeZone, props.now) : null;
  return (
    <p class="facts">
      <span class={`sev sev-${i.severity}`}>{t(`severity.${i.severity}`)}</span> ·{' '}
      {t('ws.playbook', { title: playbook.titles[lang] ?? playbook.title })} ·{' '}
      <strong data-field="state">{t(`state.${i.state}`)}</strong>
      {due && (
        <>
          {' · '}
          <span class={`tone-${due.tone}`} data-due>
            {due.text}
          </span>
        </>
      )}
    </p>
  );
}
