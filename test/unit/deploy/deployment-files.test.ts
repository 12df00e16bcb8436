import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The Compose Specification's JSON Schema, vendored unchanged from
// https://raw.githubusercontent.com/compose-spec/compose-spec/170098ba07d9f53c383a41bfd4c5166b0a4529a6/schema/compose-spec.json
// (no network in tests, and no Docker engine here to run `docker compose config`).
const composeSchema = JSON.parse(readFileSync('test/fixtures/compose-spec.json', 'utf8'));

function composeValidator() {
  // The schema names its draft as https://json-schema.org/draft-07/schema, which Ajv knows under the
  // http://…# id only; it is draft-07, Ajv's default. strict: false because it uses `deprecated`, a
  // later draft's annotation that draft-07 treats as unknown.
  const { $schema: _draft, ...schema } = composeSchema;
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

/** docker-compose.yml as Compose reads it: YAML merge keys (`<<: *engine`) resolved. */
const composeFile = () => parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true });

describe('docker-compose.yml', () => {
  it('should be valid against the Compose Specification JSON Schema', () => {
    const validate = composeValidator();
    const ok = validate(composeFile());
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('should be refused by the same validator when a field has the wrong shape', () => {
    const validate = composeValidator();
    const broken = composeFile();
    broken.services.api.replicas_wanted = 2;
    broken.services.api.healthcheck.retries = [];
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/services/api', '/services/api/healthcheck/retries']),
    );
  });

  it('should give every engine service the SECRETS_KEY it needs with DATABASE_URL', () => {
    const { services } = composeFile();
    for (const name of ['api', 'worker']) {
      expect(services[name].environment.DATABASE_URL, name).toBeDefined();
      expect(services[name].environment.SECRETS_KEY, name).toMatch(/^\$\{SECRETS_KEY:\?/);
    }
  });
});

describe('Dockerfile', () => {
  const runtime = readFileSync('Dockerfile', 'utf8')
    .split(/^FROM /m)
    .at(-1)!;

  it('should run the service as a non-root user', () => {
    const users = [...runtime.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]!);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('should check its health through /health with node, needing no curl', () => {
    const healthcheck = /^HEALTHCHECK\b[\s\S]*?CMD\s+(\[.*\])\s*$/m.exec(runtime.replace(/\\\n/g, ' '));
    expect(healthcheck).not.toBeNull();
    const command = JSON.parse(healthcheck![1]!) as string[];
    expect(command[0]).toBe('node');
    expect(command.join(' ')).toContain('/health');
    expect(command.join(' ')).not.toMatch(/curl|wget/);
  });
});
