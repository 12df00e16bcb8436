import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Which complaint a Meta change is about: the channel and the comment id it gave. */
export interface MetaKey {
  source: string;
  externalId: string;
}

/**
 * Records the comment's latest edit on its complaint; the original text is kept. An older redelivery
 * never overwrites a newer edit. Returns whether a complaint was found.
 */
export async function recordMetaEdit(db: Kysely<DB>, key: MetaKey, text: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('complaints')
    .set({ meta_edited_text: text, meta_edited_at: at })
    .where('source', '=', key.source)
    .where('external_id', '=', key.externalId)
    .where((eb) => eb.or([eb('meta_edited_at', 'is', null), eb('meta_edited_at', '<=', at)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n || (await exists(db, key));
}

/** Records that the comment was removed on Meta's side (the first removal counts); the row stays. */
export async function recordMetaRemoval(db: Kysely<DB>, key: MetaKey, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('complaints')
    .set({ meta_removed_at: at })
    .where('source', '=', key.source)
    .where('external_id', '=', key.externalId)
    .where('meta_removed_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n || (await exists(db, key));
}

async function exists(db: Kysely<DB>, key: MetaKey): Promise<boolean> {
  const row = await db
    .selectFrom('complaints')
    .select('id')
    .where('source', '=', key.source)
    .where('external_id', '=', key.externalId)
    .executeTakeFirst();
  return row !== undefined;
}
