import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built file of the web desk, ready to send: read once at start, never from disk per request. */
export interface WebAsset {
  body: Buffer;
  /** The gzip of a text file (null for images and the like, which gain nothing). */
  gzip: Buffer | null;
  type: string;
  etag: string;
  /** Vite's hashed names under /assets/ never change content: cached for a year. */
  immutable: boolean;
}

const TYPES: Record<string, { type: string; text: boolean }> = {
  '.html': { type: 'text/html; charset=utf-8', text: true },
  '.js': { type: 'text/javascript; charset=utf-8', text: true },
  '.css': { type: 'text/css; charset=utf-8', text: true },
  '.svg': { type: 'image/svg+xml', text: true },
  '.json': { type: 'application/json; charset=utf-8', text: true },
  '.webmanifest': { type: 'application/manifest+json', text: true },
  '.txt': { type: 'text/plain; charset=utf-8', text: true },
  '.png': { type: 'image/png', text: false },
  '.ico': { type: 'image/x-icon', text: false },
  '.woff2': { type: 'font/woff2', text: false },
};

/**
 * The built desk (`vite build` → dist/web) as a map from URL path ("/index.html", "/assets/x-1a2b.js") to
 * its bytes. Serving looks a path up in this map and nothing else, so no request can name a file outside
 * it (no path traversal, no symlinks followed: they are skipped here), and only known types are kept.
 * Null when the directory holds no index.html (the desk is not built).
 */
export function loadWebAssets(dir: string): Map<string, WebAsset> | null {
  const assets = new Map<string, WebAsset>();
  const walk = (folder: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      const file = join(folder, name);
      const stat = lstatSync(file);
      if (stat.isDirectory()) walk(file, `${prefix}/${name}`);
      else if (stat.isFile()) {
        const kind = TYPES[extname(name).toLowerCase()];
        if (!kind) continue;
        const body = readFileSync(file);
        const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
        assets.set(`${prefix}/${name}`, {
          body,
          gzip: kind.text ? gzipSync(body, { level: 9 }) : null,
          type: kind.type,
          etag: `"${hash}"`,
          immutable: prefix.startsWith('/assets'),
        });
      }
    }
  };
  walk(dir, '');
  return assets.has('/index.html') ? assets : null;
}
