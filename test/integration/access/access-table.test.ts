import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOpenRoute, rolesFor } from '../../../src/http/access-policy.ts';
import { ROLES } from '../../../src/services/api-keys.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

// docs/ACCESS.md (linked from the README) is the access table people read; src/http/access-policy.ts is
// the one the server enforces. They must agree on every route of /openapi.json.

const ACCESS_PAGE = 'docs/ACCESS.md';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

interface Row {
  line: string;
  roles: string[];
  noKey: boolean;
}

/** Each `METHOD /path` the table names (as registered: `{id}` → `:id`), with the row that names it. */
function readTable(): { routes: Map<string, Row[]>; rows: Row[] } {
  const lines = readFileSync(ACCESS_PAGE, 'utf8').split('\n');
  const header = lines.findIndex((l) => /^\| route \|/.test(l));
  expect(header, `${ACCESS_PAGE} has no access table`).toBeGreaterThan(-1);
  const columns = lines[header]!.split('|')
    .slice(2, -1)
    .map((c) => c.trim());
  expect([...columns].sort()).toEqual([...ROLES].sort());
  const routes = new Map<string, Row[]>();
  const rows: Row[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [first = '', ...cells] = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const row = {
      line,
      roles: columns.filter((_, i) => (cells[i] ?? '').includes('✓')),
      noKey: (cells[0] ?? '').startsWith('no key'),
    };
    rows.push(row);
    for (const [, method, path] of first.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/[^`\s]*)`/g)) {
      const key = `${method} ${path!.replace(/\{(\w+)\}/g, ':$1')}`;
      routes.set(key, [...(routes.get(key) ?? []), row]);
    }
  }
  return { routes, rows };
}

let t: TestApp;
let operations: { method: string; url: string }[];
beforeAll(async () => {
  t = await buildTestApp();
  const doc = (await t.app.inject({ url: '/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => METHODS.includes(m))
      .map((m) => ({ method: m.toUpperCase(), url: path.replace(/\{(\w+)\}/g, ':$1') })),
  );
});
afterAll(async () => {
  await t.close();
});

describe('the access table of docs/ACCESS.md', () => {
  it('should name every route of /openapi.json once, with exactly the roles the policy lets in', () => {
    const { routes } = readTable();
    expect(operations.length).toBeGreaterThan(40);
    const disagreements: string[] = [];
    for (const { method, url } of operations) {
      const rows = routes.get(`${method} ${url}`) ?? [];
      if (rows.length !== 1) {
        disagreements.push(`${method} ${url}: in ${rows.length} rows`);
        continue;
      }
      const [row] = rows as [Row];
      const policy = isOpenRoute(url) ? 'no key' : [...rolesFor(method, url)].sort().join(',');
      const table = row.noKey ? 'no key' : [...row.roles].sort().join(',');
      if (policy !== table) disagreements.push(`${method} ${url}: policy ${policy}, table ${table}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('should name no route that does not exist, except the open ones outside the document', () => {
    const known = new Set(operations.map((o) => `${o.method} ${o.url}`));
    const stale = [...readTable().routes.keys()].filter(
      (route) => !known.has(route) && !isOpenRoute(route.split(' ')[1]),
    );
    expect(stale).toEqual([]);
  });

  it('should say that a route it does not name is admin-only, as the policy does', () => {
    const fallback = readTable().rows.filter((r) => r.line.includes('anything else'));
    expect(fallback.map((r) => r.roles)).toEqual([['admin']]);
    expect(rolesFor('GET', '/v1/a-route-added-later')).toEqual(['admin']);
  });

  it('should be what the README links to for access control', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('](docs/ACCESS.md)');
  });
});
