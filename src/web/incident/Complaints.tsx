import { useState } from 'preact/hooks';
import { useT } from '../i18n/language';
import { ComplaintFilters } from './complaints/ComplaintFilters';
import { ComplaintItem } from './complaints/ComplaintItem';
import type { ListFilter } from './complaints/list-filter';
import { PostGroups } from './complaints/PostGroups';
import { type ComplaintList, PAGE } from './complaints/use-complaint-list';
import type { WorkspaceData } from './workspace-data';

/**
 * The incident's complaints, every one in reach: search, filters, order, grouping by post, pages of
 * PAGE ("show more"), and under each complaint its conversation and reply box.
 */
export function Complaints(props: {
  data: WorkspaceData;
  list: ComplaintList;
  filter: ListFilter;
  onFilter: (f: ListFilter) => void;
  now: number;
  onChange: () => void;
}) {
  const t = useT();
  const [byPost, setByPost] = useState(false);
  const { list, filter } = props;
  const zone = props.data.playbook.timeZone;
  const total = list.total ?? 0;
  const left = Math.max(0, total - list.items.length);
  return (
    <section class="panel" aria-labelledby="complaints-h">
      <h2 id="complaints-h">{t('section.complaints', { n: props.data.complaints.total })}</h2>
      <ComplaintFilters filter={filter} byPost={byPost} onFilter={props.onFilter} onByPost={setByPost} />
      {(byPost || filter.postId) && (
        <PostGroups
          posts={props.data.complaints.posts}
          chosen={filter.postId}
          onChoose={(postId) => props.onFilter({ ...filter, postId })}
        />
      )}
      <p class="list-count" aria-live="polite">
        {list.ready && total === 0 ? t('cl.none') : t('cl.showing', { shown: list.items.length, n: total })}
      </p>
      {list.link === 'reconnecting' && <p class="warning">{t('cl.loadFailed')}</p>}
      <ul class="complaints-list">
        {list.items.map((c) => (
          <ComplaintItem key={c.id} complaint={c} zone={zone} now={props.now} onChange={props.onChange} />
        ))}
      </ul>
      {left > 0 && (
        <button type="button" class="more" onClick={list.more}>
          {t('cl.more', { n: Math.min(PAGE, left) })}
        </button>
      )}
    </section>
  );
}
