import type { LinkState } from '../api/resilient';
import { useT } from '../i18n/language';
import { SEVERITIES } from '../incident/fields';
import { LiveStatus } from '../LiveStatus';
import type { Filter } from './filter';
import { OpenIncident } from './OpenIncident';

/** The board's filters, its live status and (for keys that may) the button that opens an incident. */
export function BoardToolbar(props: {
  filter: Filter;
  onFilter: (f: Filter) => void;
  playbooks: string[];
  link: LinkState;
  canOpen: boolean;
}) {
  const t = useT();
  return (
    <div class="toolbar">
      <label>
        {t('board.playbook')}{' '}
        <select
          value={props.filter.playbookId}
          onChange={(e) =>
            props.onFilter({ ...props.filter, playbookId: (e.target as HTMLSelectElement).value })
          }
        >
          <option value="">{t('board.all')}</option>
          {props.playbooks.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('board.severity')}{' '}
        <select
          value={props.filter.severity}
          onChange={(e) =>
            props.onFilter({ ...props.filter, severity: (e.target as HTMLSelectElement).value })
          }
        >
          <option value="">{t('board.all')}</option>
          {[...SEVERITIES].reverse().map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={props.filter.breached}
          onChange={(e) =>
            props.onFilter({ ...props.filter, breached: (e.target as HTMLInputElement).checked })
          }
        />{' '}
        {t('board.breachedOnly')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={props.filter.done}
          onChange={(e) => props.onFilter({ ...props.filter, done: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t('board.showDone')}
      </label>
      <LiveStatus link={props.link} />
      {props.canOpen && <OpenIncident />}
    </div>
  );
}
