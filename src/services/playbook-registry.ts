import type { Kysely } from 'kysely';
import { findPlaybookVersion, recordPlaybookVersion } from '../db/repositories/playbook.repository.ts';
import type { DB } from '../db/schema.ts';
import { mergeTopics, type TopicKeywords } from '../domain/complaints/complaint.topics.ts';
import { type Playbook, PlaybookSchema } from '../domain/playbooks/playbook.schema.ts';
import type { LoadedPlaybook } from './playbook-loader.ts';

export interface RegisteredPlaybook {
  playbook: Playbook;
  version: string;
}

/**
 * The playbooks this process serves (the files it loaded) and every version ever stored, so an
 * incident always steps under the rules it was opened with, even after its file changed.
 */
export class PlaybookRegistry {
  private readonly current = new Map<string, RegisteredPlaybook>();
  private readonly versions = new Map<string, Playbook>();
  /** Every current playbook's topics together, built once per set of loaded playbooks. */
  private unitedTopics: TopicKeywords | undefined;

  constructor(private readonly db: Kysely<DB>) {}

  /** Stores each loaded version (idempotent) and makes it current for its id. */
  async register(loaded: readonly LoadedPlaybook[], now: Date): Promise<void> {
    for (const { playbook, version, file } of loaded) {
      await recordPlaybookVersion(this.db, {
        version,
        playbookId: playbook.id,
        title: playbook.title,
        definition: playbook,
        file,
        at: now,
      });
      this.current.set(playbook.id, { playbook, version });
      this.versions.set(version, playbook);
    }
    this.unitedTopics = undefined;
  }

  /**
   * The topic keywords a complaint is matched against: its playbook's own (the one it is attached to or
   * matched), else, when no playbook claims it or its playbook has none, every current playbook's together,
   * so the feedback digest also counts what no crisis is about yet. The same object while nothing is
   * loaded, so its compiled expressions are cached with it (src/domain/complaints/complaint.topics.ts).
   */
  topicsFor(playbook: Playbook | undefined): TopicKeywords {
    if (playbook?.topics) return playbook.topics;
    this.unitedTopics ??= mergeTopics(this.list().map((r) => r.playbook.topics));
    return this.unitedTopics;
  }

  list(): RegisteredPlaybook[] {
    return [...this.current.values()].sort((a, b) => a.playbook.id.localeCompare(b.playbook.id));
  }

  get(id: string): RegisteredPlaybook | undefined {
    return this.current.get(id);
  }

  /** A version this process already holds, without a read (hot read paths); else use {@link definition}. */
  known(version: string): Playbook | undefined {
    return this.versions.get(version);
  }

  /** A stored version of playbook `id` (any version ever loaded), or undefined when `id` never had it. */
  async storedVersion(id: string, version: string): Promise<RegisteredPlaybook | undefined> {
    if (!this.versions.has(version)) {
      const stored = await findPlaybookVersion(this.db, version);
      if (stored?.playbookId !== id) return undefined;
    }
    const playbook = await this.definition(version);
    return playbook.id === id ? { playbook, version } : undefined;
  }

  /**
   * The definition of a stored version (any version ever loaded, by any instance). Inside a
   * transaction pass it as `db`: the embedded database has one session, so a second connection waits forever.
   */
  async definition(version: string, db: Kysely<DB> = this.db): Promise<Playbook> {
    const known = this.versions.get(version);
    if (known) return known;
    const stored = await findPlaybookVersion(db, version);
    if (!stored) throw new Error(`playbook version ${version} is not stored`);
    // Stored definitions were validated when loaded; parsing again restores the typed shape.
    const parsed = PlaybookSchema.safeParse(stored.definition);
    const playbook = parsed.success ? parsed.data : (stored.definition as Playbook);
    this.versions.set(version, playbook);
    return playbook;
  }
}
