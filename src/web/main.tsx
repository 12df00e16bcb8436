import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, type Me, session } from './api/client';
import { Board } from './board/Board';
import { Workspace } from './incident/Workspace';
import { onLink, useRoute } from './router';
import { SignIn } from './SignIn';
import { can, MeContext, ROLE_TEXT } from './session';
import { Triage } from './Triage';

function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [keyed, setKeyed] = useState(session.key() !== null);
  const route = useRoute();

  useEffect(() => {
    if (!keyed) return;
    void api.GET('/v1/me').then(({ data, response }) => {
      if (data) return setMe(data);
      session.clear();
      setKeyed(false);
      setError(
        response.status === 401 ? 'That key is not valid (unknown or revoked).' : 'Could not check the key.',
      );
    });
  }, [keyed]);

  const signOut = () => {
    session.clear();
    setMe(null);
    setKeyed(false);
  };

  if (!keyed) {
    return (
      <SignIn
        error={error}
        onKey={(k) => {
          session.set(k);
          setError(null);
          setKeyed(true);
        }}
      />
    );
  }
  if (!me) return <p aria-live="polite">Checking the key…</p>;
  if (me.role === 'integration') {
    return (
      <main class="signin">
        <h1>This key is not for people</h1>
        <p role="alert" data-role-message="integration">
          “{me.name}” is an integration key: it is for systems that post complaints to the engine, and it
          cannot see or change incidents. Sign in with a manager or dashboard key to use the desk.
        </p>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </main>
    );
  }
  const wall = route.page === 'board' && route.wall;
  return (
    <MeContext.Provider value={me}>
      {!wall && (
        <header class="top">
          <nav aria-label="Main">
            <a href="/" onClick={(e) => onLink(e, '/')}>
              Board
            </a>
            {can(me, 'POST /v1/complaints/:id/attach') && (
              <a href="/triage" onClick={(e) => onLink(e, '/triage')}>
                Triage
              </a>
            )}
          </nav>
          <p class="who" data-role={me.role}>
            {me.name} · {ROLE_TEXT[me.role]}
          </p>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </header>
      )}
      <main class={wall ? 'wall-main' : ''}>
        {route.page === 'board' && <Board wall={route.wall} canOpen={can(me, 'POST /v1/incidents')} />}
        {route.page === 'incident' && <Workspace key={route.id} id={route.id} />}
        {route.page === 'triage' && <Triage />}
      </main>
    </MeContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
