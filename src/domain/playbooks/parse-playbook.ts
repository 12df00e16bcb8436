import { type Document, isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { core } from 'zod';
import { contentHash } from '../canonical-json.ts';
import { type Playbook, PlaybookSchema } from './playbook.schema.ts';

/** One thing wrong with a playbook file: `path` is dotted/indexed (`stages.admit.deadlines.high`) or `line:col`. */
export interface PlaybookProblem {
  file: string;
  path: string;
  message: string;
}

export type ParsePlaybookResult =
  | { ok: true; playbook: Playbook; version: string }
  | { ok: false; problems: PlaybookProblem[] };

/** Path used for problems about the whole file (empty file, not a mapping). */
export const ROOT_PATH = '(root)';

/**
 * The version of a playbook: the content hash of its validated definition (defaults applied), so a formatting
 * or comment change keeps the version while any change of meaning produces a new one.
 */
export function playbookVersion(playbook: Playbook): string {
  return contentHash(playbook);
}

/**
 * Parses and validates one playbook file (YAML, or JSON, which YAML 1.2 reads too). Pure: the caller reads
 * the file. Every problem is reported, not only the first, with the zod path and, when the YAML node can be
 * found, its line. The file name without extension must equal the playbook `id`.
 */
export function parsePlaybook(text: string, fileName: string): ParsePlaybookResult {
  const lineCounter = new LineCounter();
  // uniqueKeys (the default) makes a repeated key an error instead of a silent overwrite.
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((error) => syntaxProblem(fileName, error)) };
  }
  const data: unknown = doc.toJS();
  const problems: PlaybookProblem[] = [];
  const result = PlaybookSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const { path, message } of describeIssue(issue)) {
        problems.push({
          file: fileName,
          path: formatPath(path),
          message: withLine(message, doc, lineCounter, path),
        });
      }
    }
  }
  const expectedId = baseName(fileName);
  const id = isRecord(data) ? data.id : undefined;
  if (typeof id === 'string' && id !== expectedId) {
    const message = `must match the file name "${expectedId}", but it is "${id}": rename the file or change the id`;
    problems.push({ file: fileName, path: 'id', message: withLine(message, doc, lineCounter, ['id']) });
  }
  if (!result.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, playbook: result.data, version: playbookVersion(result.data) };
}

/** Formats a zod path as `stages.admit.deadlines.high` / `volumeEscalation[0].count`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out || ROOT_PATH;
}

function syntaxProblem(
  file: string,
  error: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] },
) {
  const pos = error.linePos?.[0];
  // prettyErrors appends "at line L, column C:" and a source excerpt; the path already says where.
  const firstLine = error.message.split('\n')[0] ?? error.message;
  const message = `YAML syntax error: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`;
  return { file, path: pos ? `${pos.line}:${pos.col}` : ROOT_PATH, message };
}

/** Turns one zod issue into problems a playbook author can act on (one per unknown key). */
function describeIssue(issue: core.$ZodIssue): { path: PropertyKey[]; message: string }[] {
  const path = [...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: 'unknown field (check its spelling and indentation)',
      }));
    case 'invalid_type':
      if (issue.input === undefined)
        return [{ path, message: `is missing (expected ${article(issue.expected)})` }];
      return [{ path, message: `must be ${article(issue.expected)}, not ${describeValue(issue.input)}` }];
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? issue.message;
      return [{ path, message: `invalid key "${String(path.at(-1))}": ${inner}` }];
    }
    case 'invalid_value':
      return [{ path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    case 'invalid_union':
      if ('discriminator' in issue && 'options' in issue) {
        const options = (issue.options as unknown[]).map((v) => JSON.stringify(v)).join(', ');
        return [{ path, message: `must be one of ${options}` }];
      }
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

function withLine(
  message: string,
  doc: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
): string {
  // Walk up to the nearest node that exists: a missing key is reported at its parent's line.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true)) as
      | { range?: [number, number, number] }
      | null
      | undefined;
    const start = node?.range?.[0];
    if (start !== undefined && (depth > 0 || isMap(node) || isSeq(node))) {
      return `${message} (line ${lineCounter.linePos(start).line})`;
    }
  }
  return message;
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return name.replace(/\.(ya?ml|json)$/i, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
