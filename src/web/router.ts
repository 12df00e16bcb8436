import { useEffect, useState } from 'preact/hooks';

/** The desk's pages; the engine answers index.html on each (src/http/routes/web.routes.ts WEB_PAGES). */
export type Route =
  | { page: 'board'; wall: boolean }
  | { page: 'incident'; id: string }
  | { page: 'triage' }
  | { page: 'notFound' };

const UUID = /^\/incidents\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/** The page of a URL; any other path (a mistyped id, an old link) is the not-found page, not the board. */
export function parseRoute(url: URL): Route {
  const incident = UUID.exec(url.pathname);
  if (incident?.[1]) return { page: 'incident', id: incident[1].toLowerCase() };
  if (url.pathname === '/triage') return { page: 'triage' };
  if (url.pathname === '/' || url.pathname === '/index.html')
    return { page: 'board', wall: url.searchParams.get('wall') === '1' };
  return { page: 'notFound' };
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
