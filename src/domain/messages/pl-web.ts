import type { enWeb } from './en-web.ts';
import type { TextsOf } from './template.ts';

/** The browser desk, in Polish. */
export const plWeb: TextsOf<typeof enWeb> = {
  web_not_built: (p) =>
    `Panel w przeglądarce nie został tu zbudowany (brak ${p.dir}/index.html); uruchom \`npm run build\`. API jest pod /v1, a jego dokumentacja pod /docs.`,
};
