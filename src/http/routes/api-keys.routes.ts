import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ApiKeyService, ROLES } from '../../services/api-keys.ts';
import { sendEmpty } from '../empty-reply.ts';
import { problemResponses } from '../problem.ts';
import { IdParams, Timestamp } from '../schemas/common.ts';

const EXAMPLE_KEY_ID = '9b2f8c1e-4d3a-4e7b-a1c2-5d6e7f8a9b0c';

const CreateApiKeyBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100).meta({ description: 'Who or what holds the key' }),
    role: z.enum(ROLES),
  })
  .meta({ example: { name: 'PR team', role: 'manager' } });

const ApiKeyOut = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(ROLES),
    prefix: z.string().meta({ description: 'The start of the key, to recognise it in logs' }),
    createdAt: Timestamp,
    revokedAt: Timestamp.nullable(),
  })
  .meta({
    id: 'ApiKey',
    example: {
      id: EXAMPLE_KEY_ID,
      name: 'PR team',
      role: 'manager',
      prefix: 'fivep_manager_Xb3kQ9',
      createdAt: '2026-11-24T09:30:00.000Z',
      revokedAt: null,
    },
  });

const IssuedKeyOut = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(ROLES),
    key: z.string().meta({ description: 'The secret: shown in this answer only, stored only as a hash' }),
    prefix: z.string(),
    createdAt: Timestamp,
  })
  .meta({
    id: 'IssuedApiKey',
    example: {
      id: EXAMPLE_KEY_ID,
      name: 'PR team',
      role: 'manager',
      key: 'fivep_manager_Xb3kQ9s1mE2vN8aT0pL4cR7yH5uJ6wK3gF9dS2qZ1xB',
      prefix: 'fivep_manager_Xb3kQ9',
      createdAt: '2026-11-24T09:30:00.000Z',
    },
  });

const Revoked = z.null().meta({ description: 'Revoked: the key stops working at once' });

/** Small bodies only: a key request is a name and a role. */
const API_KEY_BODY_LIMIT = 4 * 1024;

/** API keys (admin only, per ACCESS_POLICY): issue, list without secrets, revoke. */
export function apiKeyRoutes(keys: ApiKeyService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/v1/api-keys',
      {
        bodyLimit: API_KEY_BODY_LIMIT,
        schema: {
          tags: ['API keys'],
          summary: 'Issue a key for a role; the secret is in this answer only',
          body: CreateApiKeyBody,
          response: { 201: IssuedKeyOut, ...problemResponses(400, 401, 403, 413, 415, 429) },
        },
      },
      async (request, reply) => {
        const issued = await keys.create(request.body.name, request.body.role);
        request.log.info({ keyId: issued.id, prefix: issued.prefix, role: issued.role }, 'API key issued');
        return reply.code(201).header('cache-control', 'no-store').send(issued);
      },
    );

    app.get(
      '/v1/api-keys',
      {
        schema: {
          tags: ['API keys'],
          summary: 'Every key, revoked ones included, without secrets',
          response: { 200: z.object({ items: z.array(ApiKeyOut) }), ...problemResponses(401, 403, 429) },
        },
      },
      async () => ({
        items: (await keys.list()).map((k) => ({
          ...k,
          createdAt: k.createdAt.toISOString(),
          revokedAt: k.revokedAt?.toISOString() ?? null,
        })),
      }),
    );

    app.delete(
      '/v1/api-keys/:id',
      {
        schema: {
          tags: ['API keys'],
          summary: 'Revoke a key: every instance refuses it from the next request on',
          params: IdParams,
          response: { 204: Revoked, ...problemResponses(400, 401, 403, 404, 429) },
        },
      },
      async (request, reply) => {
        await keys.revoke(request.params.id);
        request.log.info({ keyId: request.params.id }, 'API key revoked');
        return sendEmpty(reply, 204);
      },
    );
  };
}
