/**
 * Meta webhook deliveries (Page `feed`, Instagram `comments`) read as complaint changes. Pure: the
 * delivery is parsed JSON of unknown shape, so every field is checked here and anything else becomes
 * an `ignored` entry with a reason (logged by the caller; Meta still gets its 200).
 * @see https://developers.facebook.com/docs/graph-api/webhooks/reference/page/#feed
 * @see https://developers.facebook.com/docs/instagram-platform/webhooks/#comments
 */
import { isStorableTime } from '../instant-range.ts';

export type MetaSource = 'facebook' | 'instagram';

/** A new comment or post, in the shape of a posted complaint. */
export interface MetaComplaint {
  source: MetaSource;
  externalId: string;
  text: string;
  author?: string;
  url?: string;
  occurredAt?: string;
  /** The post (Facebook) or media (Instagram) the comment sits under. */
  postId?: string;
}

export type MetaChange =
  | { kind: 'add'; complaint: MetaComplaint }
  | { kind: 'edit'; source: MetaSource; externalId: string; text: string; at: Date }
  | { kind: 'remove'; source: MetaSource; externalId: string; at: Date }
  | { kind: 'ignored'; reason: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined;
/** Complaint authors are at most 200 characters; a longer display name is cut, not refused. */
const author = (v: unknown) => str(v)?.trim().slice(0, 200);

/**
 * Meta sends Unix seconds (`created_time`, `time`); some fields carry ISO strings instead. A time the
 * databases cannot store (src/domain/instant-range.ts) counts as none.
 */
function timeOf(v: unknown): Date | undefined {
  let d: Date | undefined;
  if (typeof v === 'number' && Number.isFinite(v)) d = new Date(v > 1e12 ? v : v * 1000);
  else if (typeof v === 'string') d = /^\d+$/.test(v) ? new Date(Number(v) * 1000) : new Date(v);
  return d && isStorableTime(d.getTime()) ? d : undefined;
}

/** Every change of a delivery, in order; `now` dates edits and removals that carry no time. */
export function readMetaDelivery(body: unknown, now: Date): MetaChange[] {
  if (!isObj(body) || !Array.isArray(body.entry)) return [{ kind: 'ignored', reason: 'no entry list' }];
  const object = body.object;
  if (object !== 'page' && object !== 'instagram') {
    return [{ kind: 'ignored', reason: `object ${JSON.stringify(object)} is not page or instagram` }];
  }
  const changes: MetaChange[] = [];
  for (const entry of body.entry) {
    // Business Login for Instagram puts one change's field and value on the entry itself.
    const list = isObj(entry) && !Array.isArray(entry.changes) && 'field' in entry ? [entry] : entry?.changes;
    if (!isObj(entry) || !Array.isArray(list)) {
      changes.push({ kind: 'ignored', reason: 'entry without changes (messaging is not read)' });
      continue;
    }
    const entryTime = timeOf(entry.time);
    for (const change of list) {
      if (!isObj(change) || !isObj(change.value)) {
        changes.push({ kind: 'ignored', reason: 'change without a value' });
      } else if (object === 'page' && change.field === 'feed') {
        changes.push(feedChange(change.value, entryTime ?? now));
      } else if (
        object === 'instagram' &&
        (change.field === 'comments' || change.field === 'live_comments')
      ) {
        changes.push(instagramComment(change.value, entryTime));
      } else {
        changes.push({ kind: 'ignored', reason: `field ${JSON.stringify(change.field)} of ${object}` });
      }
    }
  }
  return changes;
}

/** A Page feed change: a comment or a post added, edited or removed; `changedAt` is the entry's time. */
function feedChange(v: Obj, changedAt: Date): MetaChange {
  const item = v.item;
  if (item !== 'comment' && item !== 'post' && item !== 'status') {
    return { kind: 'ignored', reason: `feed item ${JSON.stringify(item)}` };
  }
  const externalId = str(item === 'comment' ? v.comment_id : v.post_id);
  if (!externalId) return { kind: 'ignored', reason: `feed ${item} without an id` };
  const createdAt = timeOf(v.created_time) ?? changedAt;
  const text = str(v.message);
  switch (v.verb) {
    case 'add': {
      if (!text) return { kind: 'ignored', reason: `feed ${item} ${externalId} has no text` };
      const from = isObj(v.from) ? v.from : {};
      const post = isObj(v.post) ? v.post : {};
      const permalink = str(v.permalink_url) ?? (item === 'comment' ? undefined : str(post.permalink_url));
      return {
        kind: 'add',
        complaint: {
          source: 'facebook',
          externalId,
          text,
          ...(author(from.name) ? { author: author(from.name)! } : {}),
          url: permalink ?? `https://www.facebook.com/${encodeURIComponent(externalId)}`,
          occurredAt: createdAt.toISOString(),
          ...(item === 'comment' && str(v.post_id) ? { postId: str(v.post_id)! } : {}),
        },
      };
    }
    case 'edited':
      if (!text) return { kind: 'ignored', reason: `edit of ${externalId} without text` };
      return { kind: 'edit', source: 'facebook', externalId, text, at: changedAt };
    case 'remove':
    case 'delete':
      return { kind: 'remove', source: 'facebook', externalId, at: changedAt };
    default:
      return { kind: 'ignored', reason: `feed verb ${JSON.stringify(v.verb)}` };
  }
}

/**
 * An Instagram comment: Meta sends only additions (no verb, no time: the entry's time dates it) and no
 * permalink, so the complaint's url is left out rather than guessed (media ids are not URL shortcodes).
 */
function instagramComment(v: Obj, entryTime: Date | undefined): MetaChange {
  const externalId = str(v.id);
  const text = str(v.text);
  if (!externalId || !text) return { kind: 'ignored', reason: 'instagram comment without id or text' };
  const from = isObj(v.from) ? v.from : {};
  const media = isObj(v.media) ? str(v.media.id) : undefined;
  return {
    kind: 'add',
    complaint: {
      source: 'instagram',
      externalId,
      text,
      ...(author(from.username) ? { author: author(from.username)! } : {}),
      ...(entryTime ? { occurredAt: entryTime.toISOString() } : {}),
      ...(media ? { postId: media } : {}),
    },
  };
}
