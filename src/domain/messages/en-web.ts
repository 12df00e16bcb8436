import { define } from './template.ts';

/** The browser desk (src/web/, served by src/http/web-static.ts), in English. */
export const enWeb = {
  web_not_built: define(
    { dir: './dist/web' },
    (p) =>
      `The web desk is not built here (no ${p.dir}/index.html); run \`npm run build\`. The API is at /v1 and its docs at /docs.`,
  ),
};
