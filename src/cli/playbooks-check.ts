/**
 * `npm run playbooks:check`: validates every playbook in PLAYBOOKS_DIR (default ./playbooks) exactly as the
 * server does at start. Prints one line per problem (`file: path: message`), or one OK line per playbook
 * with its id and version; exits 1 on any problem so CI and pre-commit hooks can use it.
 */
import { loadPlaybooks, PlaybookLoadError } from '../services/playbook-loader.ts';

const dir = process.env.PLAYBOOKS_DIR ?? './playbooks';

try {
  const loaded = await loadPlaybooks(dir);
  for (const { playbook, version, file } of loaded) {
    console.log(`OK ${playbook.id} ${version} (${file})`);
  }
} catch (error) {
  if (!(error instanceof PlaybookLoadError)) throw error;
  for (const { file, path, message } of error.problems) console.error(`${file}: ${path}: ${message}`);
  console.error(`${error.problems.length} problem(s) in ${dir}`);
  process.exitCode = 1;
}
