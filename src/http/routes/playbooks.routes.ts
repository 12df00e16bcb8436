import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFoundError } from '../../errors.ts';
import type { PlaybookRegistry } from '../../services/playbook-registry.ts';
import { problemResponses } from '../problem.ts';
import { PlaybookOut, toPlaybookOut } from '../schemas/playbooks.ts';

export function playbookRoutes(registry: PlaybookRegistry): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/playbooks',
      {
        schema: {
          tags: ['Playbooks'],
          summary: 'The playbooks this service runs (their current versions)',
          response: { 200: z.object({ items: z.array(PlaybookOut) }), ...problemResponses(401, 403) },
        },
      },
      async () => ({ items: registry.list().map((r) => toPlaybookOut(r.playbook, r.version)) }),
    );

    app.get(
      '/v1/playbooks/:id',
      {
        schema: {
          tags: ['Playbooks'],
          summary: 'One playbook: its five stages in order, deadlines, evidence and guidance',
          params: z.object({ id: z.string().max(64).meta({ example: 'delivery-delay' }) }),
          response: { 200: PlaybookOut, ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const found = registry.get(request.params.id);
        if (!found) throw new NotFoundError('playbook', request.params.id);
        return toPlaybookOut(found.playbook, found.version);
      },
    );
  };
}
