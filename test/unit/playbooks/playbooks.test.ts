import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parsePlaybook, playbookVersion } from '../../../src/domain/playbooks/parse-playbook.ts';
import { type Playbook, SEVERITIES, STAGES } from '../../../src/domain/playbooks/playbook.schema.ts';
import {
  type LoadedPlaybook,
  loadPlaybooks,
  PlaybookLoadError,
} from '../../../src/services/playbook-loader.ts';

const SHIPPED_DIR = join(import.meta.dirname, '../../../playbooks');
const BROKEN_DIR = join(import.meta.dirname, '../../fixtures/playbooks/broken');
const SHIPPED_IDS = [
  'defective-product',
  'delivery-delay',
  'lost-or-damaged-order',
  'payment-or-data-incident',
  'social-media-backlash',
];

/** ms of a W/D/H/M duration, enough to compare the shipped deadlines. */
function ms(duration: string): number {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!m) throw new Error(`unexpected duration ${duration}`);
  const [w, d, h, min] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
  return (((w * 7 + d) * 24 + h) * 60 + min) * 60_000;
}

async function loadError(dir: string): Promise<PlaybookLoadError> {
  const error = await loadPlaybooks(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlaybookLoadError);
  return error as PlaybookLoadError;
}

describe('shipped playbooks', () => {
  let loaded: LoadedPlaybook[];
  const byId = (id: string): Playbook => loaded.find((l) => l.playbook.id === id)!.playbook;

  beforeAll(async () => {
    loaded = await loadPlaybooks(SHIPPED_DIR);
  });

  it('should load all five through loadPlaybooks, sorted by file name, ignoring schema.json', () => {
    expect(loaded.map((l) => l.playbook.id)).toEqual(SHIPPED_IDS);
    expect(loaded.map((l) => l.file)).toEqual(SHIPPED_IDS.map((id) => join(SHIPPED_DIR, `${id}.yaml`)));
  });

  it('should give every playbook a distinct version equal to the hash of its definition', () => {
    expect(new Set(loaded.map((l) => l.version)).size).toBe(loaded.length);
    for (const { playbook, version } of loaded) {
      expect(version).toMatch(/^[0-9a-f]{64}$/);
      expect(playbookVersion(playbook)).toBe(version);
    }
  });

  it('should point every file at the JSON Schema on its first line', async () => {
    for (const { file } of loaded) {
      const [first] = (await readFile(file, 'utf8')).split('\n');
      expect(first, file).toBe('# yaml-language-server: $schema=./schema.json');
    }
  });

  it('should make critical deadlines faster than low ones in every stage and for the first reply', () => {
    for (const { playbook } of loaded) {
      for (const stage of STAGES) {
        const { low, critical } = playbook.stages[stage].deadlines;
        expect(ms(critical), `${playbook.id} ${stage}`).toBeLessThan(ms(low));
      }
      expect(ms(playbook.firstReply.deadlines.critical)).toBeLessThan(ms(playbook.firstReply.deadlines.low));
    }
  });

  it('should raise compensation ceilings with severity, in PLN', () => {
    for (const { playbook } of loaded) {
      const amounts = SEVERITIES.map((s) => playbook.compensation.ceilings[s].amount);
      expect(amounts, playbook.id).toEqual([...amounts].sort((a, b) => a - b));
      expect(new Set(amounts).size).toBe(amounts.length);
      for (const s of SEVERITIES) expect(playbook.compensation.ceilings[s].currency).toBe('PLN');
    }
  });

  it('should differ from each other in deadlines, first replies and ceilings', () => {
    for (const [i, a] of loaded.entries()) {
      for (const b of loaded.slice(i + 1)) {
        const pair = `${a.playbook.id} vs ${b.playbook.id}`;
        const deadlines = (p: Playbook) => STAGES.map((s) => p.stages[s].deadlines);
        expect(deadlines(a.playbook), pair).not.toEqual(deadlines(b.playbook));
        expect(a.playbook.compensation.ceilings, pair).not.toEqual(b.playbook.compensation.ceilings);
        expect(a.playbook.firstReply, pair).not.toEqual(b.playbook.firstReply);
      }
    }
  });

  it('should give the tightest apology deadline to social media backlash and the highest ceiling to unsafe products', () => {
    const apologyCritical = loaded.map((l) => ms(l.playbook.stages.apologise.deadlines.critical));
    expect(ms(byId('social-media-backlash').stages.apologise.deadlines.critical)).toBe(
      Math.min(...apologyCritical),
    );
    const criticalCeilings = loaded.map((l) => l.playbook.compensation.ceilings.critical.amount);
    expect(byId('defective-product').compensation.ceilings.critical.amount).toBe(
      Math.max(...criticalCeilings),
    );
  });

  it('should demand crisis-specific evidence', () => {
    const fields = (p: Playbook, stage: (typeof STAGES)[number]) =>
      p.stages[stage].requires.map((r) => r.field);
    expect(fields(byId('defective-product'), 'counteract')).toEqual(
      expect.arrayContaining(['safetyNotice', 'recallScope']),
    );
    expect(fields(byId('social-media-backlash'), 'counteract')).toContain('commentsRestored');
    expect(fields(byId('payment-or-data-incident'), 'counteract')).toEqual(
      expect.arrayContaining(['regulatorNotified', 'dpoContact']),
    );
  });

  it('should use business hours only where nights do not hurt, and 24/7 for payments and data', () => {
    expect(byId('delivery-delay').calendar).toMatchObject({
      kind: 'business_hours',
      timeZone: 'Europe/Warsaw',
    });
    expect(byId('payment-or-data-incident').calendar).toEqual({ kind: '24/7' });
    expect(byId('social-media-backlash').calendar).toEqual({ kind: '24/7' });
  });

  it('should give guidance in every language of each playbook, with Greek for social media backlash', () => {
    expect(byId('social-media-backlash').languages).toContain('el');
    for (const { playbook } of loaded) {
      for (const stage of STAGES) {
        for (const lang of playbook.languages) {
          const guidance = playbook.stages[stage].guidance[lang];
          expect(guidance?.principles.length, `${playbook.id} ${stage} ${lang}`).toBeGreaterThan(0);
          expect(guidance?.checks.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('playbook versions', () => {
  let text: string;

  beforeAll(async () => {
    text = await readFile(join(SHIPPED_DIR, 'delivery-delay.yaml'), 'utf8');
  });

  const version = (source: string) => {
    const result = parsePlaybook(source, 'delivery-delay.yaml');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.version;
  };

  it('should give the same content the same version, whatever the comments and layout', () => {
    expect(version(text)).toBe(version(text));
    expect(version(`# a new comment\n${text}\n\n`)).toBe(version(text));
  });

  it('should give a one-character change a different version', () => {
    expect(version(text.replace('title: Delivery delay', 'title: Delivery delayy'))).not.toBe(version(text));
  });

  it('should accept JSON as well as YAML, with the same version', () => {
    expect(version(JSON.stringify(parseYaml(text)))).toBe(version(text));
  });
});

describe('broken playbooks', () => {
  const cases: [file: string, path: string | RegExp, message: string | RegExp][] = [
    ['bad-yaml-syntax.yaml', '8:1', /YAML syntax error: Flow sequence/],
    ['missing-stage.yaml', 'stages.improve', 'is missing (expected an object)'],
    ['bad-duration.yaml', 'stages.admit.deadlines.high', 'must be an ISO 8601 duration'],
    ['unknown-field.yaml', 'escalation.remindAt', 'unknown field'],
    ['missing-pl-guidance.yaml', 'stages.counteract.guidance', 'needs guidance in "pl"'],
    ['unknown-time-zone.yaml', 'calendar.timeZone', 'must be an IANA time zone'],
    ['id-mismatch.yaml', 'id', 'must match the file name "id-mismatch", but it is "delivery-delays"'],
    ['bad-order-pattern.yaml', 'triggers.orderIdPattern', 'must be a valid regular expression'],
  ];

  it('should have a test case for every fixture', async () => {
    const files = (await readdir(BROKEN_DIR)).filter((f) => f.endsWith('.yaml')).sort();
    expect(files).toEqual(cases.map(([file]) => file).sort());
  });

  it.each(cases)('should refuse %s at %s', async (file, path, message) => {
    const result = parsePlaybook(await readFile(join(BROKEN_DIR, file), 'utf8'), file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem?.file).toBe(file);
    if (typeof path === 'string') expect(problem?.path).toBe(path);
    else expect(problem?.path).toMatch(path);
    if (typeof message === 'string') expect(problem?.message).toContain(message);
    else expect(problem?.message).toMatch(message);
  });

  it('should report the line of the offending value', async () => {
    const result = parsePlaybook(
      await readFile(join(BROKEN_DIR, 'bad-duration.yaml'), 'utf8'),
      'bad-duration.yaml',
    );
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/\(line 25\)$/);
  });

  it('should make loadPlaybooks fail with every problem of every file, one line each', async () => {
    const error = await loadError(BROKEN_DIR);
    expect(error.problems).toHaveLength(cases.length);
    expect(error.message).toContain(
      `${join(BROKEN_DIR, 'bad-duration.yaml')}: stages.admit.deadlines.high: must be an ISO 8601 duration`,
    );
    expect(error.message.split('\n')).toHaveLength(cases.length + 1);
  });

  it('should refuse an empty file and a file that is not a mapping', () => {
    for (const text of ['', '- just\n- a list\n']) {
      const result = parsePlaybook(text, 'empty.yaml');
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems[0]).toMatchObject({
          path: '(root)',
          message: expect.stringMatching(/must be an object/),
        });
    }
  });
});

describe('loadPlaybooks', () => {
  let dir: string | undefined;

  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('should refuse two files with the same id', async () => {
    dir = await mkdtemp(join(tmpdir(), 'playbooks-'));
    const text = await readFile(join(SHIPPED_DIR, 'delivery-delay.yaml'), 'utf8');
    await writeFile(join(dir, 'delivery-delay.yaml'), text);
    await writeFile(join(dir, 'delivery-delay.json'), JSON.stringify(parseYaml(text)));
    const error = await loadError(dir);
    expect(error.problems).toEqual([
      {
        file: join(dir, 'delivery-delay.yaml'),
        path: 'id',
        message: `duplicate id "delivery-delay" (also used by ${join(dir, 'delivery-delay.json')})`,
      },
    ]);
  });

  it('should refuse a directory without playbooks', async () => {
    dir = await mkdtemp(join(tmpdir(), 'playbooks-'));
    await writeFile(join(dir, 'schema.json'), '{}');
    await writeFile(join(dir, 'README.md'), 'not a playbook');
    const error = await loadError(dir);
    expect(error.problems[0]?.message).toMatch(/no playbook files/);
  });

  it('should refuse a missing directory', async () => {
    const error = await loadError(join(tmpdir(), 'no-such-playbooks-dir-5p'));
    expect(error.problems[0]?.message).toBe('the directory does not exist');
  });
});
