import type { enWeb } from './en-web.ts';
import type { TextsOf } from './template.ts';

/** The browser desk, in Greek. */
export const elWeb: TextsOf<typeof enWeb> = {
  web_not_built: (p) =>
    `Το περιβάλλον εργασίας στον browser δεν έχει δημιουργηθεί εδώ (λείπει το ${p.dir}/index.html)· τρέξτε \`npm run build\`. Το API βρίσκεται στο /v1 και η τεκμηρίωσή του στο /docs.`,
};
