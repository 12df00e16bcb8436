import { useT } from './i18n/language';
import { onLink } from './router';

/** A path the desk does not have, or an incident the engine does not know: said plainly, with a way back. */
export function NotFound(props: { incident?: boolean }) {
  const t = useT();
  return (
    <section
      class="panel not-found"
      aria-labelledby="not-found-h"
      data-not-found={props.incident ? 'incident' : 'page'}
    >
      <h1 id="not-found-h">{props.incident ? t('notFound.incident') : t('notFound.heading')}</h1>
      <p>{props.incident ? t('notFound.incidentText') : t('notFound.text')}</p>
      <p>
        <a href="/" onClick={(e) => onLink(e, '/')}>
          {t('notFound.back')}
        </a>
      </p>
    </section>
  );
}
