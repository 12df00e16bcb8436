import { useEffect, useState } from 'preact/hooks';

/** The desk's pages; the engine answers index.html on each (src/http/routes/web.routes.ts WEB_PAGES). */
export type Route = { page: 'board'; wall: boolean } | { page: 'incident'; id: string } | { page: 'triage' };

export function parseRoute(url: URL): Route {
  const incident = /^\/incidents\/([0-9a-f-]{36})$/i.exec(url.pathname);
  if (incident?.[1]) return { page: 'incident', id: incident[1] };
  if (url.pathname === '/triage') return { page: 'triage' };
  return { page: 'board', wall: url.searchParams.get('wall') === '1' };
}

const listeners = new Set<() => void>();

/** Client-side navigation without a reload. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  for (const l of listeners) l();
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(new URL(location.href)));
  useEffect(() => {
    const update = () => setRoute(parseRoute(new URL(location.href)));
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

/** A link that navigates in place (still a real link: open in a new tab works). */
export function onLink(event: MouseEvent, path: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(path);
}
