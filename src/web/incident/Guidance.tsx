import { isKey } from '../i18n/catalog';
import { useT } from '../i18n/language';
import type { WorkspaceData } from './workspace-data';

/**
 * The stage's guidance from the playbook, with a button for each language the playbook is written in
 * (and only those); the pressed one is the language the engine answered in.
 */
export function Guidance(props: { data: WorkspaceData; onLanguage: (code: string) => void }) {
  const t = useT();
  const stage = props.data.next?.stage;
  if (!stage) return null;
  const shown = stage.guidance.language;
  const name = (code: string) => {
    const key = `lang.${code}`;
    return isKey(key) ? t(key) : code.toUpperCase();
  };
  return (
    <section class="panel" aria-labelledby="guidance-h">
      <h2 id="guidance-h">{t('guidance.heading', { stage: t(`state.${stage.id}`) })}</h2>
      {props.data.playbook.languages.length > 1 && (
        <fieldset class="langs">
          <legend>{t('guidance.language')}</legend>
          {props.data.playbook.languages.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={shown === code}
              onClick={() => props.onLanguage(code)}
            >
              {name(code)}
            </button>
          ))}
        </fieldset>
      )}
      <div lang={shown}>
        <ul>
          {stage.guidance.principles.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <h3>{t('guidance.checks')}</h3>
        <ul>
          {stage.guidance.checks.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
