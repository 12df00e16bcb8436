import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const LIMIT = 250 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('the built desk (dist/web, built by global-setup as npm run build does)', () => {
  it('should stay under 250 KB gzipped, all assets together', () => {
    const built = files('dist/web');
    expect(built.some((f) => f.endsWith('index.html'))).toBe(true);
    const sizes = built.map((f) => ({ f, gz: gzipSync(readFileSync(f), { level: 9 }).length }));
    const total = sizes.reduce((a, s) => a + s.gz, 0);
    console.error(`dist/web: ${(total / 1024).toFixed(1)} KB gzipped in ${built.length} files`);
    expect(total).toBeLessThan(LIMIT);
  });

  it('should load nothing from another origin and carry no inline script or style', () => {
    const index = readFileSync('dist/web/index.html', 'utf8');
    expect(index).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(index).not.toMatch(/<style|\sstyle=/);
    expect(index).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
