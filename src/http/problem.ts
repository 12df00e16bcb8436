import { z } from 'zod';

/** RFC 9457 problem details, the body of every error this API returns. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI reference naming the kind of problem' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), rule: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'Each failing field, for validation problems' }),
    allowedEvents: z.array(z.string()).optional(),
  })
  .catchall(z.unknown())
  .meta({
    id: 'Problem',
    example: {
      type: '/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Incident 0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c does not exist.',
      instance: '/v1/incidents/0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c',
      requestId: '6f1c1c38-4cb4-4b55-9a43-7d0b6f5d2a11',
    },
  });
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Builds a problem document; `slug` names the problem type under /problems/. */
export function problem(
  status: number,
  slug: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Problem {
  return { type: `/problems/${slug}`, title: TITLES[status] ?? 'Error', status, detail, ...extra };
}

/** Response schemas for the problem statuses a route may answer, for OpenAPI. */
export function problemResponses<S extends number>(...statuses: S[]): Record<S, typeof ProblemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema])) as Record<S, typeof ProblemSchema>;
}
