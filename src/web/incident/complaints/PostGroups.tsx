import { useT } from '../../i18n/language';
import type { WorkspaceData } from '../workspace-data';
import { channelName } from './Conversation';

type Post = WorkspaceData['complaints']['posts'][number];

/**
 * The posts the comments sit under (Facebook, Instagram), most commented first, each with how many
 * wait for a reply; choosing one narrows the list to its comments.
 */
export function PostGroups(props: {
  posts: Post[];
  chosen: string | null;
  onChoose: (postId: string | null) => void;
}) {
  const t = useT();
  if (props.chosen) {
    return (
      <p class="post-chosen">
        {t('cl.postShown', { post: props.chosen })}{' '}
        <button type="button" class="secondary" onClick={() => props.onChoose(null)}>
          {t('cl.postAll')}
        </button>
      </p>
    );
  }
  return (
    <section class="posts" aria-label={t('cl.posts')}>
      <ul>
        {props.posts.map((p) => (
          <li key={p.postId} data-post-id={p.postId}>
            {t('cl.post', { channel: channelName(t, p.source), post: p.postId })}:{' '}
            {t('cl.postCounts', { n: p.total, waiting: p.unanswered })}{' '}
            <button type="button" class="secondary" onClick={() => props.onChoose(p.postId)}>
              {t('cl.postOnly')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
