import type { Lang } from '../i18n/catalog.ts';
import { t } from '../i18n/t.ts';

type Missing = 'keywords' | 'source' | 'orderId';
/** A list item's `match` (GET /v1/complaints on complaints attached to no incident). */
export interface Match {
  playbookId: string | null;
  closest: { playbookId: string; missing: Missing[] } | null;
}

const MISSING: Record<Missing, Parameters<typeof t>[0]> = {
  keywords: 'triage.missing.keywords',
  source: 'triage.missing.source',
  orderId: 'triage.missing.orderId',
};

/**
 * Why a complaint waits for a person, in words: the playbook it counts towards (not enough of them yet),
 * or the one it came closest to and what it lacked. A playbook is named by its title, never its id.
 */
export function whyWords(match: Match | undefined, titles: ReadonlyMap<string, string>, lang: Lang): string {
  if (!match) return t('triage.why.none');
  const counted = match.playbookId && titles.get(match.playbookId);
  if (counted) return t('triage.why.counts', { playbook: counted });
  const closest = match.closest;
  const near = closest && titles.get(closest.playbookId);
  if (!closest || !near) return t('triage.why.none');
  const missing = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    closest.missing.map((m) => t(MISSING[m])),
  );
  return t('triage.why.closest', { playbook: near, missing });
}
