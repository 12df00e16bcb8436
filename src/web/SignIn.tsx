import { useState } from 'preact/hooks';
import { LanguageSwitch, useT } from './i18n/language';

/** First visit: the API key, kept in sessionStorage by the caller (never in a URL). */
export function SignIn(props: { error: string | null; onKey: (key: string) => void }) {
  const t = useT();
  const [key, setKey] = useState('');
  return (
    <main class="signin">
      <h1>{t('app.title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (key.trim()) props.onKey(key.trim());
        }}
      >
        <label for="api-key">{t('signin.key')}</label>
        <input
          id="api-key"
          type="password"
          autocomplete="off"
          value={key}
          onInput={(e) => setKey((e.target as HTMLInputElement).value)}
          required
        />
        <button type="submit">{t('signin.submit')}</button>
        {props.error && (
          <p role="alert" class="error">
            {props.error}
          </p>
        )}
      </form>
      <p class="hint">{t('signin.hint')}</p>
      <LanguageSwitch />
    </main>
  );
}
