import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  playbookJsonSchema,
  playbookJsonSchemaText,
} from '../../../src/domain/playbooks/playbook-json-schema.ts';

const COMMITTED = join(import.meta.dirname, '../../../playbooks/schema.json');

describe('playbookJsonSchema', () => {
  it('should match the committed playbooks/schema.json (regenerate with `node --import tsx src/cli/playbooks-schema.ts`)', async () => {
    const committed = await readFile(COMMITTED, 'utf8');
    expect(JSON.parse(committed)).toEqual(playbookJsonSchema());
    expect(committed).toBe(playbookJsonSchemaText());
  });

  it('should describe the file as written: defaulted fields optional, unknown fields refused', () => {
    const schema = playbookJsonSchema() as { required: string[]; additionalProperties: unknown };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'stages', 'compensation', 'firstReply']));
    expect(schema.required).not.toContain('calendar');
    expect(schema.additionalProperties).toBe(false);
  });
});
