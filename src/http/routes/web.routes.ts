import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { say } from '../../domain/messages/message.ts';
import { DomainError } from '../../errors.ts';
import type { WebAsset } from '../../services/web-assets.ts';
import { wantsDeskPage } from '../desk-page.ts';
import { sendEmpty } from '../empty-reply.ts';
import { matchesIfNoneMatch } from '../schemas/common.ts';

/** The desk's pages: each answers index.html and the client routes from the path (src/web/router.ts). */
export const WEB_PAGES = ['/', '/incidents/:id', '/triage'] as const;
/** Everything Vite emits besides index.html. */
export const WEB_ASSETS_ROUTE = '/assets/*';

/**
 * The desk's policy: its own scripts, styles and the API on this origin, nothing inline, nothing
 * elsewhere. Assets keep the API's CSP (a script's own CSP header is ignored by browsers).
 */
export const WEB_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function send(request: FastifyRequest, reply: FastifyReply, asset: WebAsset): FastifyReply {
  reply.header('etag', asset.etag);
  reply.header('cache-control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  reply.header('vary', 'accept-encoding');
  if (matchesIfNoneMatch(request.headers['if-none-match'], asset.etag)) return sendEmpty(reply, 304);
  reply.type(asset.type);
  const accepts = request.headers['accept-encoding'];
  if (asset.gzip && typeof accepts === 'string' && /\bgzip\b/.test(accepts)) {
    return reply.header('content-encoding', 'gzip').send(asset.gzip);
  }
  return reply.send(asset.body);
}

/**
 * A person's browser asking for a page that does not exist (`/incidents/not-a-uuid`, `/anything`): the
 * desk itself with status 404, so it shows its own not-found page in the person's language. API paths and
 * clients that do not ask for HTML keep the problem document. Null: not such a request.
 */
export function deskNotFoundPage(assets: Map<string, WebAsset> | null) {
  return (request: FastifyRequest, reply: FastifyReply): FastifyReply | null => {
    const index = assets?.get('/index.html');
    if (!index || !wantsDeskPage(request)) return null;
    reply.header('content-security-policy', WEB_CSP);
    reply.header('cache-control', 'no-cache');
    return reply.code(404).type(index.type).send(index.body);
  };
}

/**
 * The browser desk, served by the engine itself from the files `npm run build` put in WEB_DIR (read
 * once at start: src/services/web-assets.ts). No key is needed for these files (the desk asks for one);
 * the API stays at /v1. A path is looked up in the loaded map only, so nothing outside it is reachable.
 */
export function webRoutes(assets: Map<string, WebAsset> | null, dir: string) {
  return async (app: FastifyInstance) => {
    const notBuilt = () => new DomainError('NOT_FOUND', say('web_not_built', { dir }));
    const page = async (request: FastifyRequest, reply: FastifyReply) => {
      const index = assets?.get('/index.html');
      if (!index) throw notBuilt();
      reply.header('content-security-policy', WEB_CSP);
      return send(request, reply, index);
    };
    for (const url of WEB_PAGES) app.get(url, { schema: { hide: true } }, page);
    app.get(WEB_ASSETS_ROUTE, { schema: { hide: true } }, async (request, reply) => {
      const path = (request.params as { '*': string })['*'];
      const asset = assets?.get(`/assets/${path}`);
      if (!asset) {
        throw new DomainError(
          'NOT_FOUND',
          say('route_not_found', { method: request.method, path: request.url }),
        );
      }
      return send(request, reply, asset);
    });
  };
}
