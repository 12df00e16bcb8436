import type { FastifyRequest } from 'fastify';

/**
 * A person's browser asking for a page (not the API, not a client wanting JSON): such a request for a
 * path that does not exist is answered with the desk and status 404, and needs no key, as the desk's own
 * pages need none (the desk asks for the key itself).
 */
export function wantsDeskPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '/';
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !path.startsWith('/v1/') &&
    /\btext\/html\b/.test(String(request.headers.accept ?? ''))
  );
}
