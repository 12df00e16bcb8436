import { useT } from '../i18n/language';

export const SECTIONS = ['stage', 'complaints', 'ledger', 'commitments', 'report', 'timeline'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * On a phone the workspace shows one part at a time, chosen here, so the ledger, the commitments, the
 * report and the timeline are a tap away instead of below every complaint. On a wide screen the menu is
 * hidden and every part is shown (styles.css).
 */
export function SectionMenu(props: { current: Section; complaints: number; onChoose: (s: Section) => void }) {
  const t = useT();
  return (
    <nav class="section-menu" aria-label={t('ws.sections')}>
      {SECTIONS.map((s) => (
        <button
          key={s}
          type="button"
          data-section={s}
          aria-pressed={props.current === s}
          onClick={() => props.onChoose(s)}
        >
          {s === 'complaints' ? t('section.complaints', { n: props.complaints }) : t(`section.${s}`)}
        </button>
      ))}
    </nav>
  );
}
