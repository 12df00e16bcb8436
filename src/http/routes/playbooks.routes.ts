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
          response: { 200: PlaybookOut, ...problemResponses(401, 403, 404, 422) },
        },
      },
      async (request) => {
        const found = registry.get(request.params.id);
        if (!found) throw new NotFoundError('playbook', request.params.id);
        return toPlaybookOut(found.playbook, found.version);
      },
    );

    app.get(
      '/v1/playbooks/:id/versions/:version',
      {
        schema: {
          tags: ['Playbooks'],
          summary: 'One stored version of a playbook (the rules an older incident still runs under)',
          params: z.object({
            id: z.string().max(64).meta({ example: 'delivery-delay' }),
            version: z
              .string()
              .max(128)
              .meta({ example: '9b4c0d6e2f1a7b3c5d8e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c' }),
          }),
          response: { 200: PlaybookOut, ...problemResponses(401, 403, 404, 422) },
        },
      },
      async (request) => {
        const { id, version } = request.params;
        const found = await registry.storedVersion(id, version);
        if (!found) throw new NotFoundError('playbook_version', `${id} ${version}`);
        return toPlaybookOut(found.playbook, found.version);
      },
    );
  };
}
