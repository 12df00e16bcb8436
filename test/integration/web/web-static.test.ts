import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_CSP } from '../../../src/http/routes/web.routes.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';

const INDEX =
  '<!doctype html><html lang="en"><title>5P desk</title><script type="module" src="/assets/app-1a2b3c.js"></script></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

let t: TestApp;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fivep-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'app-1a2b3c.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'app-1a2b3c.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'assets', '.env'), 'SECRET=1');
  writeFileSync(join(dir, 'assets', 'notes.md'), '# not a known type');
  symlinkSync(resolve('package.json'), join(dir, 'assets', 'link.json'));
  t = await buildTestApp({ env: { WEB_DIR: dir } });
});
afterAll(async () => {
  await t?.close();
});

const anonymous = { authorization: undefined };

describe('the web desk is served by the engine itself', () => {
  it('should answer the desk at / without a key, with a CSP that allows no inline script or style', async () => {
    const res = await t.app.inject({ url: '/', headers: anonymous });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toBe(INDEX);
    expect(res.headers['content-security-policy']).toBe(WEB_CSP);
    expect(WEB_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(WEB_CSP).toContain("script-src 'self'");
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('should answer a browser asking for a page that does not exist with the desk and 404, and clients with a problem', async () => {
    const html = { ...anonymous, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const page = await t.app.inject({ url: '/anything/else', headers: html });
    expect(page.statusCode).toBe(404);
    expect(page.body).toBe(INDEX);
    expect(page.headers['content-security-policy']).toBe(WEB_CSP);
    // A desk page with a bad id is the desk too: it says itself that there is no such incident.
    expect((await t.app.inject({ url: '/incidents/not-a-uuid', headers: html })).body).toBe(INDEX);
    const api = await t.app.inject({ url: '/v1/nothing-here', headers: html });
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    const client = await t.app.inject({ url: '/anything/else', headers: { accept: 'application/json' } });
    expect(client.statusCode).toBe(404);
    expect(client.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('should answer index.html on the desk pages (client routes) so a reload of /incidents/<id> works', async () => {
    for (const url of [`/incidents/${randomUUID()}`, '/triage', '/?wall=1']) {
      const res = await t.app.inject({ url, headers: anonymous });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(INDEX);
    }
  });

  it('should answer 304 to If-None-Match with the ETag, and a new body once it differs', async () => {
    const first = await t.app.inject({ url: '/', headers: anonymous });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    const again = await t.app.inject({ url: '/', headers: { ...anonymous, 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await t.app.inject({ url: '/', headers: { ...anonymous, 'if-none-match': '"other"' } });
    expect(other.statusCode).toBe(200);
  });

  it('should serve hashed assets with their content type, cached for a year, gzipped when asked', async () => {
    const js = await t.app.inject({ url: '/assets/app-1a2b3c.js', headers: anonymous });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.body).toBe(SCRIPT);
    const css = await t.app.inject({ url: '/assets/app-1a2b3c.css', headers: anonymous });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const gz = await t.app.inject({
      url: '/assets/app-1a2b3c.js',
      headers: { ...anonymous, 'accept-encoding': 'br, gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toContain('accept-encoding');
    expect(gz.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
  });

  it('should serve nothing outside the built files: no traversal, no symlink, no dotfile, no unknown type', async () => {
    for (const url of [
      '/assets/../package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/assets/..%5c..%5cpackage.json',
      '/assets/%2fetc%2fpasswd',
      '/assets//etc/passwd',
      '/assets/link.json',
      '/assets/.env',
      '/assets/notes.md',
      '/assets/',
      '/index.html/../package.json',
    ]) {
      const res = await t.app.inject({ url, headers: anonymous });
      // 404 from the asset route, or 401 where the URL matches no route at all (unknown URLs need a key).
      expect([401, 404], url).toContain(res.statusCode);
      expect(res.body, url).not.toContain('fivep-crisis-engine');
      expect(res.body, url).not.toContain('SECRET');
    }
  });

  it('should keep the API behind its key and its own strict CSP', async () => {
    const res = await t.app.inject({ url: '/v1/incidents', headers: anonymous });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'/);
  });
});

describe('an engine whose desk is not built', () => {
  it('should say so at / with a problem, and still serve the API', async () => {
    const bare = await buildTestApp({ env: { WEB_DIR: join(dir, 'missing') } });
    try {
      const res = await bare.app.inject({ url: '/', headers: { ...anonymous, 'accept-language': 'pl' } });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().detail).toMatch(/npm run build/);
      expect(res.headers['content-language']).toBe('pl');
      expect((await bare.app.inject({ url: '/v1/incidents' })).statusCode).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
