import { defineConfig } from 'vite';

/**
 * The web desk (src/web/) → dist/web, served by the engine itself (src/http/routes/web.routes.ts).
 * Preact through the automatic JSX runtime; no inline script or style in the output (the desk's CSP
 * allows neither), no CDN: everything ships in dist/web.
 */
export default defineConfig({
  root: 'src/web',
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Never a data: URL or an inline module preload polyfill: the CSP forbids inline code.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
  },
});
