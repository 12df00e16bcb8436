import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export interface StoredPlaybookVersion {
  version: string;
  playbookId: string;
  definition: unknown;
}

/**
 * Records a loaded playbook version (kept forever, so old incidents keep their rules) and makes it
 * the current one for its id.
 */
export async function recordPlaybookVersion(
  db: Kysely<DB>,
  v: { version: string; playbookId: string; title: string; definition: unknown; file: string; at: Date },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('playbook_versions')
      .values({
        version: v.version,
        playbook_id: v.playbookId,
        title: v.title,
        definition: JSON.stringify(v.definition),
        source_file: v.file,
      })
      .onConflict((oc) => oc.column('version').doNothing())
      .execute();
    await trx
      .insertInto('playbooks')
      .values({ playbook_id: v.playbookId, current_version: v.version, updated_at: v.at })
      .onConflict((oc) =>
        oc.column('playbook_id').doUpdateSet({ current_version: v.version, updated_at: v.at }),
      )
      .execute();
  });
}

export async function findPlaybookVersion(
  db: Kysely<DB>,
  version: string,
): Promise<StoredPlaybookVersion | null> {
  const row = await db
    .selectFrom('playbook_versions')
    .select(['version', 'playbook_id', 'definition'])
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? { version: row.version, playbookId: row.playbook_id, definition: row.definition } : null;
}
