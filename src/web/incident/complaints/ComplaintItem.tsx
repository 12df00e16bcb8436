import { useState } from 'preact/hooks';
import { dateTime, when } from '../../i18n/format';
import { useT } from '../../i18n/language';
import { useCan } from '../../session';
import { CustomerWords, channelName, Replies } from './Conversation';
import { MovePrivate } from './MovePrivate';
import { ReplyComposer } from './ReplyComposer';
import type { ListedComplaint } from './use-complaint-list';

type Reply = ListedComplaint['replies'][number];

/** Where the complaint stands, in a few words: answered, waiting (until when), overdue, moved. */
function Status(props: { complaint: ListedComplaint; zone: string; now: number }) {
  const t = useT();
  const c = props.complaint;
  const due = c.firstReplyDueAt ? Date.parse(c.firstReplyDueAt) : null;
  const overdue = !c.answered && (c.firstReplyBreached || (due !== null && due < props.now));
  return (
    <>
      {c.answered && <span class="badge ok">{t('c.answered')}</span>}
      {!c.answered && !overdue && <span class="badge">{t('c.waiting')}</span>}
      {overdue && <span class="badge bad">{t('c.overdue')}</span>}
      {!c.answered && c.firstReplyDueAt && !overdue && (
        <span class="due"> {t('c.dueIn', { time: when(c.firstReplyDueAt, props.zone, props.now) })}</span>
      )}
      {c.privateChannel && (
        <span class="badge"> {t('c.private', { channel: channelName(t, c.privateChannel.channel) })}</span>
      )}
    </>
  );
}

/**
 * One complaint and its conversation: who wrote what where and when, the customer's words as they
 * stand, every reply, and the composer (public first, then private once moved).
 */
export function ComplaintItem(props: {
  complaint: ListedComplaint;
  zone: string;
  now: number;
  onChange: () => void;
}) {
  const t = useT();
  const canReply = useCan('POST /v1/complaints/:id/replies');
  const canMove = useCan('POST /v1/complaints/:id/move-private');
  // A reply just sent shows at once, before the next read of the list brings it.
  const [sent, setSent] = useState<Reply[]>([]);
  const c = props.complaint;
  const known = new Set(c.replies.map((r) => r.id));
  const replies = [...c.replies, ...sent.filter((r) => !known.has(r.id))];
  const hasPublicReply = replies.some((r) => r.visibility === 'public');
  const withReplies = { ...c, replies, answered: c.answered || hasPublicReply };
  return (
    <li
      class="complaint"
      data-complaint-id={c.id}
      data-answered={String(withReplies.answered)}
      data-overdue={String(!withReplies.answered && c.firstReplyBreached)}
    >
      <p class="complaint-meta">
        <strong>{channelName(t, c.source)}</strong> · {c.author ?? t('c.author')} ·{' '}
        <time dateTime={c.occurredAt}>{dateTime(c.occurredAt, props.zone)}</time>
        {c.orderId && <> · {t('c.order', { order: c.orderId })}</>}{' '}
        <Status complaint={withReplies} zone={props.zone} now={props.now} />
        {c.url && (
          <>
            {' · '}
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              {t('c.open')}
            </a>
          </>
        )}
      </p>
      <CustomerWords complaint={c} zone={props.zone} />
      <Replies replies={replies} zone={props.zone} />
      {canReply && (
        <ReplyComposer
          complaint={withReplies}
          zone={props.zone}
          onSent={(r) => {
            setSent((s) => [...s, r]);
            props.onChange();
          }}
        />
      )}
      {canMove && hasPublicReply && !c.privateChannel && (
        <MovePrivate complaintId={c.id} onMoved={props.onChange} />
      )}
    </li>
  );
}
