import type { LinkState } from './api/resilient';
import { useT } from './i18n/language';
import { useLiveMode } from './live';

/**
 * A small status line, read out politely when it changes: live (streaming or checking), connecting, or
 * reconnecting after a failed read (the page keeps what it last read meanwhile).
 */
export function LiveStatus(props: { link: LinkState }) {
  const t = useT();
  const mode = useLiveMode();
  const reconnecting = props.link === 'reconnecting';
  const text = reconnecting
    ? t('live.reconnecting')
    : mode === 'stream'
      ? t('live.live')
      : mode === 'poll'
        ? t('live.polling')
        : t('live.connecting');
  return (
    <p
      class={reconnecting ? 'live live-down' : 'live'}
      role="status"
      aria-label={t('live.status')}
      data-link={props.link}
    >
      {text}
    </p>
  );
}
