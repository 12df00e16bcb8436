/**
 * `npm run playbooks:diagram -- <id>`: prints the Mermaid state diagram of a playbook's incident machine,
 * generated from the machine itself. Playbooks come from PLAYBOOKS_DIR (default ./playbooks), loaded and
 * validated exactly as the server loads them. Unknown id or no id: a message listing the known ids, exit 1.
 */
import { toMermaid } from '../domain/incidents/incident.diagram.ts';
import { loadPlaybooks, PlaybookLoadError } from '../services/playbook-loader.ts';

const dir = process.env.PLAYBOOKS_DIR ?? './playbooks';
const id = process.argv[2];

try {
  const loaded = await loadPlaybooks(dir);
  const found = loaded.find(({ playbook }) => playbook.id === id);
  if (found) {
    process.stdout.write(toMermaid(found.playbook));
  } else {
    const known = loaded.map(({ playbook }) => playbook.id).join(', ');
    console.error(
      id
        ? `Unknown playbook "${id}" in ${dir}. Known: ${known}`
        : `Usage: npm run playbooks:diagram -- <id> (one of: ${known})`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof PlaybookLoadError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
