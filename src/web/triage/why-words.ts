import type { Complaint } from '../api/client';
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/t';

type Match = NonNullable<Complaint['match']>;
type Missing = NonNullable<Match['closest']>['missing'][number];

const MISSING: Record<Missing, Parameters<typeof t>[0]> = {
  keywords: 'triage.missing.keywords',
  source: 'triage.missing.source',
  orderId: 'triage.missing.orderId',
};

/**
 * Why a complaint waits for a person, in words: the playbook it counts towards (not enough of them yet),
 * or the one it came closest to and what it lacked. A playbook is named by its title, never its id.
 */
export function whyWords(match: Complaint['match'], titles: ReadonlyMap<string, string>, lang: Lang): string {
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
