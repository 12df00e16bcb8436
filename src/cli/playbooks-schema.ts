/**
 * Writes the JSON Schema of playbook files to `playbooks/schema.json` (or the path given as the first
 * argument). Run after changing playbook.schema.ts: `node --import tsx src/cli/playbooks-schema.ts`.
 * A unit test fails while the committed file differs from the generated one.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { playbookJsonSchemaText } from '../domain/playbooks/playbook-json-schema.ts';

const target = process.argv[2] ?? join(process.env.PLAYBOOKS_DIR ?? 'playbooks', 'schema.json');
await writeFile(target, playbookJsonSchemaText(), 'utf8');
console.log(`wrote ${target}`);
