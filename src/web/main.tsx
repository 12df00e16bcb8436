import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type Me, session } from './api/client';
import { Board } from './board/Board';
import type { Key } from './i18n/catalog';
import { applyLanguage, LangContext, LanguageSwitch, startLanguage } from './i18n/language';
import { t } from './i18n/t';
import { Workspace } from './incident/Workspace';
import { NotFound } from './NotFound';
import { onLink, useRoute } from './router';
import { SignIn } from './SignIn';
import { can, MeContext } from './session';
import { Triage } from './triage/Triage';

function App() {
  const [lang, setLang] = useState(startLanguage);
  const langs = useMemo(
    () => ({
      lang,
      set: (l: typeof lang) => {
        applyLanguage(l, true);
        setLang(l);
      },
    }),
    [lang],
  );
  return (
    <LangContext.Provider value={langs}>
      <Desk />
    </LangContext.Provider>
  );
}

function Desk() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<Key | null>(null);
  const [keyed, setKeyed] = useState(session.key() !== null);
  const route = useRoute();

  useEffect(() => {
    if (!keyed) return;
    void api.GET('/v1/me').then(({ data, response }) => {
      if (data) return setMe(data);
      session.clear();
      setKeyed(false);
      setError(response.status === 401 ? 'signin.invalid' : 'signin.failed');
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
        error={error && t(error)}
        onKey={(k) => {
          session.set(k);
          setError(null);
          setKeyed(true);
        }}
      />
    );
  }
  if (!me) return <p aria-live="polite">{t('signin.checking')}</p>;
  if (me.role === 'integration') {
    return (
      <main class="signin">
        <h1>{t('signin.integrationHeading')}</h1>
        <p role="alert" data-role-message="integration">
          {t('signin.integrationText', { name: me.name })}
        </p>
        <button type="button" onClick={signOut}>
          {t('nav.signOut')}
        </button>
        <LanguageSwitch />
      </main>
    );
  }
  const wall = route.page === 'board' && route.wall;
  return (
    <MeContext.Provider value={me}>
      {!wall && (
        <header class="top">
          <nav aria-label={t('nav.main')}>
            <a href="/" onClick={(e) => onLink(e, '/')}>
              {t('nav.board')}
            </a>
            {can(me, 'GET /v1/complaints') && (
              <a href="/triage" onClick={(e) => onLink(e, '/triage')}>
                {t('nav.triage')}
              </a>
            )}
          </nav>
          <p class="who" data-role={me.role}>
            {me.name} · {t(`role.${me.role}`)}
          </p>
          <LanguageSwitch />
          <button type="button" onClick={signOut}>
            {t('nav.signOut')}
          </button>
        </header>
      )}
      <main class={wall ? 'wall-main' : ''}>
        {route.page === 'board' && <Board wall={route.wall} canOpen={can(me, 'POST /v1/incidents')} />}
        {route.page === 'incident' && <Workspace key={route.id} id={route.id} />}
        {route.page === 'triage' && <Triage />}
        {route.page === 'notFound' && <NotFound />}
      </main>
    </MeContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
