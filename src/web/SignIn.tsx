import { useState } from 'preact/hooks';

/** First visit: the API key, kept in sessionStorage by the caller (never in a URL). */
export function SignIn(props: { error: string | null; onKey: (key: string) => void }) {
  const [key, setKey] = useState('');
  return (
    <main class="signin">
      <h1>5P desk</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (key.trim()) props.onKey(key.trim());
        }}
      >
        <label for="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autocomplete="off"
          value={key}
          onInput={(e) => setKey((e.target as HTMLInputElement).value)}
          required
        />
        <button type="submit">Sign in</button>
        {props.error && (
          <p role="alert" class="error">
            {props.error}
          </p>
        )}
      </form>
      <p class="hint">The key stays in this tab only and is forgotten when you close it.</p>
    </main>
  );
}
