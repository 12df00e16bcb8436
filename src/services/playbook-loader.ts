import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type PlaybookProblem, parsePlaybook } from '../domain/playbooks/parse-playbook.ts';
import type { Playbook } from '../domain/playbooks/playbook.schema.ts';

/** A validated playbook with its content-hash version and the file it came from. */
export interface LoadedPlaybook {
  playbook: Playbook;
  version: string;
  file: string;
}

/**
 * Thrown when any playbook file is unusable. `problems` lists every problem of every file, so one run of
 * `npm run playbooks:check` (or one failed boot) shows everything to fix; the message has one line each.
 */
export class PlaybookLoadError extends Error {
  override readonly name = 'PlaybookLoadError';
  readonly problems: readonly PlaybookProblem[];

  constructor(problems: readonly PlaybookProblem[]) {
    super(
      [
        `${problems.length} problem(s) in playbooks:`,
        ...problems.map((p) => `${p.file}: ${p.path}: ${p.message}`),
      ].join('\n'),
    );
    this.problems = problems;
  }
}

const PLAYBOOK_FILE = /\.(ya?ml|json)$/i;
// The generated JSON Schema lives next to the playbooks for editor support; it is not a playbook.
const SCHEMA_FILE = 'schema.json';

/**
 * Loads every `*.yaml`, `*.yml` and `*.json` playbook in `dir` (except `schema.json`), sorted by file name.
 * Fails fast with a {@link PlaybookLoadError} listing every problem: invalid files, duplicate ids, or a
 * missing or empty directory (an engine without playbooks cannot open any incident).
 */
export async function loadPlaybooks(dir: string): Promise<LoadedPlaybook[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the directory does not exist' : String(error);
    throw new PlaybookLoadError([{ file: dir, path: '(directory)', message: reason }]);
  }
  const files = names.filter((name) => PLAYBOOK_FILE.test(name) && name !== SCHEMA_FILE).sort();
  if (files.length === 0) {
    throw new PlaybookLoadError([
      { file: dir, path: '(directory)', message: 'no playbook files (*.yaml, *.yml, *.json) found' },
    ]);
  }

  const problems: PlaybookProblem[] = [];
  const loaded: LoadedPlaybook[] = [];
  const fileById = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    const result = parsePlaybook(await readFile(file, 'utf8'), file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const earlier = fileById.get(result.playbook.id);
    if (earlier !== undefined) {
      problems.push({
        file,
        path: 'id',
        message: `duplicate id "${result.playbook.id}" (also used by ${earlier})`,
      });
      continue;
    }
    fileById.set(result.playbook.id, file);
    loaded.push({ playbook: result.playbook, version: result.version, file });
  }
  if (problems.length > 0) throw new PlaybookLoadError(problems);
  return loaded;
}
